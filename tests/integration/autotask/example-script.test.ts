import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startSandbox, type Sandbox } from '../../../src/sandbox';

const run = promisify(execFile);
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const script = path.join(repoRoot, 'src', 'autotask', 'examples', 'list-open-tickets.ts');

describe('examples/list-open-tickets.ts (run as a child process against the sandbox)', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ port: 0, storage: 'memory' });
  });
  afterAll(() => sb.close());

  const env = (extra: Record<string, string> = {}) => ({
    ...process.env,
    AUTOTASK_USERNAME: sb.credentials.username,
    AUTOTASK_SECRET: sb.credentials.secret,
    AUTOTASK_INTEGRATION_CODE: sb.credentials.integrationCode,
    AUTOTASK_DISCOVERY_URL: sb.zoneUrl,
    ...extra,
  });

  it('prints the open tickets of Fabrikam Logistics and leaves out completed ones', async () => {
    const { stdout, stderr } = await run('npx', ['tsx', script, 'Fabrikam Logistics'], { cwd: repoRoot, env: env() });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Open tickets for Fabrikam Logistics \(#175\):/);
    expect(stdout).toMatch(/T20261128\.0001\s+In Progress\s+VPN drops every afternoon/);
    expect(stdout).not.toContain('Replace failing switch'); // ticket 8108 is Complete
    expect(stdout).toMatch(/\n1 open ticket\.\n$/);
  }, 60_000);

  it('fails cleanly, without printing the secret, when the secret is wrong', async () => {
    const err = await run('npx', ['tsx', script, '175'], { cwd: repoRoot, env: env({ AUTOTASK_SECRET: 'definitely-wrong-secret' }) }).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr).toMatch(/^AUTOTASK_AUTHENTICATION: /);
    expect(err.stderr + err.stdout).not.toContain('definitely-wrong-secret');
  }, 60_000);

  it('explains its usage when the environment is incomplete', async () => {
    const err = await run('npx', ['tsx', script, 'Contoso Dental Group'], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } }).catch((e) => e);
    expect(err.code).toBe(2);
    expect(err.stderr).toMatch(/usage: AUTOTASK_USERNAME=/);
  }, 60_000);
});
