/**
 * The Contacts tab of Options: enable, scope (my companies as account manager, or chosen ones
 * through the one EntityPicker), target folder. Its own chunk: it needs the Autotask client.
 * @jsxRuntime automatic
 */
import { Button, Field, Input, makeStyles, Radio, RadioGroup, Switch, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useAutotaskClient } from '../../../forms/autotask-services';
import { EntityPicker } from '../../../forms/EntityPicker';
import { t } from '../../../strings';
import type { OptionsForm, SectionProps } from './OptionsSections';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  chips: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0, paddingLeft: 0, listStyleType: 'none' },
  chip: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export default function ContactsOptions({ form, onChange, errors }: SectionProps) {
  const styles = useStyles();
  const client = useAutotaskClient();
  const [pickerKey, setPickerKey] = useState(0);
  const set = (p: Partial<OptionsForm>) => onChange({ ...form, ...p });
  return (
    <section className={styles.section} aria-label={t('options.contacts.heading')}>
      <Field hint={t('options.contacts.enableHint')}>
        <Switch label={t('options.contacts.enable')} checked={form.conEnabled} onChange={(_, d) => set({ conEnabled: d.checked })} />
      </Field>
      <Field label={t('options.contacts.scope')}>
        <RadioGroup value={form.scope} onChange={(_, d) => set({ scope: d.value === 'companies' ? 'companies' : 'account-manager' })}>
          <Radio value="account-manager" label={t('options.contacts.scope.mine')} />
          <Radio value="companies" label={t('options.contacts.scope.companies')} />
        </RadioGroup>
      </Field>
      {form.scope === 'companies' ? (
        <>
          <EntityPicker
            key={pickerKey}
            kind="company"
            client={client}
            label={t('options.contacts.addCompany')}
            value={null}
            validationMessage={errors.companies}
            onChange={(v) => {
              if (v && !form.companies.some((c) => c.id === v.id)) set({ companies: [...form.companies, { id: v.id, name: v.name }] });
              setPickerKey((k) => k + 1);
            }}
          />
          <ul className={styles.chips} aria-label={t('options.contacts.scope.companies')}>
            {form.companies.map((c) => (
              <li key={c.id} className={styles.chip}>
                <Text>{c.name}</Text>
                <Button size="small" appearance="subtle" onClick={() => set({ companies: form.companies.filter((x) => x.id !== c.id) })}>
                  {t('options.contacts.remove', { name: c.name })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Field label={t('options.contacts.folder')} hint={t('options.contacts.folderHint')} validationMessage={errors.folderName}>
        <Input value={form.folderName} maxLength={100} onChange={(_, d) => set({ folderName: d.value })} />
      </Field>
    </section>
  );
}

