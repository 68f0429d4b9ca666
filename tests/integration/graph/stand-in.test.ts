/**
 * The Graph client against the sandbox's Graph stand-in over real HTTP: Graph's envelopes and
 * errors, paging, $batch, the Autotask ref extended property round trip, contacts delta, time
 * zones, and throttling that slows a run but loses nothing.
 */
import { startSandbox, type Sandbox } from '../../../src/sandbox/index';
import {
  AUTOTASK_REF_PROPERTY_ID, createGraphClient, GraphNotFoundError, GraphSyncStateExpiredError, type GraphClient,
} from '../../../src/graph/index';

let sb: Sandbox;
let graph: GraphClient;
const newClient = (extra: Partial<Parameters<typeof createGraphClient>[0]> = {}) => createGraphClient({ baseUrl: sb.graph.baseUrl, getToken: async () => 'any-token', ...extra });

beforeAll(async () => { sb = await startSandbox(); });
afterAll(() => sb.close());
beforeEach(() => { sb.graph.control.reset(); graph = newClient(); });

const raw = (path: string, init: RequestInit = {}) => fetch(`${sb.graph.baseUrl}${path}`, { ...init, headers: { authorization: 'Bearer t', 'content-type': 'application/json', ...init.headers } });
const week = () => ({ start: new Date(Date.now() - 8 * 86_400_000), end: new Date(Date.now() + 8 * 86_400_000) });

describe('envelopes and errors', () => {
  it('answers collections as { value, @odata.nextLink } and errors as { error: { code, message } }', async () => {
    const res = await raw('me/calendarView?startDateTime=2000-01-01T00:00:00Z&endDateTime=2100-01-01T00:00:00Z&$top=2');
    const body = await res.json() as { value: unknown[]; '@odata.nextLink'?: string };
    expect(res.status).toBe(200);
    expect(body.value).toHaveLength(2);
    expect(body['@odata.nextLink']).toMatch(/\$skip=2/);
    const missing = await raw('me/contacts/AAMkAGC99999999');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: expect.objectContaining({ code: 'ErrorItemNotFound', message: expect.any(String) }) });
    const noWindow = await raw('me/calendarView');
    expect(noWindow.status).toBe(400);
    expect(((await noWindow.json()) as { error: { code: string } }).error.code).toBe('ErrorInvalidParameter');
    const noToken = await fetch(`${sb.graph.baseUrl}me/contacts`);
    expect(noToken.status).toBe(401);
  });

  it('the seeded mailbox is Sam Rivera\'s: this week\'s meetings and a few contacts; a missing item is GraphNotFoundError', async () => {
    const me = await (await raw('me')).json() as { mail: string };
    expect(me.mail).toBe('sam.rivera@harborline-it.com');
    const events = await graph.events.calendarView(week(), { pageSize: 2 });
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect(events.map((e) => e.subject)).toContain('Service desk stand-up');
    await expect(graph.events.get('AAMkAGE99999999')).rejects.toBeInstanceOf(GraphNotFoundError);
  });
});

describe('contacts, folders, categories, $batch', () => {
  it('creates 45 contacts through $batch (3 calls), pages them back with their Autotask refs, and never duplicates the folder or category', async () => {
    const folder = await graph.contactFolders.findOrCreate('Autotask');
    expect(await graph.contactFolders.findOrCreate('Autotask')).toEqual(folder);
    const cat = await graph.categories.ensure();
    expect((await graph.categories.ensure()).id).toBe(cat.id);
    sb.graph.control.resetCounts();
    const results = await graph.contacts.createMany(folder.id, Array.from({ length: 45 }, (_, i) => ({
      givenName: `Given${i}`, surname: 'Batch', emailAddresses: [{ address: `given${i}@contoso.example` }], categories: ['Autotask'], autotaskRef: { type: 'Contact', id: 30_000 + i },
    })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(sb.graph.control.counts()).toMatchObject({ requests: 3, batches: 3, batchItems: 45 });
    const listed = await graph.contacts.list(folder.id, { pageSize: 10 });
    expect(listed).toHaveLength(45);
    expect(new Set(listed.map((c) => c.autotaskRef?.id)).size).toBe(45);
    expect(listed.find((c) => c.givenName === 'Given7')).toMatchObject({ displayName: 'Given7 Batch', autotaskRef: { type: 'Contact', id: 30_007 }, parentFolderId: folder.id });
    expect(sb.graph.control.list('folder').filter((f) => f.displayName === 'Autotask')).toHaveLength(1);
  });

  it('filters by extended property value and by email address, as the matcher asks', async () => {
    const folder = await graph.contactFolders.findOrCreate('Autotask');
    await graph.contacts.create(folder.id, { givenName: 'Ref', emailAddresses: [{ address: 'ref@contoso.example' }], autotaskRef: { type: 'Contact', id: 77 } });
    const byRef = `singleValueExtendedProperties/any(ep:ep/id eq '${AUTOTASK_REF_PROPERTY_ID}' and ep/value eq 'Contact:77')`;
    const a = await (await raw(`me/contactFolders/${folder.id}/contacts?$filter=${encodeURIComponent(byRef)}`)).json() as { value: Array<{ givenName: string; singleValueExtendedProperties?: unknown }> };
    expect(a.value.map((c) => c.givenName)).toEqual(['Ref']);
    expect(a.value[0]!.singleValueExtendedProperties).toBeUndefined(); // only with $expand
    const byMail = await (await raw(`me/contactFolders/${folder.id}/contacts?$filter=${encodeURIComponent("emailAddresses/any(a:a/address eq 'REF@contoso.example')")}`)).json() as { value: unknown[] };
    expect(byMail.value).toHaveLength(1);
  });

  it('refuses a $batch of more than 20 requests', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    const res = await raw('$batch', { method: 'POST', body: JSON.stringify({ requests }) });
    expect(res.status).toBe(400);
  });
});

describe('delta', () => {
  it('first round lists the folder, the next returns only what changed (and removals), an expired link is 410', async () => {
    const folder = await graph.contactFolders.findOrCreate('Autotask');
    await graph.contacts.createMany(folder.id, Array.from({ length: 30 }, (_, i) => ({ givenName: `D${i}`, autotaskRef: { type: 'Contact', id: i + 1 } })));
    const first = await graph.contacts.delta(folder.id, { pageSize: 7 });
    expect(first.changed).toHaveLength(30);
    expect(first.changed.every((c) => c.autotaskRef !== undefined)).toBe(true);
    sb.graph.control.resetCounts();
    const unchanged = await graph.contacts.delta(folder.id, { deltaLink: first.deltaLink });
    expect(unchanged).toMatchObject({ changed: [], removed: [] });
    expect(sb.graph.control.counts().requests).toBe(1);
    const [gone, edited] = first.changed;
    await graph.contacts.delete(gone!.id);
    await graph.contacts.update(edited!.id, { jobTitle: 'Office manager' });
    const next = await graph.contacts.delta(folder.id, { deltaLink: unchanged.deltaLink });
    expect(next.removed).toEqual([gone!.id]);
    expect(next.changed).toEqual([expect.objectContaining({ id: edited!.id, jobTitle: 'Office manager', autotaskRef: edited!.autotaskRef })]);
    sb.graph.control.expireDeltaLinks();
    await expect(graph.contacts.delta(folder.id, { deltaLink: next.deltaLink })).rejects.toBeInstanceOf(GraphSyncStateExpiredError);
  });
});

describe('events and time zones', () => {
  it('round-trips an event with its Autotask ref; Prefer: outlook.timezone answers in that zone across the DST change', async () => {
    const berlin = newClient({ timeZone: 'Europe/Berlin' });
    // 29 March 2026: Berlin moves from UTC+1 to UTC+2 at 02:00 local.
    const e = await berlin.events.create({
      subject: 'Firewall window', start: { dateTime: '2026-03-29T01:00:00', timeZone: 'Europe/Berlin' }, end: { dateTime: '2026-03-29T04:00:00', timeZone: 'Europe/Berlin' },
      categories: ['Autotask'], autotaskRef: { type: 'ServiceCall', id: 4242 },
    });
    expect(e.autotaskRef).toEqual({ type: 'ServiceCall', id: 4242 });
    expect(e.start).toEqual({ dateTime: '2026-03-29T01:00:00.0000000', timeZone: 'Europe/Berlin' });
    expect(e.end.dateTime).toBe('2026-03-29T04:00:00.0000000');
    const utc = await graph.events.get(e.id);
    expect(utc.start.dateTime).toBe('2026-03-29T00:00:00.0000000');
    expect(utc.end.dateTime).toBe('2026-03-29T02:00:00.0000000'); // 2 hours of real time
    const view = await graph.events.calendarView({ start: '2026-03-28T00:00:00Z', end: '2026-03-30T00:00:00Z' });
    expect(view.map((v) => [v.id, v.autotaskRef?.id])).toEqual([[e.id, 4242]]);
    const updated = await graph.events.update(e.id, { subject: 'Firewall window (moved)' });
    expect(updated).toMatchObject({ subject: 'Firewall window (moved)', autotaskRef: { type: 'ServiceCall', id: 4242 } });
    await graph.events.delete(e.id);
    await expect(graph.events.get(e.id)).rejects.toBeInstanceOf(GraphNotFoundError);
  });

  it('expands a weekly series in calendarView; changing or deleting one occurrence keeps its id and the rest of the series', async () => {
    const master = await graph.events.create({
      subject: 'Weekly patching', start: { dateTime: '2026-06-01T16:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-06-01T17:00:00', timeZone: 'UTC' },
      recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday', 'thursday'] }, range: { type: 'numbered', startDate: '2026-06-01', numberOfOccurrences: 6 } },
    });
    const june = { start: '2026-06-01T00:00:00Z', end: '2026-07-01T00:00:00Z' };
    const view = await graph.events.calendarView(june);
    expect(view.map((e) => e.start.dateTime.slice(0, 10))).toEqual(['2026-06-01', '2026-06-04', '2026-06-08', '2026-06-11', '2026-06-15', '2026-06-18']);
    expect(view.every((e) => e.type === 'occurrence' && e.seriesMasterId === master.id)).toBe(true);
    const [, second, third] = view;
    const moved = await graph.events.update(second!.id, { subject: 'Weekly patching (moved)', start: { dateTime: '2026-06-04T18:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-06-04T19:00:00', timeZone: 'UTC' } });
    expect(moved).toMatchObject({ id: second!.id, type: 'exception', subject: 'Weekly patching (moved)' });
    await graph.events.delete(third!.id);
    const after = await graph.events.calendarView(june);
    expect(after.map((e) => [e.id === second!.id, e.subject, e.start.dateTime.slice(0, 16)])).toEqual([
      [false, 'Weekly patching', '2026-06-01T16:00'], [true, 'Weekly patching (moved)', '2026-06-04T18:00'],
      [false, 'Weekly patching', '2026-06-11T16:00'], [false, 'Weekly patching', '2026-06-15T16:00'], [false, 'Weekly patching', '2026-06-18T16:00'],
    ]);
    await expect(graph.events.get(third!.id)).rejects.toBeInstanceOf(GraphNotFoundError);
  });

  it('events written through $batch come back in the client\'s time zone too (each item asks for it)', async () => {
    const ny = newClient({ timeZone: 'Eastern Standard Time' });
    const [created] = await ny.events.createMany([{ subject: 'Batch', start: { dateTime: '2026-07-01T09:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-07-01T10:00:00', timeZone: 'UTC' } }]);
    expect(created).toMatchObject({ ok: true, value: { start: { dateTime: '2026-07-01T05:00:00.0000000', timeZone: 'Eastern Standard Time' } } });
  });
});

describe('throttling', () => {
  it('a 429 every 7th request and a mailbox limit below the client\'s slow the run but lose and duplicate nothing', async () => {
    // Limit 3 while the client sends 4: as when another app shares the mailbox's budget.
    sb.graph.control.throttle({ every: 7, retryAfterSeconds: 0, concurrent: 3, latencyMs: 50 });
    const greedy = newClient({ maxRetries: 30 });
    const folder = await greedy.contactFolders.findOrCreate('Autotask');
    const results = await greedy.contacts.createMany(folder.id, Array.from({ length: 200 }, (_, i) => ({ givenName: `T${i}`, autotaskRef: { type: 'Contact', id: 5000 + i } })));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const counts = sb.graph.control.counts();
    expect(counts.throttled).toBeGreaterThan(0);
    sb.graph.control.throttle({ every: false });
    const listed = await graph.contacts.list(folder.id);
    expect(listed).toHaveLength(200);
    expect(new Set(listed.map((c) => c.autotaskRef!.id)).size).toBe(200);
    expect(greedy.stats().retries).toBeGreaterThan(0);
  });

  it('the well-behaved client (4 in flight) is never refused for concurrency', async () => {
    sb.graph.control.throttle({ concurrent: 4, latencyMs: 100 });
    await Promise.all(Array.from({ length: 12 }, () => graph.contacts.list(null)));
    const counts = sb.graph.control.counts();
    expect(counts).toMatchObject({ requests: 12, throttled: 0 });
    expect(counts.maxInFlight).toBeLessThanOrEqual(4);
  });
});

describe('control over HTTP (for tests in other processes)', () => {
  it('counts, lists, throttles and resets', async () => {
    const control = sb.graph.baseUrl.replace('/v1.0/', '/_control/');
    await graph.contactFolders.findOrCreate('Autotask');
    const counts = await (await fetch(`${control}counts`)).json() as { requests: number; byRoute: Record<string, number> };
    expect(counts.byRoute['POST me/contactFolders']).toBe(1);
    const folders = await (await fetch(`${control}items?kind=folder`)).json() as Array<{ displayName: string }>;
    expect(folders.map((f) => f.displayName)).toEqual(['Autotask']);
    const settings = await (await fetch(`${control}throttle`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ every: 2, retryAfterSeconds: 0 }) })).json();
    expect(settings).toMatchObject({ every: 2, retryAfterSeconds: 0, concurrent: 4 });
    expect((await fetch(`${control}throttle`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ every: 'x' }) })).status).toBe(400);
    await fetch(`${control}reset`, { method: 'POST' });
    expect(sb.graph.control.list('folder')).toEqual([]);
    expect(sb.graph.control.settings().every).toBe(false);
  });
});
