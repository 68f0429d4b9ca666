/**
 * Send Calendar Items, the decisions: chosen Outlook events (occurrences of recurring events come
 * expanded, one per day in the range) against the resource's Autotask appointments. Private events
 * go as "Appointment" with no details. An event that came from Autotask sends only its date and
 * time (title and description edits do not flow back); one made in Outlook sends all four fields.
 * Before creating, an appointment with the same title, start and end counts as already sent, so a
 * retry or a second run never duplicates (occurrences carry no marker: that match is how they are found).
 */
import { sourceFingerprint, PRIVATE_TITLE } from './calendar-get';
import { eventFingerprint } from './marker';
import type { AutotaskAppointment, AutotaskCalendarItem, OutlookEvent, SkipReason, SyncMarker } from './types';

export const TITLE_MAX = 256;
export const DESCRIPTION_MAX = 8000;
const MINUTE = 60_000;

export interface AppointmentFields {
  title: string;
  description: string;
  start: number;
  end: number;
}
export type AppointmentPatch = Partial<AppointmentFields>;

export type SendCalendarAction =
  | { kind: 'create'; key: string; label: string; event: OutlookEvent; fields: AppointmentFields }
  /** `patch` may be empty (only the Outlook marker is written: a link). `marker` null: no marker to write. */
  | { kind: 'update'; key: string; label: string; event: OutlookEvent; appointmentId: number; patch: AppointmentPatch; marker: SyncMarker | null }
  | { kind: 'unchanged'; key: string }
  | { kind: 'skip'; key: string; label: string; reason: SkipReason };

export function appointmentItem(a: AutotaskAppointment, url = ''): AutotaskCalendarItem {
  return { type: 'appointment', id: a.id, title: a.title, start: a.start, end: a.end, body: a.description, location: '', url };
}

export function fieldsOf(e: OutlookEvent): AppointmentFields {
  const details = !e.isPrivate;
  return {
    title: (details ? e.subject.trim() : PRIVATE_TITLE).slice(0, TITLE_MAX),
    description: details ? e.body.trim().slice(0, DESCRIPTION_MAX) : '',
    start: e.start,
    end: e.end,
  };
}

const sameMinute = (a: number, b: number) => Math.round(a / MINUTE) === Math.round(b / MINUTE);

function diff(current: AutotaskAppointment, wanted: AppointmentFields, timesOnly: boolean): AppointmentPatch {
  const patch: AppointmentPatch = {};
  if (!sameMinute(current.start, wanted.start)) patch.start = wanted.start;
  if (!sameMinute(current.end, wanted.end)) patch.end = wanted.end;
  if (timesOnly) return patch;
  if (current.title !== wanted.title) patch.title = wanted.title;
  if (current.description.trim() !== wanted.description) patch.description = wanted.description;
  return patch;
}

/** The marker an event gets once its appointment is as `after` (Get then sees nothing to do). */
export function sentMarker(after: AutotaskAppointment, event: OutlookEvent, origin: SyncMarker['origin']): SyncMarker {
  return { type: 'appointment', id: after.id, origin, source: sourceFingerprint(appointmentItem(after)), outlook: eventFingerprint(event) };
}

const markerDiffers = (a: SyncMarker | null, b: SyncMarker) =>
  !a || a.type !== b.type || a.id !== b.id || a.origin !== b.origin || a.source !== b.source || a.outlook !== b.outlook;

export function planSendCalendar(events: readonly OutlookEvent[], appointments: readonly AutotaskAppointment[]): SendCalendarAction[] {
  const byId = new Map(appointments.map((a) => [a.id, a]));
  const taken = new Set<number>();
  return events.map((event): SendCalendarAction => {
    const key = event.id;
    const label = event.subject || PRIVATE_TITLE;
    if (event.isCancelled) return { kind: 'skip', key, label, reason: 'cancelled' };
    const m = event.marker;
    if (m && m.type !== 'appointment') return { kind: 'skip', key, label, reason: 'not-an-appointment' };
    const wanted = fieldsOf(event);
    const linked = m ? byId.get(m.id) : undefined;
    const match = linked ?? appointments.find((a) => !taken.has(a.id) && a.title === wanted.title && sameMinute(a.start, wanted.start) && sameMinute(a.end, wanted.end));
    if (!match) return { kind: 'create', key, label, event, fields: wanted };
    taken.add(match.id);
    const origin = m && linked ? m.origin : 'send';
    const patch = diff(match, wanted, origin === 'get');
    const after: AutotaskAppointment = { ...match, ...patch, description: patch.description ?? match.description };
    const marker = event.kind === 'single' ? sentMarker(after, event, origin) : null;
    const writeMarker = marker !== null && markerDiffers(m, marker);
    if (!Object.keys(patch).length && !writeMarker) return { kind: 'unchanged', key };
    return { kind: 'update', key, label, event, appointmentId: match.id, patch, marker: writeMarker ? marker : null };
  });
}
