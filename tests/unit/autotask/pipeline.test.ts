import {
  AutotaskAuthenticationError, AutotaskConnectionError, AutotaskForeignOriginError, AutotaskThreadLimitedError, createAutotaskClient, where,
  type AutotaskLogEvent, type HttpRequest, type HttpResponse, type Transport,
} from '../../../src/autotask';
import { toConnectionError } from '../../../src/autotask/transport';

const CREDS = { username: 'api@harborline-it.com', secret: 'very-secret-value', integrationCode: 'INTCODE-42' };
type Handler = (req: HttpRequest) => HttpResponse | Promise<HttpResponse>;
const ok = (body: unknown): HttpResponse => ({ status: 200, headers: {}, body });
const zone = (host: string) => ok({ zoneName: 'Z', url: `https://${host}.autotask.net/atservicesrest/`, webUrl: 'https://ww.autotask.net/', ci: 1 });

function scripted(handler: Handler) {
  const calls: HttpRequest[] = [];
  const transport: Transport = {
    async send(req, redacted) {
      calls.push(req);
      const res = await handler(req);
      if (res.status === -1) throw toConnectionError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), redacted);
      return res;
    },
  };
  return { calls, transport };
}
const DROP: HttpResponse = { status: -1, headers: {}, body: undefined };
const THREAD: HttpResponse = { status: 429, headers: {}, body: { errors: ['thread threshold of 3 threads has been exceeded'] } };

function direct(handler: Handler, extra: Partial<Parameters<typeof createAutotaskClient>[0]> = {}) {
  const s = scripted(handler);
  const sleeps: number[] = [];
  const events: AutotaskLogEvent[] = [];
  const client = createAutotaskClient({
    mode: 'direct', credentials: CREDS, transport: s.transport, logger: (e) => events.push(e),
    clock: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
    ...(extra as object),
  } as Parameters<typeof createAutotaskClient>[0]);
  return { ...s, client, sleeps, events };
}

describe('request pipeline (fake transport)', () => {
  it('discovers the zone without credentials, then calls the zone with them', async () => {
    const t = direct((r) => (/zoneInformation/.test(r.url) ? zone('webservices3') : ok({ item: { id: 5, title: 'x' } })));
    await expect(t.client.tickets.get(5)).resolves.toMatchObject({ id: 5 });
    expect(t.calls[0]!.url).toBe('https://webservices.autotask.net/atservicesrest/v1.0/zoneInformation?user=api%40harborline-it.com');
    expect(t.calls[0]!.headers).not.toHaveProperty('Secret');
    expect(t.calls[1]!.url).toBe('https://webservices3.autotask.net/atservicesrest/v1.0/Tickets/5');
    expect(t.calls[1]!.headers).toMatchObject({ ApiIntegrationCode: 'INTCODE-42', UserName: CREDS.username, Secret: CREDS.secret });
  });

  it('retries a create refused by the thread limit, with back-off, and returns the id', async () => {
    let n = 0;
    const t = direct((r) => (/zoneInformation/.test(r.url) ? zone('ws') : ++n <= 2 ? THREAD : ok({ itemId: 77 })), { retry: { baseDelayMs: 100 } });
    await expect(t.client.tickets.create({ companyID: 1, title: 'x', status: 1, priority: 2, queueID: 5 })).resolves.toBe(77);
    expect(t.calls.filter((c) => c.method === 'POST')).toHaveLength(3);
    expect(t.sleeps).toEqual([50, 100]); // full jitter with random()=0.5 over 100, 200
    expect(t.events.filter((e) => e.type === 'retry')).toHaveLength(2);
  });

  it('never retries a create whose connection dropped: the caller must check first', async () => {
    const t = direct((r) => (/zoneInformation/.test(r.url) ? zone('ws') : DROP));
    const err = await t.client.ticketNotes.create(12, { description: 'd', noteType: 1, publish: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(AutotaskConnectionError);
    expect(err.mayHaveReachedServer).toBe(true);
    expect(t.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(t.calls[1]!.url).toMatch(/\/v1\.0\/Tickets\/12\/Notes$/);
  });

  it('retries a read whose connection dropped', async () => {
    let n = 0;
    const t = direct((r) => (/zoneInformation/.test(r.url) ? zone('ws') : ++n === 1 ? DROP : ok({ queryCount: 3 })));
    await expect(t.client.tickets.count({ filter: where.all() })).resolves.toBe(3);
  });

  it('gives up after maxRetries and surfaces the typed error', async () => {
    const t = direct((r) => (/zoneInformation/.test(r.url) ? zone('ws') : THREAD), { retry: { maxRetries: 2 } });
    await expect(t.client.tickets.get(1)).rejects.toBeInstanceOf(AutotaskThreadLimitedError);
    expect(t.calls).toHaveLength(4);
  });

  it('re-discovers the zone once on 401 and moves to the new zone', async () => {
    let zones = 0;
    const t = direct((r) => {
      if (/zoneInformation/.test(r.url)) return zone(++zones === 1 ? 'old' : 'new');
      return r.url.includes('//old.') ? { status: 401, headers: {}, body: undefined } : ok({ item: { id: 1 } });
    });
    await expect(t.client.tickets.get(1)).resolves.toMatchObject({ id: 1 });
    expect(t.calls.map((c) => new URL(c.url).host)).toEqual(['webservices.autotask.net', 'old.autotask.net', 'webservices.autotask.net', 'new.autotask.net']);
    await t.client.tickets.get(1);
    expect(t.calls.filter((c) => /zoneInformation/.test(c.url))).toHaveLength(2); // cached again
  });

  it('a 401 in the same zone surfaces after one re-discovery', async () => {
    const t = direct((r) => (/zoneInformation/.test(r.url) ? zone('ws') : { status: 401, headers: {}, body: undefined }));
    await expect(t.client.tickets.get(1)).rejects.toBeInstanceOf(AutotaskAuthenticationError);
    expect(t.calls.filter((c) => /zoneInformation/.test(c.url))).toHaveLength(2);
    expect(t.calls.filter((c) => /Tickets/.test(c.url))).toHaveLength(1);
  });

  it('sends ImpersonationResourceId from the client default, overridable per call', async () => {
    const t = direct((r) => (/zoneInformation/.test(r.url) ? zone('ws') : ok({ itemId: 1 })), { impersonationResourceId: 29682885 });
    await t.client.timeEntries.create({ resourceID: 1, dateWorked: '2026-01-01T00:00:00Z' });
    await t.client.timeEntries.create({ resourceID: 1, dateWorked: '2026-01-01T00:00:00Z' }, { impersonationResourceId: 42 });
    expect(t.calls[1]!.headers.ImpersonationResourceId).toBe('29682885');
    expect(t.calls[2]!.headers.ImpersonationResourceId).toBe('42');
    expect(JSON.parse(t.calls[2]!.body!)).toEqual({ resourceID: 1, dateWorked: '2026-01-01T00:00:00Z' });
  });

  it('switches to the POST form when the GET URL would exceed ~2,000 characters', async () => {
    const t = direct((r) => (/zoneInformation/.test(r.url) ? zone('ws') : ok({ items: [], pageDetails: { count: 0, requestCount: 500, prevPageUrl: null, nextPageUrl: null } })));
    await t.client.contacts.queryAll({ filter: where.in('id', Array.from({ length: 400 }, (_, i) => 100000 + i)) });
    await t.client.contacts.queryAll({ filter: where.in('id', [1, 2]) });
    const q = t.calls.filter((c) => /query/.test(c.url));
    expect(q.map((c) => c.method)).toEqual(['POST', 'GET']);
    expect(q[1]!.url.length).toBeLessThan(2000);
  });

  it('logs only redacted data', async () => {
    const t = direct((r) => (/zoneInformation/.test(r.url) ? zone('ws') : { status: 500, headers: {}, body: { errors: ['nope'] } }));
    await t.client.tickets.get(1).catch(() => undefined);
    const text = JSON.stringify(t.events);
    expect(t.events.map((e) => e.type)).toEqual(['request', 'response', 'request', 'response', 'error']);
    for (const s of [CREDS.secret, CREDS.username, encodeURIComponent(CREDS.username), CREDS.integrationCode]) expect(text).not.toContain(s);
  });
});

describe('gateway mode', () => {
  const page = (next: string | null, ids: number[]) => ok({ items: ids.map((id) => ({ id })), pageDetails: { count: ids.length, requestCount: 2, prevPageUrl: null, nextPageUrl: next } });

  it('sends no credentials, lets the hook add the session header and redacts it', async () => {
    const s = scripted(() => ({ status: 403, headers: {}, body: { errors: ['The logged in Resource does not have the adequate permissions to update this entity type.'] } }));
    const at = createAutotaskClient({ mode: 'gateway', baseUrl: 'https://addin.example/api/autotask', transport: s.transport, beforeRequest: (r) => void (r.headers['X-Harbor-Sess'] = 'session-abc-123'), sensitiveHeaders: ['X-Harbor-Sess'] });
    const err = await at.tickets.update({ id: 1, title: 'y' }).catch((e) => e);
    expect(err.code).toBe('AUTOTASK_PERMISSION');
    expect(s.calls[0]!.url).toBe('https://addin.example/api/autotask/Tickets');
    expect(s.calls[0]!.headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json', 'X-Harbor-Sess': 'session-abc-123' });
    expect(JSON.stringify(err)).not.toContain('session-abc-123');
    expect(err.request.headers['X-Harbor-Sess']).toBe('[REDACTED]');
  });

  it('follows nextPageUrl through the gateway (same origin or rewritten zone URL), refuses anything else', async () => {
    const urls = ['https://addin.example/api/autotask/Tickets/query/next?paging=a', 'https://webservices3.autotask.net/ATServicesRest/V1.0/Tickets/query/next?paging=b', 'https://evil.example/steal?x=1'];
    let i = 0;
    const s = scripted(() => page(urls[i] ?? null, [++i]));
    const at = createAutotaskClient({ mode: 'gateway', baseUrl: 'https://addin.example/api/autotask/', transport: s.transport });
    const seen: number[] = [];
    await expect((async () => { for await (const t of at.tickets.query({ filter: where.all() })) seen.push(t.id); })()).rejects.toBeInstanceOf(AutotaskForeignOriginError);
    expect(seen).toEqual([1, 2, 3]);
    expect(s.calls.map((c) => c.url)).toEqual([
      expect.stringMatching(/^https:\/\/addin\.example\/api\/autotask\/Tickets\/query\?search=/),
      'https://addin.example/api/autotask/Tickets/query/next?paging=a',
      'https://addin.example/api/autotask/Tickets/query/next?paging=b',
    ]);
  });

  it('refuses credentials in gateway mode and a relative base outside a browser', () => {
    expect(() => createAutotaskClient({ mode: 'gateway', baseUrl: 'https://x/', credentials: CREDS } as never)).toThrow(/never holds Autotask credentials/);
    expect(() => createAutotaskClient({ mode: 'gateway', baseUrl: '/api/autotask/' })).toThrow(/absolute URL/);
    expect(() => createAutotaskClient({ mode: 'direct', credentials: { ...CREDS, secret: '' } })).toThrow(/credentials/);
  });
});
