/**
 * Route "send-calendar": Send Calendar Items. Lists the events in the sync range (those in the
 * "Autotask" category or from Autotask ticked), sends the chosen ones with progress and Cancel.
 * @jsxRuntime automatic
 */
import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { Suspense, useEffect, useState } from 'react';
import { t } from '../../strings';
import type { OutlookEvent } from '../../sync/types';
import { SyncRunPanel, useSyncStyles } from './sync/SyncRunPanel';
import { dateText, dateTimeText, LazyCandidateList, loadSyncEngine, useSyncView } from './sync/use-sync-view';

const detailOf = (e: OutlookEvent) => [
  dateTimeText(e.start),
  e.isPrivate ? t('sync.sendCalendar.private') : '',
  e.kind !== 'single' ? t('sync.sendCalendar.recurring') : '',
  e.marker?.origin === 'get' ? t('sync.sendCalendar.fromAutotask') : '',
].filter(Boolean).join(' · ');

export default function SendCalendarView() {
  const styles = useSyncStyles();
  const { loaded, ports, blocked, resourceId, range } = useSyncView('send-calendar', 'calendar', true);
  const [events, setEvents] = useState<OutlookEvent[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const canLoad = loaded && !blocked && !!ports;
  const { start, end } = range;
  useEffect(() => {
    if (!canLoad || !ports) return;
    const abort = new AbortController();
    loadSyncEngine().then(async (engine) => {
      const list = await engine.sendCandidates(ports, { start, end }, abort.signal);
      if (abort.signal.aborted) return;
      setEvents(list);
      setChosen(new Set(list.filter((e) => e.categories.includes(engine.AUTOTASK_CATEGORY) || e.marker).map((e) => e.id)));
    }).catch((e: unknown) => { if (!abort.signal.aborted) setError(e instanceof Error ? e.message : String(e)); });
    return () => abort.abort();
  }, [canLoad, ports, start, end, version]);
  if (!loaded) return <Spinner size="small" label={t('sync.loading')} />;
  return (
    <div className={styles.root}>
      <Text as="p" className={styles.plain} data-testid="sync-what">{t('sync.sendCalendar.what')}</Text>
      {canLoad && !events && !error ? <Spinner size="small" label={t('sync.loading')} /> : null}
      {error ? <MessageBar intent="error" layout="multiline"><MessageBarBody>{t('sync.failed', { reason: error })}</MessageBarBody></MessageBar> : null}
      {events && !blocked ? (
        <Suspense fallback={<Spinner size="small" label={t('sync.loading')} />}><LazyCandidateList
          label={t('sync.sendCalendar.list', { from: dateText(range.start), to: dateText(range.end - 1) })}
          empty={t('sync.sendCalendar.none')}
          items={events.map((e) => ({ id: e.id, label: e.subject || t('sync.sendCalendar.private'), detail: detailOf(e) }))}
          chosen={chosen}
          onChange={setChosen}
        /></Suspense>
      ) : null}
      <SyncRunPanel
        blocked={blocked}
        disabled={!ports || !events || chosen.size === 0}
        run={async (o) => {
          const summary = await (await loadSyncEngine()).runSendCalendar(ports!, { events: (events ?? []).filter((e) => chosen.has(e.id)), range, resourceId }, o);
          setVersion((v) => v + 1);
          return summary;
        }}
      />
    </div>
  );
}
