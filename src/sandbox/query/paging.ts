/**
 * Keyset paging by id (reference §5). The cursor has the shape a live Autotask capture shows,
 * `{"pageSize":500,"previousIds":[-1],"nextIds":[725]}`: the next page starts at the first
 * matching id ≥ `nextIds[0]`; `previousIds` is the stack of earlier page starts. Clients must
 * treat it as opaque.
 */
import { apiError, messages } from '../http/api-errors';
import type { Row } from '../model/types';

export interface Cursor {
  pageSize: number;
  previousIds: number[];
  nextIds: number[];
}

export const FIRST_PAGE_START = -1;

export function encodeCursor(c: Cursor): string {
  return JSON.stringify(c);
}

export function decodeCursor(raw: string | undefined): Cursor {
  try {
    const c = JSON.parse(raw ?? '') as Partial<Cursor>;
    const ok = (a: unknown): a is number[] => Array.isArray(a) && a.every((n) => Number.isInteger(n));
    if (Number.isInteger(c.pageSize) && c.pageSize! >= 1 && c.pageSize! <= 500 && ok(c.previousIds) && ok(c.nextIds) && c.nextIds.length === 1) {
      return { pageSize: c.pageSize!, previousIds: c.previousIds, nextIds: c.nextIds };
    }
  } catch {
    // fall through
  }
  throw apiError(messages.badPaging);
}

export interface Page {
  rows: Row[];
  next: Cursor | null;
  prev: Cursor | null;
}

/** Cut one page out of id-ordered matching rows. */
export function cutPage(sorted: readonly Row[], pageSize: number, start: number, previousIds: number[]): Page {
  const from = sorted.findIndex((r) => r.id >= start);
  const rows = from < 0 ? [] : sorted.slice(from, from + pageSize);
  const after = from < 0 ? undefined : sorted[from + pageSize];
  const next = after ? { pageSize, previousIds: [...previousIds, start], nextIds: [after.id] } : null;
  const prev = previousIds.length > 0
    ? { pageSize, previousIds: previousIds.slice(0, -1), nextIds: [previousIds[previousIds.length - 1]!] }
    : null;
  return { rows, next, prev };
}
