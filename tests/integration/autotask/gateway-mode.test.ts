import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { createAutotaskClient, where } from '../../../src/autotask';
import { TICKET, startSandbox, type Sandbox } from '../../../src/sandbox';
import { recordingAdapter, type Sent } from './helpers/sandbox-client';

/** A minimal stand-in for the gateway's proxy: checks a session header, adds the API credentials. */
async function startProxy(sb: Sandbox) {
  const seen: Array<{ url: string; headers: Record<string, unknown> }> = [];
  const app = Fastify();
  app.all('/api/autotask/*', async (req, reply) => {
    seen.push({ url: req.url, headers: req.headers });
    if (req.headers['x-harbor-session'] !== 'sess-42') return reply.code(401).send({ error: 'unauthorized', error_description: 'Sign in again' });
    const rest = req.url.replace(/^\/api\/autotask\//, '');
    const res = await fetch(`${sb.zoneUrl}v1.0/${rest}`, {
      method: req.method,
      headers: { 'Content-Type': 'application/json', ApiIntegrationCode: sb.credentials.integrationCode, UserName: sb.credentials.username, Secret: sb.credentials.secret },
      body: req.method === 'GET' || req.method === 'DELETE' ? undefined : JSON.stringify(req.body),
    });
    return reply.code(res.status).type('application/json').send(await res.text());
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { origin: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, seen, close: () => app.close() };
}

describe('gateway mode over real HTTP (browser client → proxy → sandbox)', () => {
  let sb: Sandbox;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  beforeAll(async () => {
    sb = await startSandbox({ port: 0, storage: 'memory' });
    sb.control.seedBulkContacts(30);
    proxy = await startProxy(sb);
  });
  afterAll(async () => {
    await proxy.close();
    await sb.close();
  });

  const client = (sent: Sent[], session = 'sess-42') =>
    createAutotaskClient({ mode: 'gateway', baseUrl: `${proxy.origin}/api/autotask/`, adapter: recordingAdapter(sent), beforeRequest: (r) => void (r.headers['X-Harbor-Session'] = session), sensitiveHeaders: ['X-Harbor-Session'] });

  it('reads, writes and pages with no credentials in the browser; next pages go through the gateway', async () => {
    const sent: Sent[] = [];
    const at = client(sent);
    expect((await at.tickets.getRequired(TICKET.fabrikamVpn)).ticketNumber).toBe('T20261128.0001');
    const all = await at.contacts.queryAll({ filter: where.all(), maxRecords: 10 }, { form: 'POST' });
    expect(all.length).toBeGreaterThan(30);
    const noteId = await at.ticketNotes.create(TICKET.fabrikamVpn, { description: 'From Outlook', noteType: 1, publish: 1 });
    expect(noteId).toBeGreaterThan(0);
    expect(sent.every((s) => s.url.startsWith(`${proxy.origin}/api/autotask/`))).toBe(true);
    expect(sent.some((s) => /query\/next/i.test(s.url))).toBe(true);
    for (const s of sent) expect(Object.keys(s.headers).map((h) => h.toLowerCase())).not.toEqual(expect.arrayContaining(['secret', 'username', 'apiintegrationcode']));
  });

  it("surfaces the gateway's own 401 as AutotaskAuthenticationError with the session header redacted", async () => {
    const err = await client([], 'expired-session-token').tickets.get(TICKET.fabrikamVpn).catch((e) => e);
    expect(err).toMatchObject({ code: 'AUTOTASK_AUTHENTICATION', status: 401, errors: ['Sign in again'] });
    expect(JSON.stringify(err) + String(err)).not.toContain('expired-session-token');
  });
});
