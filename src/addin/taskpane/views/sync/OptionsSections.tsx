/**
 * The Calendar tab of Options and the form both tabs share: one value (kept as a draft by
 * OptionsView), validated before saving. The Contacts tab (ContactsOptions.tsx) is its own chunk.
 * @jsxRuntime automatic
 */
import { Checkbox, Dropdown, Field, Input, makeStyles, Option, Switch, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { CALENDAR_TYPES, INTERVALS, type CalendarType, type SyncSettings } from '../../../office/sync-settings';
import { t } from '../../../strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  fields: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  number: { maxWidth: '8rem' },
  plain: { margin: 0 },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

export interface OptionsForm {
  calEnabled: boolean;
  types: CalendarType[];
  daysBack: string;
  daysAhead: string;
  getOnOpen: boolean;
  intervalMinutes: number;
  conEnabled: boolean;
  scope: 'account-manager' | 'companies';
  companies: { id: number; name: string }[];
  folderName: string;
}
export type OptionsErrors = Partial<Record<'types' | 'daysBack' | 'daysAhead' | 'companies' | 'folderName', string>>;

export function formOf(s: SyncSettings): OptionsForm {
  return {
    calEnabled: s.calendar.enabled, types: [...s.calendar.types], daysBack: String(s.calendar.daysBack), daysAhead: String(s.calendar.daysAhead),
    getOnOpen: s.calendar.getOnOpen, intervalMinutes: s.calendar.intervalMinutes,
    conEnabled: s.contacts.enabled, scope: s.contacts.scope, companies: [...s.contacts.companies], folderName: s.contacts.folderName,
  };
}

const validDays = (v: string) => /^\d{1,3}$/.test(v.trim()) && Number(v) <= 365;

export function validateForm(f: OptionsForm): OptionsErrors {
  const e: OptionsErrors = {};
  if (!f.types.length) e.types = t('options.calendar.typesRequired');
  if (!validDays(f.daysBack)) e.daysBack = t('options.calendar.daysInvalid');
  if (!validDays(f.daysAhead)) e.daysAhead = t('options.calendar.daysInvalid');
  if (f.scope === 'companies' && !f.companies.length) e.companies = t('options.contacts.companiesRequired');
  if (!f.folderName.trim()) e.folderName = t('options.contacts.folderRequired');
  return e;
}

export interface SectionProps { form: OptionsForm; onChange(next: OptionsForm): void; errors: OptionsErrors }

export function CalendarOptions({ form, onChange, errors }: SectionProps) {
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
