/**
 * The four sync commands against the sandbox (Autotask) and its Graph stand-in over real HTTP,
 * through the real adapters: twice in a row gives no duplicates and no changes on the second run;
 * throttling from either side slows a run but loses nothing.
 */
import { createAutotaskClient, type AutotaskClient } from '../../../src/autotask';
import { createGraphClient, type GraphClient } from '../../../src/graph/index';
import { COMPANY, RESOURCE, startSandbox, type Sandbox } from '../../../src/sandbox/index';
import { autotaskSyncPort } from '../../../src/addin/sync/autotask-sync-port';
import { runGetCalendar, runSendCalendar, sendCandidates, type SyncPorts } from '../../../src/addin/sync/calendar-run';
import { prepareSendContacts, runGetContacts, runSendContacts, sendContactsPlan } from '../../../src/addin/sync/contacts-run';
import { graphOutlookPort } from '../../../src/addin/sync/graph-outlook-port';
import { syncRange } from '../../../src/addin/sync/range';
import type { CalendarItemType } from '../../../src/addin/sync/types';

const SAM = RESOURCE.samRivera;
const types = new Set<CalendarItemType>(['appointment', 'todo', 'serviceCall', 'ticket', 'task']);
let sb: Sandbox;
let at: AutotaskClient;
let graph: GraphClient;
let ports: SyncPorts;

beforeAll(async () => { sb = await startSandbox({ port: 0, storage: 'memory' }); });
afterAll(() => sb.close());
beforeEach(() => {
  sb.control.reset();
  sb.graph.control.reset();
  at = createAutotaskClient({ mode: 'direct', credentials: sb.credentials, discoveryUrl: sb.zoneUrl });
  graph = createGraphClient({ baseUrl: sb.graph.baseUrl, getToken: async () => 'token', sleep: async () => undefined });
  ports = { autotask: autotaskSyncPort(at, sb.webUrl), outlook: graphOutlookPort(graph) };
});

// The sandbox's calendar is seeded for the week of 30 November 2026: a range that holds it.
const range = syncRange(Date.parse('2026-11-29T12:00:00Z'), 7, 30, 'UTC');
const autotaskEvents = () => sb.graph.control.list('event').filter((e) => (e.categories as string[] | undefined)?.includes('Autotask') && (e.singleValueExtendedProperties as unknown[] | undefined)?.length);

describe('Get Calendar Items', () => {
  it('brings Sam\'s appointments, to-dos and service calls across once; the second run changes nothing', async () => {
    const first = await runGetCalendar(ports, { range, types, resourceId: SAM });
    expect(first.created).toBeGreaterThanOrEqual(4);
    expect(first).toMatchObject({ updated: 0, removed: 0, skipped: [], cancelled: false });
    const subjects = autotaskEvents().map((e) => e.subject);
    expect(subjects).toEqual(expect.arrayContaining(['Service desk stand-up', 'Litware licence renewal call']));
    expect(subjects.some((s) => String(s).startsWith('Service call:'))).toBe(true);
    const count = sb.graph.control.list('event').length;
    sb.graph.control.resetCounts();
    const second = await runGetCalendar(ports, { range, types, resourceId: SAM });
    expect(second).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: first.created, skipped: [] });
    expect(sb.graph.control.list('event')).toHaveLength(count);
  });

  it('removes the event of an appointment deleted in Autotask and updates a changed one', async () => {
    await runGetCalendar(ports, { range, types, resourceId: SAM });
    await at.appointments.delete(9202);
    await at.appointments.update({ id: 9201, title: 'Stand-up (new room)' });
    const s = await runGetCalendar(ports, { range, types, resourceId: SAM });
    expect(s).toMatchObject({ created: 0, updated: 1, removed: 1 });
    expect(autotaskEvents().map((e) => e.subject)).toContain('Stand-up (new room)');
    expect(autotaskEvents().map((e) => e.subject)).not.toContain('Litware licence renewal call');
  });

  it('under throttling on both sides, slows down but loses nothing', async () => {
    sb.graph.control.throttle({ every: 3, retryAfterSeconds: 0 });
    sb.control.addFault({ match: { method: 'GET', path: /Appointments\/query/i }, times: 1, kind: 'status', status: 429, body: '' });
    const first = await runGetCalendar(ports, { range, types, resourceId: SAM });
    expect(first.skipped).toEqual([]);
    expect(sb.graph.control.counts().throttled).toBeGreaterThan(0);
    sb.graph.control.throttle({ every: false });
    expect(await runGetCalendar(ports, { range, types, resourceId: SAM })).toMatchObject({ created: 0, updated: 0, unchanged: first.created });
  });
});

describe('Send Calendar Items', () => {
  it('sends the week\'s Outlook events as appointments once, private ones as "Appointment"; a second Send and a Get change nothing', async () => {
    const week = { start: Date.now() - 8 * 86_400_000, end: Date.now() + 8 * 86_400_000 };
    const events = await sendCandidates(ports, week);
    expect(events.length).toBeGreaterThanOrEqual(5);
    const first = await runSendCalendar(ports, { events, range: week, resourceId: SAM });
    expect(first).toMatchObject({ created: events.length, skipped: [] });
    const mine = await at.appointments.queryAll({ filter: [{ op: 'eq', field: 'resourceID', value: SAM }, { op: 'gte', field: 'startDateTime', value: new Date(week.start).toISOString() }] });
    expect(mine.map((a) => a.title)).toEqual(expect.arrayContaining(['Appointment', 'Team lunch']));
    expect(mine.map((a) => a.title)).not.toContain('Dentist');
    const again = await runSendCalendar(ports, { events: await sendCandidates(ports, week), range: week, resourceId: SAM });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: events.length });
    const get = await runGetCalendar(ports, { range: week, types: new Set(['appointment']), resourceId: SAM });
    // Sam's own Autotask appointments of the week come across; the sent events are recognised, not copied.
    expect(get).toMatchObject({ updated: 0, removed: 0, unchanged: events.length, skipped: [] });
    const keys = sb.graph.control.list('event').map((e) => `${String(e.subject)}|${JSON.stringify(e.start)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('Contacts', () => {
  it('Get Contacts fills the "Autotask" folder once; the second run changes nothing and nothing lands in the main folder', async () => {
    const mainBefore = sb.graph.control.list('contact').length;
    const first = await runGetContacts(ports, { scope: { kind: 'account-manager', resourceId: SAM }, folderName: 'Autotask' });
    expect(first.created).toBeGreaterThan(0);
    expect(first.skipped).toEqual([]);
    expect(sb.graph.control.list('contact')).toHaveLength(mainBefore + first.created);
    const second = await runGetContacts(ports, { scope: { kind: 'account-manager', resourceId: SAM }, folderName: 'Autotask' });
    expect(second).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: first.created });
    expect(sb.graph.control.list('folder').filter((f) => f.displayName === 'Autotask')).toHaveLength(1);
  });

  it('Send Contacts creates each chosen contact once (company by domain or picked), the second run changes nothing', async () => {
    const chosen = await ports.outlook.listContacts(null);
    expect(chosen.length).toBeGreaterThanOrEqual(3);
    const prepared = await prepareSendContacts(ports, chosen);
    const picks = new Map(sendContactsPlan({ ...prepared, chosen: new Map() }).flatMap((a) => (a.kind === 'choose-company' ? [[a.key, a.candidates[0]?.id ?? COMPANY.contoso] as const] : [])));
    const first = await runSendContacts(ports, { ...prepared, chosen: picks });
    expect(first.skipped).toEqual([]);
    expect(first.created + first.updated).toBe(chosen.length);
    const again = await prepareSendContacts(ports, await ports.outlook.listContacts(null));
    expect(await runSendContacts(ports, { ...again, chosen: new Map() })).toMatchObject({ created: 0, updated: 0, unchanged: chosen.length });
    for (const c of chosen) {
      const found = await at.contacts.findByEmail(c.emails[0]!);
      expect(found).toHaveLength(1);
    }
  });
});
