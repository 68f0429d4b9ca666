/**
 * Saving one record that has no externalID (an appointment, a to-do) without making a second one
 * on retry. The port knows how to find "the record just made": after an ambiguous failure (the
 * request may have reached Autotask) it is asked for matching records created since the attempt
 * started; one found is the record. When that lookup fails too, UncertainSaveError: the form
 * keeps the attempt's start time, and the next Save looks first before creating.
 */
import { isAmbiguous, UncertainSaveError } from './ticket-save';

export interface RecordPort {
  create(): Promise<number>;
  /** Ids of records like this one created at or after `since` (ISO, UTC). */
  findSince(since: string): Promise<number[]>;
}

export interface RecordSaveOptions {
  /** From the previous UncertainSaveError: when that attempt started. */
  uncertainSince?: string | null;
  now?: () => Date;
}

export interface RecordSaved {
  id: number;
  /** The answer was lost but the record was found. */
  recovered: boolean;
}

/** The record may exist but could not be checked; `since` is what the next attempt looks from. */
export class RecordUncertainError extends UncertainSaveError {
  constructor(readonly since: string, options: { cause: unknown }) {
    super([], options);
  }
}

/** Clock skew allowance between this computer and Autotask when asking "created since". */
const SKEW_MS = 120_000;

export async function saveRecordOnce(port: RecordPort, options: RecordSaveOptions = {}): Promise<RecordSaved> {
  if (options.uncertainSince) {
    const earlier = await port.findSince(options.uncertainSince);
    if (earlier.length) return { id: earlier[0]!, recovered: true };
  }
  const since = options.uncertainSince ?? new Date((options.now ?? (() => new Date()))().getTime() - SKEW_MS).toISOString();
  try {
    return { id: await port.create(), recovered: false };
  } catch (error) {
    if (!isAmbiguous(error)) throw error;
    let found: number[];
    try {
      found = await port.findSince(since);
    } catch {
      throw new RecordUncertainError(since, { cause: error });
    }
    if (found.length) return { id: found[0]!, recovered: true };
    throw error;
  }
}
