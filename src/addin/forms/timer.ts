/**
 * The time-entry timer, pure, over an injected clock: start, pause, resume, stop. It is a record
 * of instants, not a running process, so it "keeps running" while the pane is closed and across
 * a reload: the state (first start, when the current run began, time banked by earlier runs) is
 * kept in localStorage per route (not roamingSettings: it changes too often and is per device).
 */

export interface TimerState {
  /** When the timer was first started (epoch ms); null when idle. */
  firstStart: number | null;
  /** When the current run began; null while paused or idle. */
  runningSince: number | null;
  /** Time worked in earlier runs (before the last pause), ms. */
  bankedMs: number;
  /** When the last pause began (the entry's end if the timer is stopped while paused). */
  pausedAt: number | null;
}

export interface StoppedTimer {
  /** The first start and the stop: the entry's start and end. */
  start: Date;
  end: Date;
  /** Time worked, pauses left out. */
  workedMs: number;
}

export const IDLE: TimerState = { firstStart: null, runningSince: null, bankedMs: 0, pausedAt: null };

export const isRunning = (s: TimerState) => s.runningSince !== null;
export const isPaused = (s: TimerState) => s.firstStart !== null && s.runningSince === null;
export const isIdle = (s: TimerState) => s.firstStart === null;

export function startTimer(s: TimerState, now: number): TimerState {
  if (isRunning(s)) return s;
  return { firstStart: s.firstStart ?? now, runningSince: now, bankedMs: s.bankedMs, pausedAt: null };
}

export function pauseTimer(s: TimerState, now: number): TimerState {
  if (!isRunning(s)) return s;
  return { ...s, runningSince: null, bankedMs: s.bankedMs + Math.max(0, now - s.runningSince!), pausedAt: now };
}

export function elapsedMs(s: TimerState, now: number): number {
  return s.bankedMs + (s.runningSince === null ? 0 : Math.max(0, now - s.runningSince));
}

/** Stops the timer: what it measured, and the idle state. Null when it was never started. */
export function stopTimer(s: TimerState, now: number): StoppedTimer | null {
  if (s.firstStart === null) return null;
  const workedMs = elapsedMs(s, now);
  const end = s.runningSince === null ? (s.pausedAt ?? s.firstStart + workedMs) : now;
  return { start: new Date(s.firstStart), end: new Date(Math.max(end, s.firstStart + workedMs)), workedMs };
}

/** "0:04:09", "12:00:00". */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
}

// ── storage ───────────────────────────────────────────────────────────────────────────────────

export type TimerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'autotask-outlook.timer:';
export const timerKey = (route: string) => PREFIX + route;

const isInstant = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export function loadTimer(storage: TimerStorage | null, route: string): TimerState {
  try {
    const raw = storage?.getItem(timerKey(route));
    if (!raw) return IDLE;
    const v = JSON.parse(raw) as Partial<TimerState>;
    const orNull = (x: unknown) => x === null || x === undefined || isInstant(x);
    if (!isInstant(v.firstStart) || !isInstant(v.bankedMs) || !orNull(v.runningSince) || !orNull(v.pausedAt)) return IDLE;
    return { firstStart: v.firstStart, runningSince: v.runningSince ?? null, bankedMs: v.bankedMs, pausedAt: v.pausedAt ?? null };
  } catch {
    return IDLE;
  }
}

export function saveTimer(storage: TimerStorage | null, route: string, s: TimerState): void {
  try {
    if (isIdle(s)) storage?.removeItem(timerKey(route));
    else storage?.setItem(timerKey(route), JSON.stringify(s));
  } catch {
    // Blocked or full storage: the timer still runs while the pane is open.
  }
}

export function timerStorage(): TimerStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
