/**
 * Route "get-calendar": Get Calendar Items. Says what will happen (types, dates), runs the sync
 * with progress and Cancel, and asks before overwriting events changed in Outlook.
 * @jsxRuntime automatic
 */
import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { t, type StringKey } from '../../strings';
import type { Conflict } from '../../sync/calendar-run';
import { calendarGetLock } from '../../sync/run-lock';
import { SyncRunPanel, useSyncStyles } from './sync/SyncRunPanel';
import { dateText, loadSyncEngine, useSyncView } from './sync/use-sync-view';

interface Question { conflicts: readonly Conflict[]; answer(keys: ReadonlySet<string>): void }

function ConflictQuestion({ question }: { question: Question }) {
  const styles = useSyncStyles();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string, on: boolean) => setChosen((s) => {
    const next = new Set(s);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  });
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="sync-conflicts">
      <MessageBarBody>
        <MessageBarTitle>{t('sync.conflicts.title')}</MessageBarTitle>
        <Text as="p" className={styles.plain}>{t('sync.conflicts.body')}</Text>
        {question.conflicts.map((c) => (
          <Checkbox key={c.key} label={c.removed ? t('sync.conflicts.removed', { label: c.label }) : c.label} checked={chosen.has(c.key)} onChange={(_, d) => toggle(c.key, d.checked === true)} />
        ))}
        <div className={styles.row}>
          <Button onClick={() => question.answer(chosen)}>{t('sync.conflicts.apply')}</Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

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
        {question ? <ConflictQuestion question={question} /> : null}
      </SyncRunPanel>
    </div>
  );
}
