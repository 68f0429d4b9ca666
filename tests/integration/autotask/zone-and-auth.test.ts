import { AutotaskAuthenticationError, createAutotaskClient, where } from '../../../src/autotask';
import { TICKET } from '../../../src/sandbox';
import { recordingAdapter, sandboxClient, type Sent } from './helpers/sandbox-client';

describe('zone discovery and authentication (sandbox, real HTTP)', () => {
  let env: Awaited<ReturnType<typeof sandboxClient>>;
  beforeEach(async () => {
    env = await sandboxClient();
  });
  afterEach(() => env.close());
  const zoneCalls = (sent: Sent[]) => sent.filter((r) => /zoneInformation/i.test(r.path));
  const withCreds = (creds: Partial<typeof env.sb.credentials>, sent: Sent[] = []) =>
    createAutotaskClient({ mode: 'direct', credentials: { ...env.sb.credentials, ...creds }, discoveryUrl: env.sb.zoneUrl, adapter: recordingAdapter(sent), retry: { maxRetries: 0 } });

  it('discovers once, unauthenticated, and caches the zone for later calls', async () => {
    await env.at.tickets.get(TICKET.fabrikamVpn);
    await Promise.all([env.at.tickets.get(TICKET.fabrikamVpn), env.at.tickets.count({ filter: where.all() }), env.at.contacts.count({ filter: where.all() })]);
    const zone = zoneCalls(env.sent);
    expect(zone).toHaveLength(1);
    expect(zone[0]!.url).toBe(`${env.sb.origin}/atservicesrest/v1.0/zoneInformation?user=${encodeURIComponent(env.sb.credentials.username)}`);
    expect(Object.keys(zone[0]!.headers).map((h) => h.toLowerCase())).not.toEqual(expect.arrayContaining(['secret']));
    expect(zone[0]!.headers).not.toHaveProperty('UserName');
    expect(await env.at.zone()).toMatchObject({ url: env.sb.zoneUrl, apiBase: `${env.sb.zoneUrl}v1.0/`, webUrl: env.sb.webUrl });
  });

  it('shares a zone cache between clients when asked', async () => {
    const zoneCache = new Map();
    const sent: Sent[] = [];
    const mk = () => createAutotaskClient({ mode: 'direct', credentials: env.sb.credentials, discoveryUrl: env.sb.zoneUrl, zoneCache, adapter: recordingAdapter(sent) });
    await mk().tickets.get(TICKET.fabrikamVpn);
    await mk().tickets.get(TICKET.fabrikamVpn);
    expect(zoneCalls(sent)).toHaveLength(1);
  });

  it('unknown user: 500 "Zone information could not be determined" → AutotaskAuthenticationError', async () => {
    const err = await withCreds({ username: 'nobody@example.com' }).tickets.get(1).catch((e) => e);
    expect(err).toBeInstanceOf(AutotaskAuthenticationError);
    expect(err).toMatchObject({ status: 500, errors: ['Zone information could not be determined'] });
  });

  it('bad integration code: 500 "IntegrationCode is invalid." → AutotaskAuthenticationError', async () => {
    await expect(withCreds({ integrationCode: 'NOT-A-REAL-CODE' }).tickets.get(1)).rejects.toMatchObject({ code: 'AUTOTASK_AUTHENTICATION', status: 500, errors: ['IntegrationCode is invalid.'] });
  });

  it('bad secret: 401, re-discovers once, surfaces AutotaskAuthenticationError without the secret', async () => {
    const sent: Sent[] = [];
    const err = await withCreds({ secret: 'wrong-secret-123' }, sent).tickets.get(1).catch((e) => e);
    expect(err).toMatchObject({ code: 'AUTOTASK_AUTHENTICATION', status: 401 });
    expect(zoneCalls(sent)).toHaveLength(2);
    expect(sent.filter((s) => /Tickets/.test(s.path))).toHaveLength(1);
    expect(JSON.stringify(err) + String(err) + err.stack).not.toContain('wrong-secret-123');
  });

  it('a fixed zoneUrl skips discovery', async () => {
    const sent: Sent[] = [];
    const at = createAutotaskClient({ mode: 'direct', credentials: env.sb.credentials, zoneUrl: env.sb.zoneUrl, adapter: recordingAdapter(sent) });
    await expect(at.tickets.getRequired(TICKET.fabrikamVpn)).resolves.toMatchObject({ ticketNumber: 'T20261128.0001' });
    expect(zoneCalls(sent)).toHaveLength(0);
  });

  it('ThresholdInformation only when asked', async () => {
    await env.at.tickets.get(TICKET.fabrikamVpn);
    expect(env.sent.some((r) => /ThresholdInformation/i.test(r.path))).toBe(false);
    await expect(env.at.thresholdInformation()).resolves.toMatchObject({ externalRequestThreshold: 10000, requestThresholdTimeframe: 60 });
  });
});
