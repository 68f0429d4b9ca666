/**
 * The time-entry timer on the form: Start, Pause/Resume, Stop (fills date, start, end and hours)
 * and Discard. The state lives in localStorage per route (./timer.ts), so it keeps counting
 * while the pane is closed and after a reload; another pane of the same route follows it through
 * the storage event. The elapsed time ticks visibly each second but is not announced (role
 * "timer" is not live); a polite status line says only what changed (started, paused, stopped).
 * @jsxRuntime automatic
 */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { t } from '../strings';
import {
  elapsedMs, formatElapsed, IDLE, isIdle, isPaused, isRunning, loadTimer, pauseTimer, saveTimer, startTimer, stopTimer, timerKey, timerStorage,
  type StoppedTimer, type TimerState, type TimerStorage,
} from './timer';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  clock: { fontVariantNumeric: 'tabular-nums', minWidth: '5.5em' },
});

export interface TimerControlProps {
  /** The route the timer belongs to (one timer per route). */
  route: string;
  onStop(run: StoppedTimer): void;
  /** Injected in tests. */
  now?: () => number;
  storage?: TimerStorage | null;
}

export function useTimer(route: string, now: () => number, storage: TimerStorage | null) {
  const [state, setState] = useState<TimerState>(() => loadTimer(storage, route));
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!isRunning(state)) return undefined;
    const id = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [state]);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === timerKey(route)) setState(loadTimer(storage, route));
    };
    globalThis.addEventListener?.('storage', onStorage);
    return () => globalThis.removeEventListener?.('storage', onStorage);
  }, [route, storage]);
  const set = useCallback((next: TimerState) => {
    saveTimer(storage, route, next);
    setState(next);
  }, [storage, route]);
  return { state, elapsed: elapsedMs(state, now()), set };
}

const realNow = () => Date.now();

export function TimerControl({ route, onStop, now = realNow, storage = timerStorage() }: TimerControlProps) {
  const styles = useStyles();
  const { state, elapsed, set } = useTimer(route, now, storage);
  const [said, setSaid] = useState('');
  const label = isRunning(state) ? t('time.timer.running') : isPaused(state) ? t('time.timer.paused') : t('time.timer.idle');

  return (
    <div className={styles.root} role="group" aria-label={t('time.timer.label')}>
      <Text role="timer" aria-live="off" className={styles.clock} size={500} weight="semibold" data-testid="timer-elapsed">
        {formatElapsed(elapsed)}
      </Text>
      <Text size={200}>{label}</Text>
      {isIdle(state) ? (
        <Button onClick={() => { set(startTimer(state, now())); setSaid(t('time.timer.said.started')); }}>{t('time.timer.start')}</Button>
      ) : null}
      {isRunning(state) ? (
        <Button onClick={() => { set(pauseTimer(state, now())); setSaid(t('time.timer.said.paused', { elapsed: formatElapsed(elapsedMs(state, now())) })); }}>
          {t('time.timer.pause')}
        </Button>
      ) : null}
      {isPaused(state) ? (
        <Button onClick={() => { set(startTimer(state, now())); setSaid(t('time.timer.said.resumed')); }}>{t('time.timer.resume')}</Button>
      ) : null}
      {!isIdle(state) ? (
        <>
          <Button
            appearance="primary"
            onClick={() => {
              const run = stopTimer(state, now());
              set(IDLE);
              if (run) {
                onStop(run);
                setSaid(t('time.timer.said.stopped', { elapsed: formatElapsed(run.workedMs) }));
              }
            }}
          >
            {t('time.timer.stop')}
          </Button>
          <Button appearance="subtle" onClick={() => { set(IDLE); setSaid(t('time.timer.said.discarded')); }}>{t('time.timer.discard')}</Button>
        </>
      ) : null}
      <span aria-live="polite" role="status" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{said}</span>
    </div>
  );
}
