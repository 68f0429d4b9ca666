/**
 * The Calendar tab of Options (enable, item types, days back and ahead, automatic Get): its own
 * chunk, so Options is interactive (on its Sign-in tab) before these inputs arrive.
 * @jsxRuntime automatic
 */
import { Checkbox, Dropdown, Field, Input, makeStyles, Option, Switch, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { CALENDAR_TYPES, INTERVALS } from '../../../office/sync-settings';
import { t } from '../../../strings';
import type { OptionsForm, SectionProps } from './OptionsSections';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  fields: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  number: { maxWidth: '8rem' },
  plain: { margin: 0 },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

export default function CalendarOptions({ form, onChange, errors }: SectionProps) {
  const styles = useStyles();
  const typesId = useId();
  const set = (p: Partial<OptionsForm>) => onChange({ ...form, ...p });
  const intervalText = (n: number) => (n ? t('options.calendar.interval.n', { minutes: n }) : t('options.calendar.interval.0'));
  return (
    <section className={styles.section} aria-label={t('options.tab.calendar')}>
      <Field hint={t('options.calendar.enableHint')}>
        <Switch label={t('options.calendar.enable')} checked={form.calEnabled} onChange={(_, d) => set({ calEnabled: d.checked })} />
      </Field>
      {/* Not a Field: a Field would name every checkbox after its own label. */}
      <div role="group" aria-labelledby={typesId} aria-describedby={errors.types ? `${typesId}-error` : undefined}>
        <Text as="p" weight="semibold" id={typesId} className={styles.plain}>{t('options.calendar.types')}</Text>
        {CALENDAR_TYPES.map((type) => (
          <Checkbox key={type} label={t(`options.calendar.type.${type}`)} checked={form.types.includes(type)}
            onChange={(_, d) => set({ types: d.checked === true ? [...form.types, type] : form.types.filter((x) => x !== type) })} />
        ))}
        {errors.types ? <Text as="p" role="alert" id={`${typesId}-error`} className={styles.error}>{errors.types}</Text> : null}
      </div>
      <div className={styles.fields}>
        <Field label={t('options.calendar.daysBack')} className={styles.number} validationMessage={errors.daysBack}>
          <Input type="number" min={0} max={365} inputMode="numeric" value={form.daysBack} onChange={(_, d) => set({ daysBack: d.value })} />
        </Field>
        <Field label={t('options.calendar.daysAhead')} className={styles.number} validationMessage={errors.daysAhead}>
          <Input type="number" min={0} max={365} inputMode="numeric" value={form.daysAhead} onChange={(_, d) => set({ daysAhead: d.value })} />
        </Field>
      </div>
      <Text as="p" size={200} className={styles.plain}>{t('options.calendar.rangeHint')}</Text>
      <Checkbox label={t('options.calendar.getOnOpen')} checked={form.getOnOpen} onChange={(_, d) => set({ getOnOpen: d.checked === true })} />
      <Field label={t('options.calendar.interval')}>
        <Dropdown value={intervalText(form.intervalMinutes)} selectedOptions={[String(form.intervalMinutes)]}
          onOptionSelect={(_, d) => set({ intervalMinutes: Number(d.optionValue ?? 0) })}>
          {INTERVALS.map((n) => <Option key={n} value={String(n)}>{intervalText(n)}</Option>)}
        </Dropdown>
      </Field>
    </section>
  );
}
