import { runGetCalendar, runSendCalendar, sendCandidates, type SyncPorts } from '../../../src/addin/sync/calendar-run';
import { prepareSendContacts, runGetContacts, runSendContacts } from '../../../src/addin/sync/contacts-run';
import type { CalendarItemType, SyncProgress } from '../../../src/addin/sync/types';
import { FakeAutotask, FakeOutlook } from './fake-ports';
import { at, atContact, event, item, olContact } from './fixtures';

const range = { start: at('2026-11-22T00:00:00Z'), end: at('2026-12-30T00:00:00Z') };
const types = new Set<CalendarItemType>(['appointment', 'todo', 'serviceCall']);

function setup() {
  const autotask = new FakeAutotask();
  const outlook = new FakeOutlook();
  const ports: SyncPorts = { autotask, outlook };
  return { autotask, outlook, ports };
}

describe('runGetCalendar', () => {
  it('creates, then does nothing on a second run; updates and removes what changed in Autotask', async () => {
    const { autotask, outlook, ports } = setup();
    autotask.items = [item(), item({ type: 'todo', id: 3, title: 'Call Tom' }), item({ type: 'serviceCall', id: 4, title: 'Onsite' })];
    const first = await runGetCalendar(ports, { range, types, resourceId: 1 });
    expect(first).toMatchObject({ created: 3, updated: 0, removed: 0, skipped: [], cancelled: false });
    const writes = outlook.writes;
    expect(await runGetCalendar(ports, { range, types, resourceId: 1 })).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: 3 });
    expect(outlook.writes).toBe(writes);
    autotask.items = [item({ title: 'Stand-up' }), item({ type: 'todo', id: 3, title: 'Call Tom' })];
    expect(await runGetCalendar(ports, { range, types, resourceId: 1 })).toMatchObject({ created: 0, updated: 1, removed: 1, unchanged: 1 });
    expect(outlook.events.map((e) => e.subject).sort()).toEqual(['Call Tom', 'Stand-up']);
  });

  it('asks before overwriting a changed event and keeps it when the user says so', async () => {
    const { autotask, outlook, ports } = setup();
    autotask.items = [item()];
    await runGetCalendar(ports, { range, types, resourceId: 1 });
    outlook.events[0]!.subject = 'Mine now';
    const asked: string[] = [];
    const kept = await runGetCalendar(ports, { range, types, resourceId: 1 }, { confirmConflicts: async (c) => { asked.push(...c.map((x) => x.label)); return new Set(); } });
    expect(asked).toEqual(['Mine now']);
    expect(kept.skipped).toEqual([{ label: 'Mine now', reason: 'conflict-kept' }]);
    expect(outlook.events[0]!.subject).toBe('Mine now');
    const over = await runGetCalendar(ports, { range, types, resourceId: 1 }, { confirmConflicts: async (c) => new Set(c.map((x) => x.key)) });
    expect(over.updated).toBe(1);
    expect(outlook.events[0]!.subject).toBe('Service desk stand-up');
  });

  it('reports progress with counts, stops between chunks when cancelled, and a rerun finishes without duplicates', async () => {
    const { autotask, outlook, ports } = setup();
    autotask.items = Array.from({ length: 200 }, (_, i) => item({ id: 100 + i, title: `Item ${i}` }));
    const controller = new AbortController();
    const seen: SyncProgress[] = [];
    const summary = await runGetCalendar(ports, { range, types, resourceId: 1 }, { signal: controller.signal, onProgress: (p) => { seen.push(p); if (p.done >= 80) controller.abort(); } });
    expect(summary).toMatchObject({ cancelled: true, created: 80 });
    expect(seen[0]).toEqual({ done: 0, total: 200 });
    expect(seen.at(-1)).toEqual({ done: 80, total: 200 });
    const rest = await runGetCalendar(ports, { range, types, resourceId: 1 });
    expect(rest).toMatchObject({ created: 120, unchanged: 80, cancelled: false });
    expect(outlook.events).toHaveLength(200);
  });

  it('goes on after Graph refuses one event and names it with Graph\'s text', async () => {
    const { autotask, outlook, ports } = setup();
    autotask.items = [item(), item({ id: 2, title: 'Second' })];
    await runGetCalendar(ports, { range, types, resourceId: 1 });
    autotask.items = [item({ title: 'Changed' }), item({ id: 2, title: 'Second changed' })];
    outlook.refuse.add(outlook.events[0]!.id);
    const s = await runGetCalendar(ports, { range, types, resourceId: 1 });
    expect(s.updated).toBe(1);
    expect(s.skipped).toEqual([{ label: 'Changed', reason: 'failed', detail: `Graph refused ${outlook.events[0]!.id}` }]);
  });
});

describe('runSendCalendar', () => {
  it('creates appointments, marks the events, and a second Send or a Get changes nothing', async () => {
    const { autotask, outlook, ports } = setup();
    outlook.events = [event(), event({ id: 'ev-p', subject: 'Physio', isPrivate: true, start: at('2026-12-02T08:00:00Z'), end: at('2026-12-02T09:00:00Z') })];
    const chosen = await sendCandidates(ports, range);
    expect(await runSendCalendar(ports, { events: chosen, range, resourceId: 1 })).toMatchObject({ created: 2, skipped: [] });
    expect(autotask.items.map((i) => i.title).sort()).toEqual(['Appointment', 'Lunch with Maria']);
    const writes = autotask.writes + outlook.writes;
    expect(await runSendCalendar(ports, { events: await sendCandidates(ports, range), range, resourceId: 1 })).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await runGetCalendar(ports, { range, types, resourceId: 1 })).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: 2 });
    expect(autotask.writes + outlook.writes).toBe(writes);
    expect(outlook.events.find((e) => e.id === 'ev-p')?.subject).toBe('Physio');
  });

  it('sends a moved Autotask event\'s new time, after which Get has nothing to do', async () => {
    const { autotask, outlook, ports } = setup();
    autotask.items = [item()];
    await runGetCalendar(ports, { range, types, resourceId: 1 });
    const e = outlook.events[0]!;
    e.start += 3_600_000;
    e.end += 3_600_000;
    expect(await runSendCalendar(ports, { events: [e], range, resourceId: 1 })).toMatchObject({ updated: 1 });
    expect(autotask.items[0]!.start).toBe(e.start);
    expect(await runGetCalendar(ports, { range, types, resourceId: 1 })).toMatchObject({ updated: 0, unchanged: 1, skipped: [] });
  });

  it('recurring: each occurrence in the range once, even when sent twice', async () => {
    const { autotask, outlook, ports } = setup();
    const day = 86_400_000;
    outlook.events = [0, 7, 14].map((d) => event({ id: `occ-${d}`, subject: 'Backup check', kind: 'occurrence', seriesId: 's', start: event().start + d * day, end: event().end + d * day }));
    await runSendCalendar(ports, { events: outlook.events, range, resourceId: 1 });
    await runSendCalendar(ports, { events: outlook.events, range, resourceId: 1 });
    expect(autotask.items).toHaveLength(3);
    expect(await runGetCalendar(ports, { range, types, resourceId: 1 })).toMatchObject({ created: 0, unchanged: 3 });
  });
});

describe('contacts', () => {
  it('Get twice: creates in the Autotask folder, then nothing; an Outlook contact with the same address is reused', async () => {
    const { autotask, outlook, ports } = setup();
    autotask.contacts = [atContact(), atContact({ id: 2, firstName: 'Tom', lastName: 'Becker', emails: ['tom@fabrikam.com'] })];
    outlook.contacts.set('Autotask', [olContact({ id: 'mine', emails: ['tom@fabrikam.com'], firstName: 'Tommy', lastName: 'B' })]);
    const scope = { kind: 'account-manager' as const, resourceId: 1 };
    expect(await runGetContacts(ports, { scope, folderName: 'Autotask' })).toMatchObject({ created: 1, updated: 1 });
    expect(await runGetContacts(ports, { scope, folderName: 'Autotask' })).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: 2 });
    expect(outlook.allContacts('Autotask').map((c) => c.firstName).sort()).toEqual(['Maria', 'Tom']);
    expect(outlook.allContacts('main')).toEqual([]);
  });

  it('Send twice: creates once in the domain\'s company, then nothing; asks for a company when unsure', async () => {
    const { autotask, outlook, ports } = setup();
    autotask.companies.set('contoso.com', [{ id: 500, name: 'Contoso Dental' }]);
    outlook.contacts.set('main', [olContact({ id: 'a', firstName: 'New', lastName: 'Person', emails: ['new@contoso.com'] }), olContact({ id: 'b', firstName: 'Free', lastName: 'Mail', emails: ['free@gmail.com'] })]);
    const chosen = await outlook.listContacts(null);
    const prepared = await prepareSendContacts(ports, chosen);
    const first = await runSendContacts(ports, { ...prepared, chosen: new Map() });
    expect(first).toMatchObject({ created: 1, skipped: [{ label: 'Free Mail', reason: 'no-company' }] });
    const again = await prepareSendContacts(ports, await outlook.listContacts(null));
    expect(await runSendContacts(ports, { ...again, chosen: new Map([['b', 77]]) })).toMatchObject({ created: 1, unchanged: 1 });
    const third = await prepareSendContacts(ports, await outlook.listContacts(null));
    expect(await runSendContacts(ports, { ...third, chosen: new Map() })).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(autotask.contacts.map((c) => [c.companyID, c.lastName])).toEqual([[500, 'Person'], [77, 'Mail']]);
  });
});
