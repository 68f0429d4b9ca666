import { AUTOTASK_CATEGORY, planGetCalendar, resolveConflicts, sourceFingerprint } from '../../../src/addin/sync/calendar-get';
import { eventFingerprint } from '../../../src/addin/sync/marker';
import type { CalendarItemType, OutlookEvent } from '../../../src/addin/sync/types';
import { at, event, item } from './fixtures';

const ALL = new Set<CalendarItemType>(['appointment', 'todo', 'serviceCall', 'ticket', 'task']);

/** The event as Get would have written it for `i`. */
function synced(i = item(), over: Partial<OutlookEvent> = {}): OutlookEvent {
  const [create] = planGetCalendar({ items: [i], events: [], types: ALL });
  if (create?.kind !== 'create') throw new Error('expected a create');
  const d = create.draft;
  return event({ id: `ev-${i.id}`, subject: d.subject, start: d.start, end: d.end, body: d.body, location: d.location, categories: d.categories, marker: d.marker, ...over });
}

describe('planGetCalendar', () => {
  it('creates an event in the Autotask category, with the type and id in its marker and the link in its body', () => {
    const i = item({ type: 'serviceCall', id: 77, title: 'Onsite', body: 'Ticket T1: POS', location: 'Sendlinger Straße 4' });
    const [a] = planGetCalendar({ items: [i], events: [], types: ALL });
    expect(a).toMatchObject({ kind: 'create', key: 'serviceCall:77', draft: { subject: 'Onsite', location: 'Sendlinger Straße 4', categories: [AUTOTASK_CATEGORY] } });
    if (a?.kind !== 'create') throw new Error();
    expect(a.draft.body).toBe(`Ticket T1: POS\n\nAutotask: ${i.url}`);
    expect(a.draft.marker).toMatchObject({ type: 'serviceCall', id: 77, origin: 'get', source: sourceFingerprint(i) });
  });

  it('leaves an event alone when neither side changed (a second Get does nothing)', () => {
    expect(planGetCalendar({ items: [item()], events: [synced()], types: ALL })).toEqual([{ kind: 'unchanged', key: 'appointment:9201' }]);
  });

  it('updates the event when the item changed in Autotask and the event was not touched', () => {
    const moved = item({ start: at('2026-11-30T18:00:00Z'), end: at('2026-11-30T18:30:00Z') });
    const [a] = planGetCalendar({ items: [moved], events: [synced()], types: ALL });
    expect(a).toMatchObject({ kind: 'update', eventId: 'ev-9201', draft: { start: moved.start, end: moved.end } });
  });

  it('reports a conflict instead of overwriting an event the user changed in Outlook', () => {
    const edited = synced(item(), { start: at('2026-11-30T17:30:00Z') });
    const changed = item({ title: 'Stand-up (moved room)' });
    const [a] = planGetCalendar({ items: [changed], events: [edited], types: ALL });
    expect(a).toMatchObject({ kind: 'conflict', key: 'appointment:9201', eventId: 'ev-9201' });
    const keep = resolveConflicts([a!], new Set());
    expect(keep.actions).toEqual([{ kind: 'unchanged', key: 'appointment:9201' }]);
    expect(keep.kept).toEqual(['Service desk stand-up']);
    const overwrite = resolveConflicts([a!], new Set(['appointment:9201']));
    expect(overwrite.actions[0]).toMatchObject({ kind: 'update', draft: { subject: 'Stand-up (moved room)', start: changed.start } });
  });

  it('also reports a conflict when only Outlook changed: Get never silently rewrites a user edit', () => {
    const edited = synced(item(), { subject: 'My own title' });
    expect(planGetCalendar({ items: [item()], events: [edited], types: ALL })[0]).toMatchObject({ kind: 'conflict' });
  });

  it('removes the event of an item deleted in Autotask, but asks first when the user changed it', () => {
    const gone = synced(item({ type: 'serviceCall', id: 5 }));
    expect(planGetCalendar({ items: [], events: [gone], types: ALL })).toEqual([{ kind: 'delete', key: 'serviceCall:5', label: 'Service desk stand-up', eventId: 'ev-5' }]);
    const edited = { ...gone, location: 'Room 2' };
    const [c] = planGetCalendar({ items: [], events: [edited], types: ALL });
    expect(c).toMatchObject({ kind: 'conflict', draft: null });
    expect(resolveConflicts([c!], new Set([c!.key])).actions[0]).toMatchObject({ kind: 'delete', eventId: 'ev-5' });
  });

  it('does not remove events of a type that was not read (switched off in Options)', () => {
    const todo = synced(item({ type: 'todo', id: 8 }));
    expect(planGetCalendar({ items: [], events: [todo], types: new Set(['appointment']) })).toEqual([]);
  });

  it('removes a second copy of the same Autotask item (never duplicates)', () => {
    const one = synced();
    const two = { ...one, id: 'ev-dup' };
    const plan = planGetCalendar({ items: [item()], events: [one, two], types: ALL });
    expect(plan).toContainEqual({ kind: 'delete', key: 'appointment:9201', label: one.subject, eventId: 'ev-dup' });
    expect(plan).toContainEqual({ kind: 'unchanged', key: 'appointment:9201' });
  });

  it('leaves the user\'s other events alone', () => {
    expect(planGetCalendar({ items: [], events: [event()], types: ALL })).toEqual([]);
  });

  it('keeps subject and body of an event made in Outlook and sent, moving only its times', () => {
    const i = item({ id: 9300, title: 'Appointment', body: '' });
    const sent = synced(i, { subject: 'Dentist', body: 'private', isPrivate: true });
    sent.marker = { ...sent.marker!, origin: 'send', outlook: eventFingerprint(sent) };
    const moved = { ...i, start: i.start + 3_600_000, end: i.end + 3_600_000 };
    const [a] = planGetCalendar({ items: [moved], events: [sent], types: ALL });
    expect(a).toMatchObject({ kind: 'update', draft: { subject: 'Dentist', body: 'private', start: moved.start, marker: { origin: 'send' } } });
  });

  it('finds occurrences of a recurring Outlook event sent earlier by title and time and never rewrites them', () => {
    const i = item({ id: 9400, title: 'Weekly backup check', start: at('2026-12-02T09:00:00Z'), end: at('2026-12-02T09:30:00Z') });
    const occ = event({ id: 'occ-1', subject: 'Weekly backup check', start: i.start, end: i.end, kind: 'occurrence', seriesId: 'series-1' });
    expect(planGetCalendar({ items: [i], events: [occ], types: ALL })).toEqual([{ kind: 'unchanged', key: 'appointment:9400' }]);
    const privateOcc = { ...occ, subject: 'Physio', isPrivate: true };
    expect(planGetCalendar({ items: [{ ...i, title: 'Appointment' }], events: [privateOcc], types: ALL })).toEqual([{ kind: 'unchanged', key: 'appointment:9400' }]);
  });

  it('links an unmarked single event that is the same appointment instead of creating a copy', () => {
    const i = item({ id: 9500, title: 'Lunch with Maria', start: at('2026-12-01T12:00:00Z'), end: at('2026-12-01T13:00:00Z') });
    const [a] = planGetCalendar({ items: [i], events: [event()], types: ALL });
    expect(a).toMatchObject({ kind: 'update', eventId: 'ev-1', draft: { subject: 'Lunch with Maria', body: 'Talk about training', marker: { id: 9500, origin: 'send' } } });
  });

  it('compares times to the minute, so seconds added by either side are not a change', () => {
    const e = synced();
    const i = item({ start: item().start + 20_000 });
    expect(planGetCalendar({ items: [i], events: [{ ...e, end: e.end + 15_000 }], types: ALL })[0]?.kind).toBe('unchanged');
  });
});
