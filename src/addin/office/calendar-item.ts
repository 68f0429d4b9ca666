/**
 * When and where of the selected calendar item: an appointment (read: Date and string; compose:
 * Time and Location objects with getAsync) or a meeting invitation in the inbox (Office.MeetingRequest:
 * Date and string). Null when the item is no calendar item (or nothing is selected).
 */
import { callAsync, findItem } from './office-global';

export interface ItemSchedule {
  start: Date;
  end: Date;
  location: string;
}

type Loose = Record<string, unknown>;

async function read(operation: string, value: unknown): Promise<unknown> {
  if (value && typeof value === 'object' && typeof (value as Loose).getAsync === 'function') {
    const getter = value as { getAsync: (cb: (r: Office.AsyncResult<unknown>) => void) => void };
    return callAsync<unknown>(operation, (cb) => getter.getAsync(cb));
  }
  return value;
}

function asDate(value: unknown): Date | null {
  const d = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
}

export async function getItemSchedule(): Promise<ItemSchedule | null> {
  const operation = 'mailbox.item';
  const item = findItem(operation) as unknown as Loose | null;
  if (!item || item.start === undefined || item.end === undefined) return null;
  const [start, end, location] = await Promise.all([
    read(`${operation}.start`, item.start),
    read(`${operation}.end`, item.end),
    read(`${operation}.location`, item.location).catch(() => ''),
  ]);
  const s = asDate(start);
  const e = asDate(end);
  if (!s || !e) return null;
  return { start: s, end: e, location: typeof location === 'string' ? location : '' };
}
