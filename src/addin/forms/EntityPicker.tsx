/**
 * One type-ahead picker for companies, contacts, tickets, projects, tasks and resources.
 * Fluent Combobox (arrow keys, Enter, Escape; a listbox screen readers announce). A search runs
 * after a pause in typing (one request per debounce window); each new search aborts the one in
 * flight, and a late answer to an aborted search is dropped. Recent picks of the kind come first
 * (and are offered before anything is typed). Inactive or closed records are hidden unless the
 * "show inactive" switch is on.
 * @jsxRuntime automatic
 */
import { Checkbox, Combobox, Field, makeStyles, Option, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AutotaskClient } from '../../autotask';
import { t } from '../strings';
import {
  ENTITY_SEARCHES, MIN_CHARS, orderWithRecents, PICKER_DEBOUNCE_MS, recentPicks, recentsInScope, rememberPick,
  type EntityKind, type EntitySearch, type EntitySearchScope, type PickedEntity,
} from './entity-search';
import { createSearchRunner } from './search-runner';

export type { EntityKind, PickedEntity } from './entity-search';

export interface EntityPickerProps {
  kind: EntityKind;
  client: AutotaskClient;
  label: string;
  value: PickedEntity | null;
  onChange(value: PickedEntity | null): void;
  placeholder?: string;
  required?: boolean;
  /** Narrow the search: contacts/tickets of a company, tasks of a project. */
  scope?: EntitySearchScope;
  /** Offer a "show inactive" switch (off by default). */
  allowInactive?: boolean;
  /** Shown first, before recents: e.g. the sender company's open tickets. */
  suggestions?: readonly PickedEntity[];
  validationMessage?: string | undefined;
  hint?: string;
  disabled?: boolean;
  /** Replace the search (tests, or a kind-specific variant). */
  search?: EntitySearch;
  debounceMs?: number;
}

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column' } });

export function EntityPicker({
  kind, client, label, value, onChange, placeholder, required, scope, allowInactive, suggestions, validationMessage, hint, disabled, search, debounceMs = PICKER_DEBOUNCE_MS,
}: EntityPickerProps) {
  const styles = useStyles();
  const [text, setText] = useState(value?.name ?? '');
  const [results, setResults] = useState<{ text: string; found: PickedEntity[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [recents, setRecents] = useState<PickedEntity[]>(() => recentPicks(kind));
  const [typed, setTyped] = useState(false);

  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    setText(value?.name ?? '');
  }

  const scopeKey = JSON.stringify(scope ?? {});
  const run = search ?? ENTITY_SEARCHES[kind];
  const minChars = MIN_CHARS[kind];
  const [runner] = useState(() => createSearchRunner<PickedEntity[]>({
    debounceMs,
    onResult: (q, found) => {
      setResults({ text: q, found });
      setFailed(null);
    },
    onError: (_q, error) => setFailed(error instanceof Error ? error.message : String(error)),
    onBusy: setBusy,
  }));
  useEffect(() => () => runner.cancel(), [runner]);

  const q = text.trim();
  const searching = typed && q.length >= minChars && q !== value?.name;
  useEffect(() => {
    if (!searching) {
      runner.cancel();
      return;
    }
    const s: EntitySearchScope = { ...(JSON.parse(scopeKey) as EntitySearchScope), includeInactive };
    runner.request(q, (signal) => run(client, q, signal, s));
  }, [runner, searching, q, client, run, scopeKey, includeInactive]);

  const visible = (xs: readonly PickedEntity[]) => (includeInactive ? [...xs] : xs.filter((x) => !x.inactive));
  const scoped = recentsInScope(recents, scope);
  const listed: PickedEntity[] = searching && results
    ? orderWithRecents(results.found, scoped)
    : visible(dedupe([...(suggestions ?? []), ...scoped]));
  const options = dedupe([...(value && !listed.some((r) => r.id === value.id) ? [value] : []), ...listed]);
  const noMatch = searching && !busy && results !== null && results.text === q && results.found.length === 0;

  const message = validationMessage
    ?? (failed ? t('picker.searchFailed', { detail: failed })
      : noMatch ? t('picker.noMatch', { text: q })
        : !busy && !value && q.length < minChars ? hint ?? t('picker.hint', { count: minChars }) : undefined);
  // The switch sits outside the Field: a Field labels its one control, and would label the checkbox instead.
  return (
    <div className={styles.root}>
    <Field label={label} required={required} validationMessage={message} validationState={validationMessage || failed ? 'error' : noMatch ? 'warning' : 'none'}>
      <Combobox
        freeform
        inlinePopup
        disabled={disabled}
        value={text}
        placeholder={placeholder ?? t('picker.placeholder')}
        selectedOptions={value ? [String(value.id)] : []}
        onInput={(e) => {
          setTyped(true);
          const next = (e.target as HTMLInputElement).value;
          setText(next);
          if (!next.trim() && value) onChange(null);
        }}
        onOptionSelect={(_e, data) => {
          const picked = options.find((r) => String(r.id) === data.optionValue);
          if (picked) {
            setTyped(false);
            rememberPick(kind, picked);
            setRecents(recentPicks(kind));
            onChange(picked);
          }
        }}
        expandIcon={busy ? <Spinner size="extra-tiny" aria-label={t('picker.searching')} /> : undefined}
      >
        {options.map((r) => (
          <Option key={r.id} value={String(r.id)} text={r.name}>
            <span>
              {r.name}
              {r.inactive ? ` (${t('picker.inactive')})` : ''}
              {r.detail ? (
                <Text size={200} block>
                  {r.detail}
                </Text>
              ) : null}
            </span>
          </Option>
        ))}
      </Combobox>
    </Field>
      {allowInactive ? (
        <Checkbox label={t('picker.showInactive')} checked={includeInactive} onChange={(_e, d) => setIncludeInactive(d.checked === true)} />
      ) : null}
    </div>
  );
}

function dedupe(xs: readonly PickedEntity[]): PickedEntity[] {
  const seen = new Set<number>();
  return xs.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}
