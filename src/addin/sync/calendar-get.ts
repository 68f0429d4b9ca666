/**
 * Get Calendar Items, the decisions: Autotask items of the resource in the range against the
 * Outlook events in the range. Autotask is master, except that an event the user changed in
 * Outlook (its synced fields no longer match the fingerprint we stored) is a conflict the user
 * decides on, never overwritten silently; events made in Outlook and sent keep their own subject
 * and body; occurrences of recurring Outlook events are never rewritten.
 */
import { eventFingerprint, fingerprint, markerKey } from './marker';
import type { AutotaskCalendarItem, CalendarItemType, EventDraft, OutlookEvent, SyncMarker } from './types';

export const AUTOTASK_CATEGORY = 'Autotask';
const MINUTE = 60_000;

export type GetCalendarAction =
  | { kind: 'create'; key: string; label: string; draft: EventDraft }
  | { kind: 'update'; key: string; label: string; eventId: string; draft: EventDraft }
  | { kind: 'delete'; key: string; label: string; eventId: string }
  /** Changed in Outlook: `draft` overwrites it (null: the item is gone from Autotask, delete it). */
  | { kind: 'conflict'; key: string; label: string; eventId: string; draft: EventDraft | null }
  | { kind: 'unchanged'; key: string };

/** What the Autotask side looked like, without the link (it is not part of the item's state). */
export function sourceFingerprint(item: AutotaskCalendarItem): string {
  return fingerprint([item.type, item.id, item.title, Math.round(item.start / MINUTE), Math.round(item.end / MINUTE), item.body, item.location]);
}

export function eventBody(item: AutotaskCalendarItem): string {
  return [item.body.trim(), `Autotask: ${item.url}`].filter(Boolean).join('\n\n');
}

function draftFor(item: AutotaskCalendarItem, origin: SyncMarker['origin'], keep?: OutlookEvent): EventDraft {
  const fields = keep
    ? { subject: keep.subject, body: keep.body, location: keep.location, categories: keep.categories }
    : { subject: item.title.trim() || item.type, body: eventBody(item), location: item.location, categories: [AUTOTASK_CATEGORY] };
  const draft = { ...fields, start: item.start, end: item.end };
  return { ...draft, marker: { type: item.type, id: item.id, origin, source: sourceFingerprint(item), outlook: eventFingerprint(draft) } };
}

const sameMinute = (a: number, b: number) => Math.round(a / MINUTE) === Math.round(b / MINUTE);

/** An unmarked Outlook event that is this appointment: sent from Outlook before the marker was set (occurrences never get one). */
function isSentCopy(item: AutotaskCalendarItem, e: OutlookEvent): boolean {
  if (item.type !== 'appointment' || e.marker || !sameMinute(item.start, e.start) || !sameMinute(item.end, e.end)) return false;
  return item.title.trim() === e.subject.trim() || (e.isPrivate && item.title === PRIVATE_TITLE);
}

export const PRIVATE_TITLE = 'Appointment';

export interface GetCalendarInput {
  items: readonly AutotaskCalendarItem[];
  /** Outlook events overlapping the range (occurrences expanded). */
  events: readonly OutlookEvent[];
  /** The types that were read: only their events may be removed. */
  types: ReadonlySet<CalendarItemType>;
}

export function planGetCalendar({ items, events, types }: GetCalendarInput): GetCalendarAction[] {
  const actions: GetCalendarAction[] = [];
  const marked = new Map<string, OutlookEvent>();
  for (const e of events) {
    if (!e.marker || e.kind !== 'single') continue;
    const key = markerKey(e.marker);
    if (marked.has(key)) actions.push({ kind: 'delete', key, label: e.subject, eventId: e.id });
    else marked.set(key, e);
  }
  const unmarked = events.filter((e) => !e.marker);
  const claimed = new Set<string>();
  for (const item of items) {
    const key = markerKey(item);
    const label = item.title || key;
    const event = marked.get(key);
    if (!event) {
      const copy = unmarked.find((e) => !claimed.has(e.id) && isSentCopy(item, e));
      if (copy) {
        claimed.add(copy.id);
        actions.push(copy.kind === 'single' ? { kind: 'update', key, label, eventId: copy.id, draft: draftFor(item, 'send', copy) } : { kind: 'unchanged', key });
      } else actions.push({ kind: 'create', key, label, draft: draftFor(item, 'get') });
      continue;
    }
    marked.delete(key);
    const marker = event.marker as SyncMarker;
    const editedInOutlook = eventFingerprint(event) !== marker.outlook;
    const changedInAutotask = sourceFingerprint(item) !== marker.source;
    const draft = draftFor(item, marker.origin, marker.origin === 'send' ? event : undefined);
    if (editedInOutlook) actions.push({ kind: 'conflict', key, label: event.subject || label, eventId: event.id, draft });
    else if (changedInAutotask) actions.push({ kind: 'update', key, label, eventId: event.id, draft });
    else actions.push({ kind: 'unchanged', key });
  }
  for (const [key, event] of marked) {
    if (!types.has((event.marker as SyncMarker).type as CalendarItemType)) continue;
    const editedInOutlook = eventFingerprint(event) !== (event.marker as SyncMarker).outlook;
    actions.push(editedInOutlook
      ? { kind: 'conflict', key, label: event.subject, eventId: event.id, draft: null }
      : { kind: 'delete', key, label: event.subject, eventId: event.id });
  }
  return actions;
}

/** The plan once the user has answered the conflicts: overwrite the chosen ones, keep the rest. */
export function resolveConflicts(actions: readonly GetCalendarAction[], overwrite: ReadonlySet<string>): { actions: GetCalendarAction[]; kept: string[] } {
  const kept: string[] = [];
  const out = actions.map((a): GetCalendarAction => {
    if (a.kind !== 'conflict') return a;
    if (!overwrite.has(a.key)) {
      kept.push(a.label);
      return { kind: 'unchanged', key: a.key };
    }
    return a.draft ? { kind: 'update', key: a.key, label: a.label, eventId: a.eventId, draft: a.draft } : { kind: 'delete', key: a.key, label: a.label, eventId: a.eventId };
  });
  return { actions: out, kept };
}
