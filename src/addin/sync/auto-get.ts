/**
 * When the automatic Get Calendar Items runs: once when the pane opens (if chosen), then every
 * interval while the pane stays open (pinned panes live across items). Only while `setReady(true)`
 * (integration on, signed in, online): a run that falls due while not ready runs as soon as it is
 * ready again. Never two at once: it takes the pane's lock, and a tick that finds a manual run
 * holding it counts that run and waits for the next interval. After a failure it backs off
 * (5, 10, 20… minutes, at most an hour, never sooner than the interval); with no interval it gives
 * up after MAX_RETRIES_WITHOUT_INTERVAL failures.
 */
import type { RunLock } from './run-lock';
import type { SyncSummary } from './types';

export const MINUTE = 60_000;
export const BACKOFF_BASE_MS = 5 * MINUTE;
export const BACKOFF_MAX_MS = 60 * MINUTE;
export const MAX_RETRIES_WITHOUT_INTERVAL = 3;

export interface AutoGetPlan {
  getOnOpen: boolean;
  /** 0: no repeat. */
  intervalMinutes: number;
}

export type AutoGetStatus =
  | { kind: 'waiting'; next: number | null }
  | { kind: 'running' }
  | { kind: 'done'; at: number; summary: SyncSummary; next: number | null }
  | { kind: 'failed'; at: number; reason: string; next: number | null };

export interface AutoGetOptions {
  plan: AutoGetPlan;
  lock: RunLock;
  run(signal: AbortSignal): Promise<SyncSummary>;
  onStatus(status: AutoGetStatus): void;
  now?(): number;
}

export interface AutoGetScheduler {
  setReady(ready: boolean): void;
  dispose(): void;
}

export function backoffDelay(failures: number, intervalMs: number): number {
  return Math.max(intervalMs, Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1), BACKOFF_MAX_MS));
}

export function createAutoGetScheduler(o: AutoGetOptions): AutoGetScheduler {
  const now = o.now ?? Date.now;
  const interval = Math.max(0, o.plan.intervalMinutes) * MINUTE;
  const opened = now();
  let due: number | null = o.plan.getOnOpen ? opened : interval ? opened + interval : null;
  let ready = false;
  let running = false;
  let disposed = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const abort = new AbortController();

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const afterInterval = () => (interval ? now() + interval : null);
  const arm = () => {
    clear();
    if (disposed || !ready || running || due === null) return;
    timer = setTimeout(fire, Math.max(0, due - now()));
  };

  function fire() {
    timer = null;
    if (disposed || !ready) return;
    const release = o.lock.tryAcquire();
    if (!release) {
      // A manual Get is running: it does this tick's work.
      due = afterInterval();
      o.onStatus({ kind: 'waiting', next: due });
      arm();
      return;
    }
    running = true;
    o.onStatus({ kind: 'running' });
    o.run(abort.signal).then(
      (summary) => {
        failures = 0;
        due = afterInterval();
        if (!disposed) o.onStatus({ kind: 'done', at: now(), summary, next: due });
      },
      (e: unknown) => {
        failures += 1;
        due = interval || failures <= MAX_RETRIES_WITHOUT_INTERVAL ? now() + backoffDelay(failures, interval) : null;
        if (!disposed) o.onStatus({ kind: 'failed', at: now(), reason: e instanceof Error ? e.message : String(e), next: due });
      },
    ).finally(() => {
      release();
      running = false;
      arm();
    });
  }

  return {
    setReady(value) {
      ready = value;
      if (ready) arm();
      else clear();
    },
    dispose() {
      disposed = true;
      clear();
      abort.abort();
    },
  };
}
