/**
 * The common part of the four sync views: Run, a progress bar with counts, Cancel (stops between
 * batches), and the summary (created, updated, removed, unchanged, skipped with reasons). Disabled
 * with the reason while blocked. The run goes through `auth.run`, so an ended session asks for
 * sign-in and carries on.
 * @jsxRuntime automatic
 */
import {
  Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, tokens,
} from '@fluentui/react-components';
import { useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useAuth } from '../../../auth/use-auth';
import type { RunLock } from '../../../sync/run-lock';
import type { RunOptions } from '../../../sync/runner';
import type { SyncProgress, SyncSummary } from '../../../sync/types';
import { t, type StringKey } from '../../../strings';

export const useSyncStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  plain: { margin: 0 },
});

type Phase = { kind: 'idle' } | { kind: 'running'; progress: SyncProgress | null; cancelling: boolean } | { kind: 'done'; summary: SyncSummary } | { kind: 'failed'; reason: string };

export interface SyncRunPanelProps {
  blocked: string | null;
  /** Extra reason to keep Run disabled (nothing chosen…), without a message. */
  disabled?: boolean;
  run(options: RunOptions): Promise<SyncSummary>;
  /** Shown while running, e.g. the conflict question. */
  children?: ReactNode;
  runLabel?: string;
  /** Shared with another runner (the automatic Get Calendar): Run waits, with the reason, while it holds the lock. */
  lock?: RunLock;
}

export function SummaryView({ summary }: { summary: SyncSummary }) {
  const styles = useSyncStyles();
  return (
    <MessageBar intent={summary.skipped.length ? 'warning' : 'success'} layout="multiline" data-testid="sync-summary">
      <MessageBarBody>
        <MessageBarTitle>{t(summary.cancelled ? 'sync.summary.cancelled' : 'sync.summary.title')}</MessageBarTitle>
        <Text as="p" className={styles.plain}>{t('sync.summary.counts', { created: summary.created, updated: summary.updated, removed: summary.removed, unchanged: summary.unchanged })}</Text>
        {summary.skipped.length ? (
          <>
            <Text as="p" weight="semibold" className={styles.plain}>{t('sync.summary.skipped', { count: summary.skipped.length })}</Text>
            <ul className={styles.list}>
              {summary.skipped.map((s, i) => (
                <li key={`${s.label}-${i}`}>{s.label}: {t(`sync.skip.${s.reason}` as StringKey, { detail: s.detail ?? '' })}</li>
              ))}
            </ul>
          </>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

const NO_LOCK = { subscribe: () => () => undefined, busy: false };

export function SyncRunPanel({ blocked: blockedBy, disabled, run, children, runLabel, lock }: SyncRunPanelProps) {
  const styles = useSyncStyles();
  const { auth } = useAuth();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const running = phase.kind === 'running';
  const watched = lock ?? NO_LOCK;
  const lockBusy = useSyncExternalStore(watched.subscribe, () => watched.busy);
  const blocked = blockedBy ?? (lockBusy && !running ? t('sync.auto.busy') : null);

  const start = async () => {
    const release = lock ? lock.tryAcquire() : () => undefined;
    if (!release) return;
    const abort = new AbortController();
    controller.current = abort;
    setPhase({ kind: 'running', progress: null, cancelling: false });
    try {
      const summary = await auth.run(() => run({
        signal: abort.signal,
        onProgress: (progress) => setPhase((p) => (p.kind === 'running' ? { ...p, progress } : p)),
      }));
      setPhase({ kind: 'done', summary });
    } catch (e) {
      if (abort.signal.aborted) setPhase({ kind: 'done', summary: { created: 0, updated: 0, removed: 0, unchanged: 0, skipped: [], cancelled: true } });
      else setPhase({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    } finally {
      controller.current = null;
      release();
    }
  };
  const cancel = () => {
    controller.current?.abort();
    setPhase((p) => (p.kind === 'running' ? { ...p, cancelling: true } : p));
  };

  const progress = phase.kind === 'running' ? phase.progress : null;
  return (
    <div className={styles.root}>
      {blocked ? (
        <MessageBar intent="warning" layout="multiline" data-testid="sync-blocked">
          <MessageBarBody>{blocked}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" disabled={!!blocked || disabled || running} onClick={() => void start()}>{runLabel ?? t('sync.run')}</Button>
        {running ? <Button onClick={cancel} disabled={phase.cancelling}>{t('sync.cancel')}</Button> : null}
      </div>
      {running ? (
        <Field
          label={t('sync.progressLabel')}
          validationState="none"
          validationMessage={phase.cancelling ? t('sync.cancelling') : progress && progress.total ? t('sync.progress', { done: progress.done, total: progress.total }) : t('sync.reading')}
        >
          <ProgressBar value={progress && progress.total ? progress.done / progress.total : undefined} thickness="large" data-testid="sync-progress" />
        </Field>
      ) : null}
      {running ? children : null}
      {phase.kind === 'done' ? <SummaryView summary={phase.summary} /> : null}
      {phase.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('sync.failed', { reason: phase.reason })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
