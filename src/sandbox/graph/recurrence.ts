/**
 * Recurring events in the stand-in, as calendarView shows them: a series master (an event with
 * `recurrence`) is never listed itself; its occurrences in the window are, each with
 * `type: 'occurrence'`, `seriesMasterId` and an id of its own (`<master id>_<yyyymmdd>`). Changing
 * or deleting an occurrence stores an exception under that same id (deleted = cancelled, not
 * listed). Patterns: daily, weekly (daysOfWeek), absoluteMonthly; ranges: endDate, numbered, noEnd.
 * Occurrences keep the master's UTC time of day (no DST shift in `recurrenceTimeZone`).
 */
import { badRequest } from './odata';
import type { Item } from './store';

const DAY = 86_400_000;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MAX_OCCURRENCES = 1000;

interface Recurrence {
  pattern: { type: string; interval?: number; daysOfWeek?: string[]; dayOfMonth?: number };
  range: { type: string; startDate: string; endDate?: string; numberOfOccurrences?: number };
}

export const at = (v: unknown) => Date.parse(`${(v as { dateTime: string }).dateTime.slice(0, 23)}Z`);
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');

export function occurrenceIdParts(id: string): { masterId: string; day: string } | undefined {
  const m = /^(AAMkAGE\d{8})_(\d{8})$/.exec(id);
  return m ? { masterId: m[1]!, day: m[2]! } : undefined;
}

export function checkRecurrence(value: unknown): void {
  const r = value as Recurrence | undefined;
  if (value === undefined || value === null) return;
  if (!r?.pattern || !r.range || !['daily', 'weekly', 'absoluteMonthly'].includes(r.pattern.type) || !['endDate', 'numbered', 'noEnd'].includes(r.range.type)
    || !/^\d{4}-\d{2}-\d{2}$/.test(r.range.startDate ?? '')) {
    throw badRequest('The stand-in supports daily, weekly and absoluteMonthly patterns with endDate, numbered or noEnd ranges.', 'ErrorInvalidRecurrence');
  }
}

/** Start instants (UTC ms) of a master's occurrences, in series order, up to `until`. */
function starts(master: Item, until: number): number[] {
  const r = master.recurrence as Recurrence;
  const first = at(master.start);
  const timeOfDay = first - Math.floor(first / DAY) * DAY;
  const begin = Date.parse(`${r.range.startDate}T00:00:00Z`);
  const end = r.range.type === 'endDate' && r.range.endDate ? Date.parse(`${r.range.endDate}T00:00:00Z`) + DAY : Infinity;
  const limit = r.range.type === 'numbered' ? (r.range.numberOfOccurrences ?? 1) : MAX_OCCURRENCES;
  const interval = Math.max(1, r.pattern.interval ?? 1);
  const out: number[] = [];
  const days = (r.pattern.daysOfWeek ?? []).map((d) => DAYS.indexOf(d.toLowerCase()));
  for (let day = begin; day < end && out.length < limit && day <= until; day += DAY) {
    const d = new Date(day);
    const sinceStart = Math.round((day - begin) / DAY);
    const hit = r.pattern.type === 'daily' ? sinceStart % interval === 0
      : r.pattern.type === 'weekly' ? days.includes(d.getUTCDay()) && Math.floor((sinceStart + new Date(begin).getUTCDay()) / 7) % interval === 0
        : d.getUTCDate() === (r.pattern.dayOfMonth ?? new Date(first).getUTCDate())
          && ((d.getUTCFullYear() - new Date(begin).getUTCFullYear()) * 12 + d.getUTCMonth() - new Date(begin).getUTCMonth()) % interval === 0;
    if (hit) out.push(day + timeOfDay);
  }
  return out;
}

/** The master's occurrences overlapping [from, to), exceptions in place of changed ones, cancelled ones left out. */
export function expand(master: Item, exceptions: Item[], from: number, to: number, utcValue: (ms: number) => unknown): Item[] {
  const length = at(master.end) - at(master.start);
  const byDay = new Map(exceptions.map((e) => [String(e.occurrenceId).split('_')[1], e]));
  const { recurrence: _r, id: masterId, ...fields } = master;
  const out: Item[] = [];
  for (const start of starts(master, to)) {
    const id = `${masterId}_${ymd(start)}`;
    const exception = byDay.get(ymd(start));
    if (exception) {
      if (exception.isCancelled !== true && at(exception.start) < to && at(exception.end) > from) out.push({ ...exception, id });
      continue;
    }
    if (start < to && start + length > from) {
      out.push({ ...fields, id, type: 'occurrence', seriesMasterId: masterId, start: utcValue(start), end: utcValue(start + length), originalStart: new Date(start).toISOString() } as Item);
    }
  }
  return out;
}
