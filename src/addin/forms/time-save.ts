/**
 * Saving a time entry without ever making a second one by accident (pure flow over a port; the
 * pane passes the REST client, tests an in-memory fake). Time entries have no externalID, so
 * after an ambiguous failure (the request may have reached Autotask) TimeEntries are queried for
 * the same resource, ticket or task and start time (hours only: the same day and hours) created
 * since the attempt began: found, it is the one just made; that query failing too gives
 * UncertainSaveError, and the next attempt looks the same way before creating anything.
 * Then, optionally, the ticket's status is changed; its failure never hides the saved time.
 */
import type { PicklistValue, TimeEntryCreate } from '../../autotask';
import { isAmbiguous, UncertainSaveError } from './ticket-save';

export interface TimeEntryPort {
  create(body: TimeEntryCreate): Promise<number>;
  /** Ids of entries like `body` (resource, ticket or task, start or day and hours) created at or after `since` (ISO). */
  findSame(body: TimeEntryCreate, since: string): Promise<number[]>;
  /** PATCH Tickets: the new status. */
  setTicketStatus(ticketId: number, status: PicklistValue): Promise<void>;
}

export interface TimeSaveOptions {
  /** From a previous UncertainSaveError: when that attempt began. */
  uncertainSince?: string | null;
  /** Ticket status to set once the time is saved. */
  status?: PicklistValue | null;
  now?: () => Date;
}

export interface TimeSaveResult {
  id: number;
  /** The answer was lost but the entry was found: no second one was made. */
  recovered: boolean;
  /** When this attempt began (kept for a retry after UncertainSaveError). */
  startedAt: string;
  /** The status change: not asked, done, or failed (the time is saved either way). */
  status: { kind: 'none' } | { kind: 'changed' } | { kind: 'failed'; error: unknown };
}

export class UncertainTimeSaveError extends UncertainSaveError {
  constructor(readonly startedAt: string, options: { cause: unknown }) {
    super([], options);
    this.message = 'Autotask may have saved the time entry, but it could not be checked.';
  }
}

async function createOnce(port: TimeEntryPort, body: TimeEntryCreate, options: TimeSaveOptions): Promise<{ id: number; recovered: boolean; startedAt: string }> {
  if (options.uncertainSince) {
    const found = await port.findSame(body, options.uncertainSince);
    if (found.length) return { id: found[0]!, recovered: true, startedAt: options.uncertainSince };
  }
  // A minute of slack for clock skew between this device and Autotask.
  const startedAt = options.uncertainSince ?? new Date((options.now ?? (() => new Date()))().getTime() - 60_000).toISOString();
  try {
    return { id: await port.create(body), recovered: false, startedAt };
  } catch (error) {
    if (!isAmbiguous(error)) throw error;
    let found: number[];
    try {
      found = await port.findSame(body, startedAt);
    } catch {
      throw new UncertainTimeSaveError(startedAt, { cause: error });
    }
    if (found.length) return { id: found[0]!, recovered: true, startedAt };
    throw error;
  }
}

export async function saveTimeEntry(port: TimeEntryPort, body: TimeEntryCreate, options: TimeSaveOptions = {}): Promise<TimeSaveResult> {
  const saved = await createOnce(port, body, options);
  const ticketId = typeof body.ticketID === 'number' ? body.ticketID : null;
  if (options.status === null || options.status === undefined || ticketId === null) return { ...saved, status: { kind: 'none' } };
  try {
    await port.setTicketStatus(ticketId, options.status);
    return { ...saved, status: { kind: 'changed' } };
  } catch (error) {
    return { ...saved, status: { kind: 'failed', error } };
  }
}
