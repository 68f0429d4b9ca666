/**
 * The service-call form's pure side: its state, the check before saving (company chosen and
 * active, valid start and end with end after start, metadata's lengths, picklists and required
 * flags, tickets of the company, resources only with a ticket to go on), and the mapping to the
 * plan the step runner saves (times shown in the user's zone, sent in UTC).
 */
import type { EntityFields, PicklistValue, ServiceCallCreate } from '../../autotask';
import type { ServiceCallPlan } from './service-call-save';
import { validateRecord, type FieldProblem } from './validation';
import { t } from '../strings';

export interface PickedTicket {
  id: number;
  name: string;
  companyId: number | null;
}

export interface PickedResource {
  id: number;
  name: string;
  roleId: number | null;
}

export interface ServiceCallFormState {
  companyID: number | null;
  companyName: string;
  /** The company was picked from the inactive ones (the picker's switch). */
  companyInactive: boolean;
  /** `YYYY-MM-DDTHH:mm` in the user's zone (a datetime-local input). */
  start: string;
  end: string;
  description: string;
  status: PicklistValue | null;
  tickets: PickedTicket[];
  resources: PickedResource[];
}

export const SERVICE_CALL_LABELS = {
  companyID: 'Company',
  startDateTime: 'Start',
  endDateTime: 'End',
  description: 'Description',
  status: 'Status',
  tickets: 'Tickets',
  resources: 'Resources',
} as const satisfies Readonly<Record<string, string>>;

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as the value of a datetime-local input, in the user's (the browser's) zone. */
export function toLocalInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (user's zone) as UTC ISO; null when it is not a valid date and time. */
export function localInputToUtc(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s || 0);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d || date.getHours() !== h) return null;
  return date.toISOString();
}

/** The next whole hour, one hour long: a sensible first slot. */
export function defaultSlot(now: Date): { start: string; end: string } {
  const start = new Date(now);
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  return { start: toLocalInput(start), end: toLocalInput(new Date(start.getTime() + 3_600_000)) };
}

export function initialServiceCall(now: Date, status: PicklistValue | null, me: PickedResource | null): ServiceCallFormState {
  return {
    companyID: null, companyName: '', companyInactive: false, ...defaultSlot(now), description: '', status, tickets: [], resources: me ? [me] : [],
  };
}

/** The ServiceCalls body (pure). */
export function serviceCallBody(s: ServiceCallFormState): ServiceCallCreate {
  return {
    companyID: s.companyID ?? 0,
    startDateTime: localInputToUtc(s.start) ?? '',
    endDateTime: localInputToUtc(s.end) ?? '',
    description: s.description.trim(),
    ...(s.status === null ? {} : { status: Number(s.status) }),
  } as ServiceCallCreate;
}

/** What the step runner saves: the call, its tickets (no repeats), the resources (no repeats) on each. */
export function serviceCallPlan(s: ServiceCallFormState): ServiceCallPlan {
  const tickets = [...new Set(s.tickets.map((x) => x.id))];
  const seen = new Set<number>();
  const resources = s.resources.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true))).map((r) => ({ resourceId: r.id, roleId: r.roleId }));
  return { call: serviceCallBody(s), tickets, resources };
}

/** Every problem the form can find before sending (metadata from `ServiceCalls/entityInformation/fields`). */
export function validateServiceCall(s: ServiceCallFormState, fields: EntityFields): FieldProblem[] {
  const body = serviceCallBody(s);
  const problems = validateRecord(body as unknown as Record<string, unknown>, fields, {
    alsoRequired: ['companyID'],
    labels: SERVICE_CALL_LABELS,
    ignore: ['startDateTime', 'endDateTime'],
  });
  if (s.companyID && s.companyInactive) problems.push({ field: 'companyID', message: t('serviceCall.invalid.companyInactive', { name: s.companyName }) });
  const start = localInputToUtc(s.start);
  const end = localInputToUtc(s.end);
  if (!start) problems.push({ field: 'startDateTime', message: t('serviceCall.invalid.start') });
  if (!end) problems.push({ field: 'endDateTime', message: t('serviceCall.invalid.end') });
  if (start && end && Date.parse(end) <= Date.parse(start)) problems.push({ field: 'endDateTime', message: t('serviceCall.invalid.endBeforeStart') });
  for (const ticket of s.tickets) {
    if (s.companyID && ticket.companyId !== null && ticket.companyId !== s.companyID) {
      problems.push({ field: 'tickets', message: t('serviceCall.invalid.ticketCompany', { ticket: ticket.name, company: s.companyName }) });
    }
  }
  if (s.resources.length && !s.tickets.length) problems.push({ field: 'resources', message: t('serviceCall.invalid.resourcesNeedTicket') });
  return problems;
}

/** Tickets the user chose that are no longer open (closed meanwhile), from a fresh status read. */
export function closedMeanwhile(s: ServiceCallFormState, statusById: ReadonlyMap<number, PicklistValue | null>, closed: readonly PicklistValue[]): FieldProblem[] {
  const isClosed = new Set(closed.map(String));
  return s.tickets
    .filter((ticket) => !statusById.has(ticket.id) || isClosed.has(String(statusById.get(ticket.id))))
    .map((ticket) => ({
      field: 'tickets',
      message: statusById.has(ticket.id) ? t('serviceCall.invalid.ticketClosed', { ticket: ticket.name }) : t('serviceCall.invalid.ticketGone', { ticket: ticket.name }),
    }));
}
