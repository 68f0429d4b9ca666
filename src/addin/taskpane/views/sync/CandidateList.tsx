/**
 * A list of Outlook items to choose for a Send command: a "Select all" box and one checkbox per
 * item (label and a detail line). Keyboard and screen readers get plain checkboxes in a named
 * group (not a Fluent Field: it would name every checkbox after the list).
 * @jsxRuntime automatic
 */
import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { t } from '../../../strings';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', maxHeight: '22rem', overflowY: 'auto', rowGap: tokens.spacingVerticalXXS },
  detail: { color: tokens.colorNeutralForeground3, paddingLeft: '2rem', marginTop: '-0.4rem' },
});

export interface Candidate { id: string; label: string; detail: string }

export interface CandidateListProps {
  label: string;
  empty: string;
  items: readonly Candidate[];
  chosen: ReadonlySet<string>;
  onChange(next: ReadonlySet<string>): void;
  disabled?: boolean;
}

export function CandidateList({ label, empty, items, chosen, onChange, disabled }: CandidateListProps) {
  const styles = useStyles();
  const labelId = useId();
  if (!items.length) return <Text as="p">{empty}</Text>;
  const all = items.every((i) => chosen.has(i.id));
  const some = items.some((i) => chosen.has(i.id));
  const set = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <div>
      <Text as="p" weight="semibold" id={labelId}>{label}</Text>
      <div role="group" aria-labelledby={labelId} className={styles.list} data-testid="sync-candidates">
        <Checkbox
          label={t('sync.selectAll')}
          checked={all ? true : some ? 'mixed' : false}
          disabled={disabled}
          onChange={(_, d) => onChange(d.checked === true ? new Set(items.map((i) => i.id)) : new Set())}
        />
        {items.map((i) => (
          <div key={i.id}>
            <Checkbox label={i.label} checked={chosen.has(i.id)} disabled={disabled} onChange={(_, d) => set(i.id, d.checked === true)} />
            {i.detail ? <Text as="p" size={200} className={styles.detail}>{i.detail}</Text> : null}
          </div>
        ))}
      </div>
    </div>
  );
}
