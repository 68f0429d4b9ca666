/**
 * npm run sandbox: the Autotask sandbox on its own, on port 3001 (SANDBOX_PORT), storing what
 * you create in .data/sandbox.db. npm run sandbox:reset (`--reset`) restores the seed in that
 * file and exits.
 */
import { resolve } from 'node:path';
import { createGraphStandIn } from '../src/sandbox/graph/index';
import { startSandbox } from '../src/sandbox/index';
import { createSandboxRuntime } from '../src/sandbox/runtime';

const REPO_ROOT = resolve(__dirname, '..');
const DB_FILE = resolve(REPO_ROOT, '.data', 'sandbox.db');
/** The Graph stand-in's mailbox (startSandbox derives it from DB_FILE). */
const GRAPH_DB_FILE = resolve(REPO_ROOT, '.data', 'sandbox-graph.db');

async function main(): Promise<void> {
  if (process.argv.includes('--reset')) {
    const rt = createSandboxRuntime({ storage: { file: DB_FILE } });
    rt.control.reset();
    rt.close();
    const graph = createGraphStandIn({ storage: { file: GRAPH_DB_FILE } });
    graph.control.reset();
    graph.close();
    console.log(`Restored the Harborline IT seed in ${DB_FILE} and Sam Rivera's mailbox in ${GRAPH_DB_FILE}.`);
    return;
  }
  const port = Number(process.env.SANDBOX_PORT ?? 3001);
  const sandbox = await startSandbox({ port, storage: { file: DB_FILE } });
  const c = sandbox.credentials;
  console.log(`
Autotask sandbox (Harborline IT) is running.
  Base URL:   ${sandbox.origin}
  Zone URL:   ${sandbox.zoneUrl}   (REST root: ${sandbox.zoneUrl}v1.0/)
  Web URL:    ${sandbox.webUrl}
  Zone lookup: ${sandbox.zoneUrl}v1.0/zoneInformation?user=${encodeURIComponent(c.username)}
  Graph:      ${sandbox.graph.baseUrl}   (Microsoft Graph stand-in: Sam Rivera's calendar and contacts; any bearer token here)
API user (headers on every call):
  UserName:           ${c.username}
  Secret:             ${c.secret}
  ApiIntegrationCode: ${c.integrationCode}
Data file: ${DB_FILE} (npm run sandbox:reset restores the seed). Press Ctrl+C to stop.`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const e = err as { code?: string; message?: string };
  if (e.code === 'EADDRINUSE') {
    console.error(`Port ${process.env.SANDBOX_PORT ?? 3001} is in use. Stop the other server or set SANDBOX_PORT.`);
  } else {
    console.error(e.message ?? err);
  }
  process.exit(1);
});
