/**
 * Start and end of a calendar record (pure): the form shows `datetime-local` values in the user's
 * time zone (the browser's, which Outlook's follows), Autotask gets UTC ISO strings. Checks that
 * both are real dates and that the end is not before the start.
 */
import { t } from '../strings';
import type { FieldProblem } from './validation';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * `YYYY-MM-DDTHH:mm` of a moment in the local time zone (what a datetime-local input shows);
 * `withSeconds` adds `:ss` (for an input with step 1, e.g. a message's exact time).
 */
export function toLocalInput(d: Date, withSeconds = false): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}${withSeconds ? `:${p(d.getSeconds())}` : ''}`;
}

/** The moment a datetime-local value names in the local time zone; null when it is no real date. */
export function fromLocalInput(value: string): Date | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s);
  // 2026-02-30 rolls over to March: not a date the user meant.
  if (Number.isNaN(date.getTime()) || date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date;
}

/** UTC ISO string of a datetime-local value, or null. */
export function utcFromLocal(value: string): string | null {
  return fromLocalInput(value)?.toISOString() ?? null;
}

/** The next half hour from `now`, lasting `minutes`: a sensible blank start and end. */
export function nextSlot(now: Date, minutes = 30): { start: string; end: string } {
  const start = new Date(now);
  start.setSeconds(0, 0);
  start.setMinutes(start.getMinutes() < 30 ? 30 : 60);
  return { start: toLocalInput(start), end: toLocalInput(new Date(start.getTime() + minutes * 60_000)) };
}

/** The user's IANA time zone name ("Europe/Berlin"), for the hint under the times. */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'local time';
  } catch {
    return 'local time';
  }
}

export interface ScheduleLabels {
  start: string;
  end: string;
}

/** Problems with a start/end pair, reported on `startField`/`endField`. */
export function scheduleProblems(start: string, end: string, labels: ScheduleLabels, startField = 'startDateTime', endField = 'endDateTime'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const s = fromLocalInput(start);
  const e = fromLocalInput(end);
  if (!start.trim()) problems.push({ field: startField, message: t('crm.time.required', { label: labels.start }) });
  else if (!s) problems.push({ field: startField, message: t('crm.time.invalid', { label: labels.start }) });
  if (!end.trim()) problems.push({ field: endField, message: t('crm.time.required', { label: labels.end }) });
  else if (!e) problems.push({ field: endField, message: t('crm.time.invalid', { label: labels.end }) });
  if (s && e && e.getTime() < s.getTime()) problems.push({ field: endField, message: t('crm.time.endBeforeStart', { end: labels.end, start: labels.start }) });
  return problems;
}

/** Metadata problems for fields the schedule check has not already reported. */
export function mergeProblems(first: readonly FieldProblem[], more: readonly FieldProblem[]): FieldProblem[] {
  const seen = new Set(first.map((p) => p.field.toLowerCase()));
  return [...first, ...more.filter((p) => !seen.has(p.field.toLowerCase()))];
}
