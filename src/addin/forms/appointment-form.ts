/**
 * The Appointment form's values, how they come from an open calendar item, how they become an
 * `Appointments` body, and their checks (pure). The resource is always the signed-in user: the
 * gateway lets a user write only their own appointments.
 */
import type { AppointmentCreate, EntityFields } from '../../autotask';
import { t } from '../strings';
import { mergeProblems, nextSlot, scheduleProblems, toLocalInput, utcFromLocal } from './schedule';
import { validateRecord, type FieldProblem } from './validation';

export interface AppointmentValues {
  title: string;
  description: string;
  /** datetime-local values in the user's time zone. */
  start: string;
  end: string;
}

export const APPOINTMENT_LABELS = {
  title: 'Title',
  description: 'Description',
  startDateTime: 'Start',
  endDateTime: 'End',
  resourceID: 'Resource',
} as const satisfies Readonly<Record<string, string>>;

/** Autotask's documented limits, when metadata gives none. */
export const APPOINTMENT_LIMITS = { title: 256, description: 8000 } as const;

export interface CalendarItem {
  subject: string;
  start: Date;
  end: Date;
  location: string;
  /** The item's body as plain text ('' when unknown). */
  body: string;
}

export function blankAppointment(now: Date): AppointmentValues {
  return { title: '', description: '', ...nextSlot(now) };
}

/** Title from the subject, the item's times, the location (unless the body names it) then the body as the description. */
export function appointmentFromItem(item: CalendarItem, descriptionMax: number = APPOINTMENT_LIMITS.description): AppointmentValues {
  const location = item.location.trim();
  // An invitation's body often says where already ("Where: …"); the location is added only when it does not.
  const parts = [location && !item.body.includes(location) ? t('crm.appointment.where', { location }) : '', item.body.trim()].filter(Boolean);
  const description = parts.join('\n\n');
  return {
    title: item.subject.trim(),
    description: description.length > descriptionMax ? `${description.slice(0, descriptionMax - 1)}…` : description,
    start: toLocalInput(item.start),
    end: toLocalInput(item.end),
  };
}

export function appointmentBody(v: AppointmentValues, resourceId: number): AppointmentCreate {
  const body: Record<string, unknown> = {
    resourceID: resourceId,
    title: v.title.trim(),
    startDateTime: utcFromLocal(v.start),
    endDateTime: utcFromLocal(v.end),
  };
  if (v.description.trim()) body.description = v.description;
  return body as unknown as AppointmentCreate;
}

export function validateAppointment(v: AppointmentValues, resourceId: number, fields: EntityFields): FieldProblem[] {
  const times = scheduleProblems(v.start, v.end, { start: APPOINTMENT_LABELS.startDateTime, end: APPOINTMENT_LABELS.endDateTime });
  const body = appointmentBody(v, resourceId) as unknown as Record<string, unknown>;
  return mergeProblems(times, validateRecord(body, fields, { alsoRequired: ['title'], labels: APPOINTMENT_LABELS }));
}
