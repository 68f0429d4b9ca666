/** @jest-environment jsdom */
/**
 * The time-entry timer with a fake clock: start, pause, resume, stop; kept in storage per route so
 * a closed or reloaded pane finds it still running; the control's buttons and what it announces.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { TimerControl } from '../../../src/addin/forms/TimerControl';
import {
  elapsedMs, formatElapsed, IDLE, isPaused, isRunning, loadTimer, pauseTimer, saveTimer, startTimer, stopTimer, timerKey, type TimerStorage,
} from '../../../src/addin/forms/timer';

const T0 = Date.parse('2026-11-30T14:00:00Z');
const MIN = 60_000;

function memoryStorage(): TimerStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('timer logic', () => {
  it('counts only running time; stop gives the first start, the end and the time worked', () => {
    let s = startTimer(IDLE, T0);
    expect(isRunning(s)).toBe(true);
    expect(elapsedMs(s, T0 + 10 * MIN)).toBe(10 * MIN);
    s = pauseTimer(s, T0 + 10 * MIN);
    expect(isPaused(s)).toBe(true);
    expect(elapsedMs(s, T0 + 60 * MIN)).toBe(10 * MIN);
    s = startTimer(s, T0 + 30 * MIN);
    expect(elapsedMs(s, T0 + 45 * MIN)).toBe(25 * MIN);
    expect(stopTimer(s, T0 + 45 * MIN)).toEqual({ start: new Date(T0), end: new Date(T0 + 45 * MIN), workedMs: 25 * MIN });
  });

  it('stopped while paused, the entry ends when the pause began', () => {
    const s = pauseTimer(startTimer(IDLE, T0), T0 + 20 * MIN);
    expect(stopTimer(s, T0 + 90 * MIN)).toEqual({ start: new Date(T0), end: new Date(T0 + 20 * MIN), workedMs: 20 * MIN });
    expect(stopTimer(IDLE, T0)).toBeNull();
  });

  it('start and pause are idempotent; a clock going back never counts negative time', () => {
    const s = startTimer(IDLE, T0);
    expect(startTimer(s, T0 + MIN)).toBe(s);
    expect(pauseTimer(IDLE, T0)).toBe(IDLE);
    expect(elapsedMs(s, T0 - MIN)).toBe(0);
  });

  it('survives a reload: stored per route, unreadable or foreign values are ignored', () => {
    const storage = memoryStorage();
    const s = startTimer(IDLE, T0);
    saveTimer(storage, 'add-ticket-time', s);
    expect(loadTimer(storage, 'add-ticket-time')).toEqual(s);
    expect(loadTimer(storage, 'add-project-time')).toEqual(IDLE);
    storage.setItem(timerKey('add-project-time'), '{"firstStart":"yesterday","bankedMs":0}');
    expect(loadTimer(storage, 'add-project-time')).toEqual(IDLE);
    storage.setItem(timerKey('add-project-time'), 'not json');
    expect(loadTimer(storage, 'add-project-time')).toEqual(IDLE);
    saveTimer(storage, 'add-ticket-time', IDLE);
    expect(storage.data.has(timerKey('add-ticket-time'))).toBe(false);
  });

  it('formats elapsed time as h:mm:ss', () => {
    expect(formatElapsed(0)).toBe('0:00:00');
    expect(formatElapsed(4 * MIN + 9_999)).toBe('0:04:09');
    expect(formatElapsed(12 * 60 * MIN)).toBe('12:00:00');
  });
});

describe('the timer control', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('ticks while running, survives a remount (a reloaded pane), and fills the form when stopped', () => {
    const storage = memoryStorage();
    let now = T0;
    const onStop = jest.fn();
    const first = render(<TimerControl route="add-ticket-time" onStop={onStop} now={() => now} storage={storage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    expect(screen.getByRole('status').textContent).toBe('Timer started.');
    now += 65_000;
    act(() => void jest.advanceTimersByTime(1_000));
    expect(screen.getByRole('timer').textContent).toBe('0:01:05');
    // The elapsed time is not a live region: it ticks silently.
    expect(screen.getByRole('timer').getAttribute('aria-live')).toBe('off');
    first.unmount();

    now += 10 * MIN;
    render(<TimerControl route="add-ticket-time" onStop={onStop} now={() => now} storage={storage} />);
    expect(screen.getByRole('timer').textContent).toBe('0:11:05');
    expect(screen.getByText('Timer running')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Pause timer' }));
    expect(screen.getByRole('status').textContent).toBe('Timer paused at 0:11:05.');
    fireEvent.click(screen.getByRole('button', { name: 'Resume timer' }));
    now += MIN;
    fireEvent.click(screen.getByRole('button', { name: 'Stop timer and fill in the times' }));
    expect(onStop).toHaveBeenCalledWith({ start: new Date(T0), end: new Date(now), workedMs: 12 * MIN + 5_000 });
    expect(screen.getByRole('button', { name: 'Start timer' })).toBeInTheDocument();
    expect(storage.data.size).toBe(0);
  });

  it('Discard forgets the run without filling anything', () => {
    const storage = memoryStorage();
    saveTimer(storage, 'add-project-time', startTimer(IDLE, T0));
    const onStop = jest.fn();
    render(<TimerControl route="add-project-time" onStop={onStop} now={() => T0 + MIN} storage={storage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Discard timer' }));
    expect(onStop).not.toHaveBeenCalled();
    expect(screen.getByRole('timer').textContent).toBe('0:00:00');
    expect(storage.data.size).toBe(0);
  });
});
