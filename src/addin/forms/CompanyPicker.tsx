/**
 * Type-ahead company picker: Fluent Combobox (arrow keys, Enter, Escape), searching Companies by
 * name after a pause in typing; each new search cancels the one in flight (AbortController);
 * IncludeFields limited to the name.
 * @jsxRuntime automatic
 */
import { Combobox, Field, Option, Spinner } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { where, type AutotaskClient } from '../../autotask';
import { t } from '../strings';

export interface PickedEntity {
  id: number;
  name: string;
}

export const PICKER_DEBOUNCE_MS = 300;
const MAX_RESULTS = 20;

/** One search: active companies whose name contains the text (first page only). */
export async function searchCompanies(client: AutotaskClient, text: string, signal: AbortSignal): Promise<PickedEntity[]> {
  const query = client.companies.query(
    { filter: [where.contains('companyName', text), where.eq('isActive', true)], includeFields: ['companyName'], maxRecords: MAX_RESULTS },
    { signal },
  );
  for await (const page of query.pages()) {
    return page.items.map((c) => ({ id: c.id, name: String(c.companyName ?? '') })).sort((a, b) => a.name.localeCompare(b.name));
  }
  return [];
}

export interface CompanyPickerProps {
  client: AutotaskClient;
  value: PickedEntity | null;
  onChange(value: PickedEntity | null): void;
  validationMessage?: string | undefined;
  disabled?: boolean;
  search?: typeof searchCompanies;
}

export function CompanyPicker({ client, value, onChange, validationMessage, disabled, search = searchCompanies }: CompanyPickerProps) {
  const [text, setText] = useState(value?.name ?? '');
  const [results, setResults] = useState<PickedEntity[]>([]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const typed = useRef(false);

  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    setText(value?.name ?? '');
  }

  useEffect(() => {
    const q = text.trim();
    if (!typed.current || q.length < 2 || q === value?.name) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      search(client, q, controller.signal).then(
        (found) => {
          if (controller.signal.aborted) return;
          setResults(found);
          setFailed(null);
          setBusy(false);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setFailed(error instanceof Error ? error.message : String(error));
          setBusy(false);
        },
      );
    }, PICKER_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, text, value, search]);

  const hint = failed ? t('form.company.searchFailed', { detail: failed }) : busy ? undefined : text.trim().length < 2 ? t('form.company.hint') : undefined;
  return (
    <Field label={t('form.company')} required validationMessage={validationMessage ?? hint} validationState={validationMessage || failed ? 'error' : 'none'}>
      <Combobox
        freeform
        disabled={disabled}
        value={text}
        placeholder={t('form.company.placeholder')}
        selectedOptions={value ? [String(value.id)] : []}
        onInput={(e) => {
          typed.current = true;
          setText((e.target as HTMLInputElement).value);
        }}
        onOptionSelect={(_e, data) => {
          const picked = results.find((r) => String(r.id) === data.optionValue) ?? (value && String(value.id) === data.optionValue ? value : null);
          if (picked) {
            typed.current = false;
            onChange(picked);
          }
        }}
        expandIcon={busy ? <Spinner size="extra-tiny" aria-label={t('form.company.searching')} /> : undefined}
      >
        {[...(value && !results.some((r) => r.id === value.id) ? [value] : []), ...results].map((r) => (
          <Option key={r.id} value={String(r.id)} text={r.name}>
            {r.name}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
