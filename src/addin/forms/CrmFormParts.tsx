/**
 * Pieces the Appointment, To-Do and Contact forms share: the draft of the form's values (kept
 * through offline spells, failures and reloads), the "could not prepare" bar, the list of
 * problems found before sending, Autotask's refusal as Autotask worded it, and the web address.
 * @jsxRuntime automatic
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AutotaskError } from '../../autotask';
import { fetchAppConfig } from '../commands/handlers/app-config';
import { useDraft } from '../connectivity/use-draft';
import { t } from '../strings';
import { errorText } from './attachments-upload';
import type { SaveResult } from './ResultPanel';
import { UncertainSaveError } from './ticket-save';
import type { FieldProblem } from './validation';

export const useCrmFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  pair: { display: 'flex', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap', '> *': { flexGrow: 1, minWidth: '10rem' } },
});

/** The form's values with a sessionStorage draft: `restore` once loaded, `update` per change, `reset` after a save. */
export function useDraftValues<T extends object>(key: string) {
  const draft = useDraft(key);
  const [values, setValues] = useState<T | null>(null);
  const restore = useCallback(
    (fallback: T, isValid: (v: Partial<T>) => boolean) => {
      let saved: T | null = null;
      try {
        saved = draft.value ? (JSON.parse(draft.value) as T) : null;
      } catch {
        saved = null;
      }
      setValues(saved && isValid(saved) ? { ...fallback, ...saved } : fallback);
    },
    // The draft is read once per load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const update = useCallback(
    (patch: Partial<T>) =>
      setValues((current) => {
        if (!current) return current;
        const next = { ...current, ...patch };
        draft.setValue(JSON.stringify(next));
        return next;
      }),
    [draft],
  );
  const reset = useCallback(
    (fresh: T) => {
      draft.clear();
      setValues(fresh);
    },
    [draft],
  );
  return { values, restore, update, reset };
}

/**
 * What the form needs from Autotask, loaded when `deps` change and again on `retry`; `onLoaded`
 * runs (to set the form's values) before the data is returned. A failure is kept as text.
 */
export function useFormLoad<T>(load: () => Promise<T>, onLoaded: (data: T) => void, deps: readonly unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => {
        if (!live) return;
        onLoaded(loaded);
        setData(loaded);
      },
      (failure: unknown) => live && setError(errorText(failure)),
    );
    return () => {
      live = false;
    };
    // The caller names what the load depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);
  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);
  return { data, error, retry };
}

/**
 * One Save: the problems found before sending (nothing sent when there are any), then the
 * attempt; Autotask's refusal or the connection failure as text, an unverifiable outcome handed
 * to `onUncertain` (the form keeps what the next attempt must check) and said as such.
 */
export function useSaveFlow() {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);
  const problemOf = useProblemOf(problems);
  const submit = useCallback(async (found: FieldProblem[], attempt: () => Promise<SaveResult | null>, onUncertain: (error: UncertainSaveError) => void) => {
    setRefusal(null);
    setProblems(found);
    if (found.length) return;
    setSaving(true);
    try {
      const saved = await attempt();
      if (saved) setResult(saved);
    } catch (error) {
      if (error instanceof UncertainSaveError) {
        onUncertain(error);
        setRefusal(t('crm.uncertain'));
      } else setRefusal(failureText(error));
    } finally {
      setSaving(false);
    }
  }, []);
  return { problems, refusal, saving, result, setResult, problemOf, submit };
}

/** Field name → its first problem. */
export function useProblemOf(problems: readonly FieldProblem[]): (field: string) => string | undefined {
  return useMemo(() => {
    const map = new Map<string, string>();
    for (const p of problems) if (!map.has(p.field.toLowerCase())) map.set(p.field.toLowerCase(), p.message);
    return (field: string) => map.get(field.toLowerCase());
  }, [problems]);
}

/** What to tell the user when a save failed: Autotask's own words, or the connection problem, and what to do. */
export function failureText(error: unknown): string {
  return `${errorText(error)}\n${t(error instanceof AutotaskError ? 'form.refused.what' : 'form.failed.what')}`;
}

/** The tenant's web address for "Open in Autotask" (null when unknown). */
export async function loadWebUrl(): Promise<string | null> {
  const config = await fetchAppConfig((input, init) => globalThis.fetch(input, init)).catch(() => null);
  return config?.autotaskWebUrl ?? null;
}

export function LoadFailed({ text, onRetry }: { text: string; onRetry(): void }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('form.loadFailed')}</MessageBarTitle>
        {text}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t('form.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function FormProblems({ problems, refusal }: { problems: readonly FieldProblem[]; refusal: string | null }) {
  return (
    <>
      {problems.length ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.invalid')}</MessageBarTitle>
            <ul data-testid="form-problems">
              {problems.map((p) => (
                <li key={`${p.field}:${p.message}`}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {refusal ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.refused')}</MessageBarTitle>
            <span style={{ whiteSpace: 'pre-wrap' }} data-testid="save-refusal">
              {refusal}
            </span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
