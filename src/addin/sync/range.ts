/**
 * The sync range: from local midnight `daysBack` days ago to the local midnight after the day
 * `daysAhead` days ahead, in the user's time zone (Outlook's, or the browser's). Days are counted
 * on the wall clock, so a range across a daylight-saving change has a 23- or 25-hour day in it.
 */
import type { SyncRange } from './types';

const DAY = 86_400_000;

function wallParts(instant: number, timeZone: string): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute'), s: get('second') };
}

/** Offset of the zone's wall clock from UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const p = wallParts(instant, timeZone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s) - Math.floor(instant / 1000) * 1000;
}

/** The instant of a wall-clock time in a zone (a time skipped by a DST change moves forward). */
export function zonedInstant(y: number, month: number, d: number, timeZone: string, h = 0): number {
  const wall = Date.UTC(y, month - 1, d, h);
  let guess = wall - offsetAt(wall, timeZone);
  guess = wall - offsetAt(guess, timeZone);
  return guess;
}

export function syncRange(now: number, daysBack: number, daysAhead: number, timeZone: string): SyncRange {
  const today = wallParts(now, timeZone);
  return {
    start: zonedInstant(today.y, today.m, today.d - daysBack, timeZone),
    end: zonedInstant(today.y, today.m, today.d + daysAhead + 1, timeZone),
  };
}

/** The user's zone as the browser knows it (Outlook on the web follows the mailbox's). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export const overlaps = (r: SyncRange, start: number, end: number) => start < r.end && Math.max(end, start + 1) > r.start;
export const rangeDays = (r: SyncRange) => Math.round((r.end - r.start) / DAY);
