/**
 * The Graph client over an injected fetch (a scripted fake Graph): paging through nextLink, $batch
 * split at 20, per-item results, Retry-After honoured for whole requests and batch items, at most
 * 4 requests in flight, typed errors, the Autotask ref extended property both ways.
 */
import {
  AUTOTASK_REF_PROPERTY_ID, createGraphClient, GraphAuthenticationError, GraphForeignOriginError, GraphNotFoundError,
  GraphSyncStateExpiredError, GraphThrottledError, type GraphClientOptions,
} from '../../../src/graph/index';

const BASE = 'https://graph.test/v1.0/';
type Handler = (req: { method: string; url: string; headers: Record<string, string>; body: unknown }) => Promise<{ status: number; body?: unknown; headers?: Record<string, string> }> | { status: number; body?: unknown; headers?: Record<string, string> };

function fakeGraph(handler: Handler) {
  const calls: Array<{ method: string; url: string; headers: Record<string, string>; body: unknown }> = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const req = { method: String(init?.method ?? 'GET'), url: String(input), headers: (init?.headers ?? {}) as Record<string, string>, body: init?.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(req);
    const r = await handler(req);
    return new Response(r.body === undefined ? null : JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json', ...r.headers } });
  }) as typeof fetch;
  return { fetchFn, calls };
}

const sleeps: number[] = [];
const client = (fetchFn: typeof fetch, extra: Partial<GraphClientOptions> = {}) =>
  createGraphClient({ baseUrl: BASE, getToken: async () => 'token-1', fetch: fetchFn, sleep: async (ms) => { sleeps.push(ms); }, ...extra });

beforeEach(() => { sleeps.length = 0; });

const contact = (n: number, ref?: number) => ({ id: `c${n}`, displayName: `Contact ${n}`, ...(ref ? { singleValueExtendedProperties: [{ id: AUTOTASK_REF_PROPERTY_ID, value: `Contact:${ref}` }] } : {}) });

describe('paging', () => {
  it('follows @odata.nextLink to the end, sends the bearer token, and decodes autotaskRef', async () => {
    const { fetchFn, calls } = fakeGraph(({ url }) => {
      const page = Number(new URL(url).searchParams.get('page') ?? 0);
      return { status: 200, body: { value: [contact(page * 2, 100 + page), contact(page * 2 + 1)], ...(page < 2 ? { '@odata.nextLink': `${BASE}me/contactFolders/F/contacts?page=${page + 1}` } : {}) } };
    });
    const items = await client(fetchFn).contacts.list('F');
    expect(items.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
    expect(items[0]!.autotaskRef).toEqual({ type: 'Contact', id: 100 });
    expect(items[1]!.autotaskRef).toBeUndefined();
    expect(calls).toHaveLength(3);
    expect(calls[0]!.headers.authorization).toBe('Bearer token-1');
    expect(decodeURIComponent(calls[0]!.url)).toContain(`$expand=singleValueExtendedProperties($filter=id eq '${AUTOTASK_REF_PROPERTY_ID}')`);
  });

  it('refuses a nextLink outside the base URL without sending anything there', async () => {
    const { fetchFn, calls } = fakeGraph(() => ({ status: 200, body: { value: [], '@odata.nextLink': 'https://evil.test/v1.0/me/contacts?page=2' } }));
    await expect(client(fetchFn).contacts.list('F')).rejects.toBeInstanceOf(GraphForeignOriginError);
    expect(calls).toHaveLength(1);
  });

  it('delta separates changed from @removed and returns the delta link; a 410 is GraphSyncStateExpiredError', async () => {
    const { fetchFn, calls } = fakeGraph(({ url }) => (url.includes('deltatoken=old')
      ? { status: 410, body: { error: { code: 'SyncStateNotFound', message: 'gone' } } }
      : { status: 200, body: { value: [contact(1, 7), { id: 'c9', '@removed': { reason: 'deleted' } }], '@odata.deltaLink': `${BASE}me/contactFolders/F/contacts/delta?$deltatoken=new` } }));
    const g = client(fetchFn);
    const d = await g.contacts.delta('F');
    expect(d).toEqual({ changed: [expect.objectContaining({ id: 'c1', autotaskRef: { type: 'Contact', id: 7 } })], removed: ['c9'], deltaLink: `${BASE}me/contactFolders/F/contacts/delta?$deltatoken=new` });
    expect(calls[0]!.headers.prefer).toMatch(/odata\.maxpagesize=\d+/);
    await expect(g.contacts.delta('F', { deltaLink: `${BASE}x/delta?$deltatoken=old` })).rejects.toBeInstanceOf(GraphSyncStateExpiredError);
  });
});

describe('$batch', () => {
  it('splits 45 writes into batches of 20, 20 and 5 and returns per-item results in input order', async () => {
    const sizes: number[] = [];
    const { fetchFn } = fakeGraph(({ url, body }) => {
      expect(url).toBe(`${BASE}$batch`);
      const requests = (body as { requests: Array<{ id: string; url: string; body: { givenName: string; singleValueExtendedProperties: unknown } }> }).requests;
      sizes.push(requests.length);
      // Answer out of order, and refuse one item, as Graph may.
      const responses = requests.map((r) => (r.body.givenName === 'n13'
        ? { id: r.id, status: 400, body: { error: { code: 'ErrorInvalidProperty', message: 'Bad email' } } }
        : { id: r.id, status: 201, body: { id: `new-${r.body.givenName}`, singleValueExtendedProperties: r.body.singleValueExtendedProperties } })).reverse();
      return { status: 200, body: { responses } };
    });
    const results = await client(fetchFn).contacts.createMany('F', Array.from({ length: 45 }, (_, i) => ({ givenName: `n${i}`, autotaskRef: { type: 'Contact', id: i } })));
    expect(sizes.sort((a, b) => b - a)).toEqual([20, 20, 5]);
    expect(results).toHaveLength(45);
    expect(results[0]).toEqual({ ok: true, value: expect.objectContaining({ id: 'new-n0', autotaskRef: { type: 'Contact', id: 0 } }) });
    expect(results[44]).toEqual({ ok: true, value: expect.objectContaining({ id: 'new-n44' }) });
    expect(results[13]).toEqual({ ok: false, error: expect.objectContaining({ code: 'GRAPH_VALIDATION', graphCode: 'ErrorInvalidProperty', status: 400 }) });
  });

  it('re-sends only the items Graph throttled inside a batch, after their Retry-After', async () => {
    let round = 0;
    const seen: string[][] = [];
    const { fetchFn } = fakeGraph(({ body }) => {
      const requests = (body as { requests: Array<{ id: string }> }).requests;
      seen.push(requests.map((r) => r.id));
      round += 1;
      return { status: 200, body: { responses: requests.map((r) => (round === 1 && Number(r.id) % 5 === 0
        ? { id: r.id, status: 429, headers: { 'Retry-After': '3' }, body: { error: { code: 'ApplicationThrottled', message: 'slow down' } } }
        : { id: r.id, status: 204 })) } };
    });
    const results = await client(fetchFn).contacts.deleteMany(Array.from({ length: 12 }, (_, i) => `c${i}`));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(seen).toEqual([Array.from({ length: 12 }, (_, i) => String(i)), ['0', '5', '10']]);
    expect(sleeps).toEqual([3000]);
  });
});

describe('throttling', () => {
  it('honours Retry-After on a 429 and on a 503 with Retry-After, then succeeds', async () => {
    let n = 0;
    const { fetchFn, calls } = fakeGraph(() => {
      n += 1;
      if (n === 1) return { status: 429, headers: { 'retry-after': '2' }, body: { error: { code: 'ApplicationThrottled', message: 'x' } } };
      if (n === 2) return { status: 503, headers: { 'retry-after': '1' }, body: { error: { code: 'ServiceUnavailable', message: 'y' } } };
      return { status: 201, body: { id: 'e1', start: { dateTime: '2026-01-01T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-01-01T11:00:00', timeZone: 'UTC' } } };
    });
    const g = client(fetchFn);
    const event = await g.events.create({ subject: 'x', start: { dateTime: '2026-01-01T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-01-01T11:00:00', timeZone: 'UTC' } });
    expect(event.id).toBe('e1');
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([2000, 1000]);
    expect(g.stats()).toMatchObject({ requests: 3, retries: 2 });
  });

  it('gives up with GraphThrottledError when Retry-After is longer than allowed', async () => {
    const { fetchFn, calls } = fakeGraph(() => ({ status: 429, headers: { 'retry-after': '600' }, body: { error: { code: 'ApplicationThrottled', message: 'x' } } }));
    await expect(client(fetchFn, { maxRetryAfterMs: 60_000 }).contacts.get('c1')).rejects.toMatchObject({ code: 'GRAPH_THROTTLED', retryAfterMs: 600_000 });
    expect(calls).toHaveLength(1);
  });

  it('never has more than 4 requests in flight, however many the caller starts', async () => {
    let inFlight = 0;
    let peak = 0;
    const { fetchFn } = fakeGraph(async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
      return { status: 200, body: contact(1) };
    });
    const g = client(fetchFn);
    await Promise.all(Array.from({ length: 17 }, (_, i) => g.contacts.get(`c${i}`)));
    expect(peak).toBe(4);
    expect(g.stats().maxInFlight).toBe(4);
  });

  it('does not repeat a write after a 500 (it may have happened); a read is repeated', async () => {
    const { fetchFn, calls } = fakeGraph(({ method }) => (method === 'GET' && calls.length > 1 ? { status: 200, body: contact(1) } : { status: 500, body: { error: { code: 'InternalServerError', message: 'boom' } } }));
    const g = client(fetchFn, { random: () => 0 });
    await expect(g.contacts.update('c1', { jobTitle: 'x' })).rejects.toMatchObject({ code: 'GRAPH_SERVER' });
    expect(calls).toHaveLength(1);
    await expect(g.contacts.get('c1')).resolves.toMatchObject({ id: 'c1' });
  });
});

describe('errors and writes', () => {
  it('maps 401 and 404 to typed errors carrying Graph\'s code and message, never the token', async () => {
    const { fetchFn } = fakeGraph(({ url }) => (url.includes('missing')
      ? { status: 404, body: { error: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' } } }
      : { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired.' } } }));
    const g = client(fetchFn);
    const notFound = await g.contacts.get('missing').catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(GraphNotFoundError);
    expect(notFound).toMatchObject({ graphCode: 'ErrorItemNotFound', message: expect.stringContaining('not found in the store') });
    const denied = await g.contacts.get('c1').catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(GraphAuthenticationError);
    expect(JSON.stringify(denied)).not.toContain('token-1');
  });

  it('writes autotaskRef as the single-value extended property and Prefer: outlook.timezone when configured', async () => {
    const { fetchFn, calls } = fakeGraph(({ body }) => ({ status: 201, body: { id: 'e1', start: { dateTime: 'x', timeZone: 'Europe/Berlin' }, end: { dateTime: 'y', timeZone: 'Europe/Berlin' }, ...(body as object) } }));
    const g = client(fetchFn, { timeZone: 'Europe/Berlin' });
    const e = await g.events.create({ subject: 'Visit', start: { dateTime: '2026-03-29T01:30:00', timeZone: 'Europe/Berlin' }, end: { dateTime: '2026-03-29T03:30:00', timeZone: 'Europe/Berlin' }, autotaskRef: { type: 'ServiceCall', id: 42 } });
    expect(calls[0]!.body).toMatchObject({ subject: 'Visit', singleValueExtendedProperties: [{ id: AUTOTASK_REF_PROPERTY_ID, value: 'ServiceCall:42' }] });
    expect(calls[0]!.body).not.toHaveProperty('autotaskRef');
    expect(calls[0]!.headers.prefer).toBe('outlook.timezone="Europe/Berlin"');
    expect(e.autotaskRef).toEqual({ type: 'ServiceCall', id: 42 });
  });

  it('contactFolders.findOrCreate finds an existing folder, else creates it; a 409 race re-reads', async () => {
    let created = false;
    const { fetchFn, calls } = fakeGraph(({ method }) => {
      if (method === 'GET') return { status: 200, body: { value: created ? [{ id: 'F1', displayName: 'Autotask' }] : [] } };
      created = true;
      return { status: 409, body: { error: { code: 'ErrorFolderExists', message: 'A folder with the specified name already exists.' } } };
    });
    await expect(client(fetchFn).contactFolders.findOrCreate('Autotask')).resolves.toMatchObject({ id: 'F1' });
    expect(calls.map((c) => c.method)).toEqual(['GET', 'POST', 'GET']);
    expect(decodeURIComponent(calls[0]!.url)).toContain("$filter=displayName eq 'Autotask'");
  });

  it('a throttled item error is a GraphThrottledError when rounds run out', async () => {
    const { fetchFn } = fakeGraph(({ body }) => ({ status: 200, body: { responses: (body as { requests: Array<{ id: string }> }).requests.map((r) => ({ id: r.id, status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'ApplicationThrottled', message: 'x' } } })) } }));
    const results = await client(fetchFn).batch([{ method: 'DELETE', url: '/me/contacts/c1' }], { maxRounds: 2, sleep: async () => {} });
    expect(results[0]).toMatchObject({ ok: false, error: expect.any(GraphThrottledError) });
  });
});
