/** The automatic Get Calendar's schedule, with fake timers: on open, at the interval, only while ready, one at a time, backing off. */
import { BACKOFF_BASE_MS, createAutoGetScheduler, MINUTE, type AutoGetPlan, type AutoGetStatus } from '../../../src/addin/sync/auto-get';
import { createRunLock } from '../../../src/addin/sync/run-lock';
import type { SyncSummary } from '../../../src/addin/sync/types';

const SUMMARY: SyncSummary = { created: 2, updated: 1, removed: 0, unchanged: 3, skipped: [], cancelled: false };

beforeEach(() => jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z') }));
afterEach(() => jest.useRealTimers());

function setup(plan: AutoGetPlan, run: jest.Mock<Promise<SyncSummary>, [AbortSignal]> = jest.fn(async (_signal: AbortSignal) => SUMMARY)) {
  const lock = createRunLock();
  const statuses: AutoGetStatus[] = [];
  const scheduler = createAutoGetScheduler({ plan, lock, run, onStatus: (s) => statuses.push(s) });
  return { lock, run, statuses, scheduler };
}

/** Lets timers fire and the run's promise settle. */
async function advance(ms: number) {
  await jest.advanceTimersByTimeAsync(ms);
}

describe('automatic Get Calendar: when it runs', () => {
  it('once when the pane opens, then every interval while the pane stays open', async () => {
    const { run, statuses, scheduler } = setup({ getOnOpen: true, intervalMinutes: 15 });
    scheduler.setReady(true);
    await advance(0);
    expect(run).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toEqual({ kind: 'done', at: Date.parse('2026-03-02T09:00:00Z'), summary: SUMMARY, next: Date.parse('2026-03-02T09:15:00Z') });
    await advance(15 * MINUTE - 1);
    expect(run).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(run).toHaveBeenCalledTimes(2);
    await advance(30 * MINUTE);
    expect(run).toHaveBeenCalledTimes(4);
    scheduler.dispose();
    await advance(60 * MINUTE);
    expect(run).toHaveBeenCalledTimes(4);
  });

  it('on open only: one run, no repeats; interval only: nothing until the first interval', async () => {
    const once = setup({ getOnOpen: true, intervalMinutes: 0 });
    once.scheduler.setReady(true);
    await advance(5 * 60 * MINUTE);
    expect(once.run).toHaveBeenCalledTimes(1);
    once.scheduler.dispose();

    const later = setup({ getOnOpen: false, intervalMinutes: 30 });
    later.scheduler.setReady(true);
    await advance(30 * MINUTE - 1);
    expect(later.run).not.toHaveBeenCalled();
    await advance(1);
    expect(later.run).toHaveBeenCalledTimes(1);
    later.scheduler.dispose();
  });

  it('no attempt while not ready (offline, signed out); a run that fell due goes as soon as it is ready again', async () => {
    const { run, scheduler } = setup({ getOnOpen: true, intervalMinutes: 15 });
    await advance(20 * MINUTE);
    expect(run).not.toHaveBeenCalled();
    scheduler.setReady(true);
    await advance(0);
    expect(run).toHaveBeenCalledTimes(1);
    scheduler.setReady(false);
    await advance(60 * MINUTE);
    expect(run).toHaveBeenCalledTimes(1);
    scheduler.setReady(true);
    await advance(0);
    expect(run).toHaveBeenCalledTimes(2);
    scheduler.dispose();
  });
});

describe('automatic Get Calendar: one at a time', () => {
  it('a run longer than the interval is not joined by a second one', async () => {
    let finish: (s: SyncSummary) => void = () => undefined;
    const run = jest.fn((_signal: AbortSignal) => new Promise<SyncSummary>((resolve) => { finish = resolve; }));
    const { lock, scheduler } = setup({ getOnOpen: true, intervalMinutes: 15 }, run);
    scheduler.setReady(true);
    await advance(0);
    expect(lock.busy).toBe(true);
    await advance(45 * MINUTE);
    expect(run).toHaveBeenCalledTimes(1);
    finish(SUMMARY);
    await advance(0);
    expect(lock.busy).toBe(false);
    await advance(15 * MINUTE);
    expect(run).toHaveBeenCalledTimes(2);
    scheduler.dispose();
  });

  it('a manual Get holding the lock does the tick\'s work: no run then, the next at the following interval', async () => {
    const { lock, run, statuses, scheduler } = setup({ getOnOpen: true, intervalMinutes: 15 });
    const release = lock.tryAcquire()!;
    scheduler.setReady(true);
    await advance(0);
    expect(run).not.toHaveBeenCalled();
    expect(statuses.at(-1)).toEqual({ kind: 'waiting', next: Date.parse('2026-03-02T09:15:00Z') });
    release();
    await advance(15 * MINUTE);
    expect(run).toHaveBeenCalledTimes(1);
    // And the manual Run cannot start while the automatic one holds the lock.
    let manual: (() => void) | null | undefined;
    run.mockImplementationOnce(() => {
      manual = lock.tryAcquire();
      return Promise.resolve(SUMMARY);
    });
    await advance(15 * MINUTE);
    expect(run).toHaveBeenCalledTimes(2);
    expect(manual).toBeNull();
    scheduler.dispose();
  });
});

describe('automatic Get Calendar: failures', () => {
  it('backs off after failures (never sooner than the interval), and returns to the interval after a success', async () => {
    const run = jest.fn<Promise<SyncSummary>, [AbortSignal]>().mockRejectedValue(new Error('Graph is unreachable.'));
    const { statuses, scheduler } = setup({ getOnOpen: true, intervalMinutes: 0 }, run);
    scheduler.setReady(true);
    await advance(0);
    expect(statuses.at(-1)).toMatchObject({ kind: 'failed', reason: 'Graph is unreachable.', next: Date.now() + BACKOFF_BASE_MS });
    await advance(BACKOFF_BASE_MS);
    expect(run).toHaveBeenCalledTimes(2);
    await advance(2 * BACKOFF_BASE_MS - 1);
    expect(run).toHaveBeenCalledTimes(2);
    await advance(1);
    expect(run).toHaveBeenCalledTimes(3);
    await advance(4 * BACKOFF_BASE_MS);
    expect(run).toHaveBeenCalledTimes(4);
    // No interval: it gives up after three retries, and says so (no next time).
    expect(statuses.at(-1)).toMatchObject({ kind: 'failed', next: null });
    await advance(24 * 60 * MINUTE);
    expect(run).toHaveBeenCalledTimes(4);
    scheduler.dispose();
  });

  it('with an interval: failures wait at least the interval, growing to an hour; a success resets it', async () => {
    const run = jest.fn<Promise<SyncSummary>, [AbortSignal]>().mockRejectedValue(new Error('down'));
    const { scheduler } = setup({ getOnOpen: true, intervalMinutes: 15 }, run);
    scheduler.setReady(true);
    await advance(0); // fails at 0
    await advance(15 * MINUTE); // interval (15) beats 5 min
    await advance(15 * MINUTE); // 10 min backoff < 15
    expect(run).toHaveBeenCalledTimes(3);
    await advance(20 * MINUTE - 1);
    expect(run).toHaveBeenCalledTimes(3);
    await advance(1);
    expect(run).toHaveBeenCalledTimes(4);
    await advance(40 * MINUTE);
    expect(run).toHaveBeenCalledTimes(5);
    await advance(60 * MINUTE); // capped at an hour
    expect(run).toHaveBeenCalledTimes(6);
    run.mockResolvedValue(SUMMARY);
    await advance(60 * MINUTE);
    expect(run).toHaveBeenCalledTimes(7);
    await advance(15 * MINUTE);
    expect(run).toHaveBeenCalledTimes(8);
    scheduler.dispose();
  });

  it('dispose (the pane closes) aborts a run in flight', async () => {
    const run = jest.fn((signal: AbortSignal) => new Promise<SyncSummary>((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))));
    const { lock, scheduler } = setup({ getOnOpen: true, intervalMinutes: 15 }, run);
    scheduler.setReady(true);
    await advance(0);
    scheduler.dispose();
    await advance(0);
    expect(run.mock.calls[0]![0].aborted).toBe(true);
    expect(lock.busy).toBe(false);
  });
});
