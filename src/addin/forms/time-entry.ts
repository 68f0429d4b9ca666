/**
 * Ticket Time and Project Time, pure: the form's state, wall-clock time in the user's zone ↔ UTC
 * (DST-aware, through Intl; no library), hours from start and end, the checks made before
 * sending, and the TimeEntries body. Autotask's rules (reference §9): `resourceID`, `dateWorked`
 * (the day, at midnight UTC), 0 < `hoursWorked` ≤ 24, a `roleID` for ticket and task time,
 * `ticketID` or `taskID`; all times sent in UTC.
 */
import type { PicklistValue, TimeEntryCreate } from '../../autotask';
import type { PickedEntity } from './entity-search';
import type { FieldProblem } from './validation';

export type TimeTarget = 'ticket' | 'task';

export interface TimeFormState {
  ticket: PickedEntity | null;
  project: PickedEntity | null;
  task: PickedEntity | null;
  /** yyyy-mm-dd, the day worked in the user's zone. */
  date: string;
  /** HH:MM in the user's zone, or '' (hours only). */
  start: string;
  end: string;
  /** Decimal hours as typed ("1.5", "1,5"). */
  hours: string;
  /** The user typed the hours: start and end no longer recompute them. */
  hoursTyped: boolean;
  roleID: number | null;
  /** The user chose the role: a ticket's queue no longer picks it. */
  roleChosen: boolean;
  billingCodeID: number | null;
  summaryNotes: string;
  internalNotes: string;
  /** Ticket status to set after the time is saved (null: unchanged). */
  status: PicklistValue | null;
}

export const TIME_LABELS = {
  ticketID: 'Ticket',
  projectID: 'Project',
  taskID: 'Task',
  dateWorked: 'Date',
  startDateTime: 'Start',
  endDateTime: 'End',
  hoursWorked: 'Hours worked',
  roleID: 'Role',
  billingCodeID: 'Work type',
  summaryNotes: 'Summary notes',
  internalNotes: 'Internal notes',
  status: 'Change ticket status to',
} as const satisfies Readonly<Record<string, string>>;

export const MAX_HOURS = 24;

// ── time zones ────────────────────────────────────────────────────────────────────────────────

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone the pane runs in (the user's), e.g. "Europe/Berlin"; UTC when the runtime does not say. */
export function userTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export interface WallTime {
  date: string;
  time: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as date and HH:MM on the wall clock of `timeZone`. */
export function toWall(instant: Date, timeZone: string): WallTime {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Milliseconds `timeZone` is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const p = Object.fromEntries(formatter(timeZone).formatToParts(new Date(instant)).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})$/;

export function isValidDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function isValidTime(time: string): boolean {
  const m = TIME.exec(time);
  return Boolean(m && Number(m[1]) < 24 && Number(m[2]) < 60);
}

/**
 * The UTC instant of a wall-clock date and time in `timeZone`; null when the time does not
 * exist there (skipped by a DST change) or the input is not a date and time. An ambiguous time
 * (clocks going back) is the first of the two.
 */
export function fromWall(date: string, time: string, timeZone: string): Date | null {
  if (!isValidDate(date) || !isValidTime(time)) return null;
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const candidates = [guess - offsetAt(guess - 86_400_000 / 2, timeZone), guess - offsetAt(guess + 86_400_000 / 2, timeZone)].sort((a, b) => a - b);
  for (const at of candidates) {
    const wall = toWall(new Date(at), timeZone);
    if (wall.date === date && wall.time === `${pad(h)}:${pad(mi)}`) return new Date(at);
  }
  return null;
}

// ── hours ─────────────────────────────────────────────────────────────────────────────────────

/** Typed hours as a number ("1,5" → 1.5); NaN when it is not a number. */
export function parseHours(text: string): number {
  const s = text.trim().replace(',', '.');
  return /^\d*\.?\d+$|^\d+\.$/.test(s) ? Number(s) : Number.NaN;
}

/** Hours as the form shows them: up to two decimals, no trailing zeros ("1.5", "0.25"). */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 100) / 100);
}

/** Hours between two instants, two decimals (Autotask keeps four; two is what people type). */
export function hoursBetween(start: Date, end: Date): number {
  return Math.round(((end.getTime() - start.getTime()) / 3_600_000) * 100) / 100;
}

/** Start and end as instants when both are filled and exist; null otherwise. */
export function spanOf(s: Pick<TimeFormState, 'date' | 'start' | 'end'>, timeZone: string): { start: Date; end: Date } | null {
  if (!s.start || !s.end) return null;
  const start = fromWall(s.date, s.start, timeZone);
  const end = fromWall(s.date, s.end, timeZone);
  return start && end ? { start, end } : null;
}

/** After a change of date, start or end: the hours follow unless the user typed them. */
export function withComputedHours(s: TimeFormState, timeZone: string): TimeFormState {
  if (s.hoursTyped) return s;
  const span = spanOf(s, timeZone);
  return span && span.end > span.start ? { ...s, hours: formatHours(hoursBetween(span.start, span.end)) } : s;
}

// ── checks and body ───────────────────────────────────────────────────────────────────────────

/** The checks Autotask's metadata cannot express: the record, dates, times, hours, role, notes. */
export function checkTime(s: TimeFormState, target: TimeTarget, timeZone: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (target === 'ticket' && !s.ticket) add('ticketID', 'Ticket is required: search by number or title.');
  if (target === 'task') {
    if (!s.project) add('projectID', 'Project is required.');
    if (!s.task) add('taskID', 'Task is required: choose the project first, then one of its tasks.');
  }
  if (!s.date.trim()) add('dateWorked', 'Date is required.');
  else if (!isValidDate(s.date)) add('dateWorked', `Date "${s.date}" is not a date (use year-month-day).`);

  let span: { start: Date; end: Date } | null = null;
  if (s.start || s.end) {
    if (!s.start) add('startDateTime', 'Start is required when an end is given.');
    else if (!isValidTime(s.start)) add('startDateTime', `Start "${s.start}" is not a time (use hours:minutes).`);
    if (!s.end) add('endDateTime', 'End is required when a start is given.');
    else if (!isValidTime(s.end)) add('endDateTime', `End "${s.end}" is not a time (use hours:minutes).`);
    if (!problems.length && isValidDate(s.date)) {
      const start = fromWall(s.date, s.start, timeZone);
      const end = fromWall(s.date, s.end, timeZone);
      if (!start) add('startDateTime', `Start ${s.start} does not exist on ${s.date} in ${timeZone} (the clocks change).`);
      if (!end) add('endDateTime', `End ${s.end} does not exist on ${s.date} in ${timeZone} (the clocks change).`);
      if (start && end) {
        if (end <= start) add('endDateTime', `End ${s.end} is not after start ${s.start}.`);
        else span = { start, end };
      }
    }
  }
  const hours = parseHours(s.hours);
  if (!s.hours.trim()) {
    if (!s.start && !s.end) add('hoursWorked', 'Enter the hours worked, or a start and an end.');
    else if (span) add('hoursWorked', 'Hours worked is required.');
  } else if (Number.isNaN(hours)) add('hoursWorked', `Hours worked "${s.hours}" is not a number.`);
  else if (hours <= 0 || hours > MAX_HOURS) add('hoursWorked', `Hours worked must be more than 0 and at most ${MAX_HOURS}.`);
  else if (span && hours > hoursBetween(span.start, span.end) + 1e-9) {
    add('hoursWorked', `Hours worked (${formatHours(hours)}) is more than the time from start to end (${formatHours(hoursBetween(span.start, span.end))}).`);
  }
  if (!s.roleID) add('roleID', 'Role is required.');
  if (!s.summaryNotes.trim()) add('summaryNotes', 'Summary notes are required: say what you did.');
  return problems;
}

/** The TimeEntries body: the signed-in resource, the ticket or the task, the day at midnight UTC, times in UTC. */
export function timeEntryBody(s: TimeFormState, target: TimeTarget, resourceId: number, timeZone: string): TimeEntryCreate {
  const span = spanOf(s, timeZone);
  const body: TimeEntryCreate = {
    resourceID: resourceId,
    ...(target === 'ticket' ? { ticketID: s.ticket?.id ?? 0 } : { taskID: s.task?.id ?? 0 }),
    roleID: s.roleID ?? 0,
    dateWorked: `${s.date}T00:00:00.000Z`,
    ...(span ? { startDateTime: span.start.toISOString(), endDateTime: span.end.toISOString() } : {}),
    hoursWorked: parseHours(s.hours),
    summaryNotes: s.summaryNotes.trim(),
  };
  if (s.billingCodeID) body.billingCodeID = s.billingCodeID;
  if (s.internalNotes.trim()) body.internalNotes = s.internalNotes.trim();
  return body;
}

/** A blank form for today in the user's zone. */
export function blankTimeForm(now: Date, timeZone: string, ticket: PickedEntity | null = null): TimeFormState {
  return {
    ticket, project: null, task: null, date: toWall(now, timeZone).date, start: '', end: '', hours: '', hoursTyped: false,
    roleID: null, roleChosen: false, billingCodeID: null, summaryNotes: '', internalNotes: '', status: null,
  };
}

/** A stored draft, when it has the form's shape. */
export function parseTimeDraft(raw: string): TimeFormState | null {
  try {
    const v = JSON.parse(raw) as Partial<TimeFormState>;
    return v && typeof v.date === 'string' && typeof v.hours === 'string' && typeof v.summaryNotes === 'string' ? (v as TimeFormState) : null;
  } catch {
    return null;
  }
}

/**
 * What a stopped timer fills in: the day and start (rounded down to the minute) and end (rounded
 * up) in the user's zone, and the hours worked (pauses left out; at least 0.01). A run that
 * crosses midnight in the user's zone keeps its day and hours but no start and end (one day
 * per entry).
 */
export function filledFromTimer(s: TimeFormState, run: { start: Date; end: Date; workedMs: number }, timeZone: string): TimeFormState {
  const start = toWall(new Date(Math.floor(run.start.getTime() / 60_000) * 60_000), timeZone);
  const end = toWall(new Date(Math.ceil(run.end.getTime() / 60_000) * 60_000), timeZone);
  const hours = Math.max(0.01, Math.round((run.workedMs / 3_600_000) * 100) / 100);
  const sameDay = start.date === end.date && end.time > start.time;
  const next = { ...s, date: start.date, start: sameDay ? start.time : '', end: sameDay ? end.time : '', hours: formatHours(hours) };
  const span = spanOf(next, timeZone);
  return { ...next, hoursTyped: !span || hoursBetween(span.start, span.end) !== hours };
}
