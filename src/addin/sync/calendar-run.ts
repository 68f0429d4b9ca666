/** Get and Send Calendar Items from end to end: read both sides, plan (pure), ask, write, summarise. */
import { planGetCalendar, resolveConflicts, type GetCalendarAction } from './calendar-get';
import { planSendCalendar, sentMarker, type SendCalendarAction } from './calendar-send';
import type { AutotaskSyncPort, OutlookSyncPort } from './ports';
import { only, runStep, Tally, writeThenMark, type MarkerWrite, type Of, type RunOptions } from './runner';
import type { CalendarItemType, EventDraft, OutlookEvent, SyncRange, SyncSummary } from './types';

export interface SyncPorts {
  autotask: AutotaskSyncPort;
  outlook: OutlookSyncPort;
}

export interface Conflict {
  key: string;
  label: string;
  /** The item is gone from Autotask: overwriting means deleting the event. */
  removed: boolean;
}

export interface GetCalendarOptions extends RunOptions {
  /** Asked once when events were changed in Outlook; answers the keys to overwrite (none: keep them all). */
  confirmConflicts?(conflicts: readonly Conflict[]): Promise<ReadonlySet<string>>;
}


export async function runGetCalendar(
  ports: SyncPorts, q: { range: SyncRange; types: ReadonlySet<CalendarItemType>; resourceId: number }, o: GetCalendarOptions = {},
): Promise<SyncSummary> {
  const [items, events] = await Promise.all([
    ports.autotask.calendarItems(q, o.signal),
    ports.outlook.listEvents(q.range, o.signal),
  ]);
  let plan = planGetCalendar({ items, events, types: q.types });
  const conflicts = only(plan, 'conflict').map((c) => ({ key: c.key, label: c.label, removed: c.draft === null }));
  let kept: string[] = [];
  if (conflicts.length) {
    const overwrite = o.signal?.aborted ? new Set<string>() : ((await o.confirmConflicts?.(conflicts)) ?? new Set<string>());
    ({ actions: plan, kept } = resolveConflicts(plan, overwrite));
  }
  const creates = only(plan, 'create');
  const updates = only(plan, 'update');
  const deletes = only(plan, 'delete');
  const tally = new Tally(creates.length + updates.length + deletes.length, o);
  tally.summary.unchanged = only(plan, 'unchanged').length - kept.length;
  for (const label of kept) tally.skip(label, 'conflict-kept');
  tally.progress(0);
  const label = (a: { label: string }) => a.label;
  await runStep(tally, { items: creates, effect: 'created', label, apply: (c, s) => ports.outlook.createEvents(c.map((a) => a.draft), s) }, o.signal);
  await runStep(tally, { items: updates, effect: 'updated', label, apply: (c, s) => ports.outlook.updateEvents(c.map((a) => ({ id: a.eventId, draft: a.draft })), s) }, o.signal);
  await runStep(tally, { items: deletes, effect: 'removed', label, apply: (c, s) => ports.outlook.deleteEvents(c.map((a) => a.eventId), s) }, o.signal);
  return tally.finish();
}

/** Send's candidates: the events in the range; those in the Autotask category come first and are pre-selected. */
export async function sendCandidates(ports: SyncPorts, range: SyncRange, signal?: AbortSignal): Promise<OutlookEvent[]> {
  const events = await ports.outlook.listEvents(range, signal);
  return events.filter((e) => !e.isCancelled && (!e.marker || e.marker.type === 'appointment')).sort((a, b) => a.start - b.start);
}

export async function runSendCalendar(
  ports: SyncPorts, q: { events: readonly OutlookEvent[]; range: SyncRange; resourceId: number }, o: RunOptions = {},
): Promise<SyncSummary> {
  const ids = q.events.flatMap((e) => (e.marker?.type === 'appointment' ? [e.marker.id] : []));
  const appointments = await ports.autotask.appointments({ range: q.range, resourceId: q.resourceId, ids }, o.signal);
  const plan: SendCalendarAction[] = planSendCalendar(q.events, appointments);
  const creates = only(plan, 'create');
  const updates = only(plan, 'update');
  const tally = new Tally(creates.length + updates.length, o);
  tally.summary.unchanged = only(plan, 'unchanged').length;
  for (const s of only(plan, 'skip')) tally.skip(s.label, s.reason);
  tally.progress(0);
  const label = (a: { label: string }) => a.label;
  const setMarkers = (list: readonly MarkerWrite[], s?: AbortSignal) => ports.outlook.setEventMarkers(list, s);
  await runStep(tally, {
    items: creates, effect: 'created', label, size: 3,
    apply: writeThenMark(
      (a: Of<SendCalendarAction, 'create'>, s) => ports.autotask.createAppointment(q.resourceId, a.fields, s),
      (a, id) => (a.event.kind === 'single' ? { id: a.event.id, marker: sentMarker({ id: Number(id), ...a.fields }, a.event, 'send') } : null),
      setMarkers,
    ),
  }, o.signal);
  await runStep(tally, {
    items: updates, effect: 'updated', label, size: 3,
    apply: writeThenMark(
      async (a: Of<SendCalendarAction, 'update'>, s) => {
        if (Object.keys(a.patch).length) await ports.autotask.updateAppointment(a.appointmentId, a.patch, s);
      },
      (a) => (a.marker ? { id: a.event.id, marker: a.marker } : null),
      setMarkers,
    ),
  }, o.signal);
  return tally.finish();
}

export type { EventDraft, GetCalendarAction };
