/**
 * Carrying out a plan: chunks of writes (80: four Graph $batch calls of 20, the 4 a mailbox allows
 * in flight; chunks of 20 kept one in flight, 2.6 × the floor in bench/contacts-sync.ts, 80 gave
 * 1.12 ×, see docs/graph.md), progress after each chunk, a stop
 * between chunks when the signal aborts, and a summary. One item's failure is a skipped line with
 * the service's own text; the run goes on. Retries on throttling live in the clients.
 */
import type { BatchResult } from './ports';
import type { SkipReason, SyncMarker, SyncProgress, SyncSummary } from './types';

export const CHUNK = 80;

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?(progress: SyncProgress): void;
}

export type Effect = 'created' | 'updated' | 'removed';

export interface Step<T> {
  items: readonly T[];
  effect: Effect;
  label(item: NoInfer<T>): string;
  apply(chunk: readonly NoInfer<T>[], signal?: AbortSignal): Promise<BatchResult[]>;
  /** Items per chunk (default CHUNK). */
  size?: number;
}

export class Tally {
  readonly summary: SyncSummary = { created: 0, updated: 0, removed: 0, unchanged: 0, skipped: [], cancelled: false };
  done = 0;
  constructor(readonly total: number, private readonly options: RunOptions) {}
  skip(label: string, reason: SkipReason, detail?: string): void {
    this.summary.skipped.push(detail ? { label, reason, detail } : { label, reason });
  }
  progress(n: number): void {
    this.done += n;
    this.options.onProgress?.({ done: Math.min(this.done, this.total), total: this.total });
  }
  /** The summary, marked cancelled when the signal aborted at any point. */
  finish(): SyncSummary {
    void this.stopped;
    return this.summary;
  }
  get stopped(): boolean {
    if (this.options.signal?.aborted) this.summary.cancelled = true;
    return this.summary.cancelled;
  }
}

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
export const isAbort = (e: unknown) => (e as { name?: string } | null)?.name === 'AbortError';

export async function runStep<T>(tally: Tally, step: Step<T>, signal?: AbortSignal): Promise<void> {
  const size = step.size ?? CHUNK;
  for (let i = 0; i < step.items.length; i += size) {
    if (tally.stopped) return;
    const chunk = step.items.slice(i, i + size);
    let results: BatchResult[];
    try {
      results = await step.apply(chunk, signal);
    } catch (e) {
      if (isAbort(e) || signal?.aborted) {
        tally.summary.cancelled = true;
        return;
      }
      results = chunk.map(() => ({ ok: false, error: errorText(e) }));
    }
    chunk.forEach((item, j) => {
      const r = results[j];
      if (r?.ok) tally.summary[step.effect] += 1;
      else tally.skip(step.label(item), 'failed', r?.error ?? 'no answer');
    });
    tally.progress(chunk.length);
  }
}

/** One Autotask write per item, a few at a time (the client's limiter keeps Autotask's 3 per endpoint). */
export function oneByOne<T>(write: (item: T, signal?: AbortSignal) => Promise<string | number | void>) {
  return async (chunk: readonly T[], signal?: AbortSignal): Promise<BatchResult[]> =>
    Promise.all(chunk.map(async (item): Promise<BatchResult> => {
      try {
        return { ok: true, id: String((await write(item, signal)) ?? '') };
      } catch (e) {
        if (isAbort(e)) throw e;
        return { ok: false, error: errorText(e) };
      }
    }));
}

export type Of<A, K> = Extract<A, { kind: K }>;
/** The actions of one kind of a plan. */
export const only = <A extends { kind: string }, K extends A['kind']>(list: readonly A[], kind: K) => list.filter((a): a is Of<A, K> => a.kind === kind);

export type MarkerWrite = { id: string; marker: SyncMarker };

/**
 * Autotask writes one by one, then one batch of Outlook markers for those that succeeded. A marker
 * that fails to land is not lost work: the next run finds the record by its content.
 */
export function writeThenMark<T>(
  write: (item: T, signal?: AbortSignal) => Promise<string | number | void>,
  markerOf: (item: T, id: string) => MarkerWrite | null,
  setMarkers: (list: readonly MarkerWrite[], signal?: AbortSignal) => Promise<unknown>,
) {
  return async (chunk: readonly T[], signal?: AbortSignal): Promise<BatchResult[]> => {
    const results = await oneByOne(write)(chunk, signal);
    const list = chunk.flatMap((item, i) => {
      const r = results[i];
      const m = r?.ok ? markerOf(item, r.id) : null;
      return m ? [m] : [];
    });
    if (list.length) await setMarkers(list, signal).catch(() => undefined);
    return results;
  };
}
