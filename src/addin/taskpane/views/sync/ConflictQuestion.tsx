/**
 * Get Calendar Items' question while running: which events changed in Outlook to overwrite. Its
 * own chunk, loaded only when a run finds such events.
 * @jsxRuntime automatic
 */
import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { t } from '../../../strings';
import type { Conflict } from '../../../sync/calendar-run';
import { useSyncStyles } from './SyncRunPanel';

export interface Question { conflicts: readonly Conflict[]; answer(keys: ReadonlySet<string>): void }

export default function ConflictQuestion({ question }: { question: Question }) {
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
