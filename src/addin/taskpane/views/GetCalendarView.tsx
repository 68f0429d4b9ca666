/**
 * Route "get-calendar": Get Calendar Items. Says what will happen (types, dates), runs the sync
 * with progress and Cancel, and asks before overwriting events changed in Outlook.
 * @jsxRuntime automatic
 */
import { Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { t, type StringKey } from '../../strings';
import { calendarGetLock } from '../../sync/run-lock';
import type { Question } from './sync/ConflictQuestion';
import { SyncRunPanel, useSyncStyles } from './sync/SyncRunPanel';
import { dateText, loadSyncEngine, useSyncView } from './sync/use-sync-view';

const ConflictQuestion = lazy(() => import(/* webpackChunkName: "get-calendar-conflicts" */ './sync/ConflictQuestion'));

export default function GetCalendarView() {
  const styles = useSyncStyles();
  const { settings, loaded, whenPorts, blocked, resourceId, range } = useSyncView('get-calendar', 'calendar');
  const [question, setQuestion] = useState<Question | null>(null);
  if (!loaded) return <Spinner size="small" label={t('sync.loading')} />;
  const cal = settings.calendar;
  const types = cal.types.map((x) => t(`options.calendar.type.${x}` as StringKey).toLowerCase()).join(', ');
  return (
    <div className={styles.root}>
      <Text as="p" className={styles.plain} data-testid="sync-what">
        {t('sync.getCalendar.what', { types, from: dateText(range.start), to: dateText(range.end - 1) })}
      </Text>
      <SyncRunPanel
        blocked={blocked}
        lock={calendarGetLock}
        run={async (o) => (await loadSyncEngine()).runGetCalendar(await whenPorts(), { range, types: new Set(cal.types), resourceId }, {
          ...o,
          confirmConflicts: (conflicts) => new Promise((resolve) => {
            const done = (keys: ReadonlySet<string>) => { setQuestion(null); resolve(keys); };
            o.signal?.addEventListener('abort', () => done(new Set()), { once: true });
            setQuestion({ conflicts, answer: done });
          }),
        })}
      >
        {question ? <Suspense fallback={<Spinner size="small" label={t('sync.loading')} />}><ConflictQuestion question={question} /></Suspense> : null}
      </SyncRunPanel>
    </div>
  );
}
