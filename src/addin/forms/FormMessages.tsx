/**
 * The message bars every form shows the same way: the form could not be prepared (with "Try
 * again"), the fields to correct, Autotask's refusal (its own words, kept as written).
 * @jsxRuntime automatic
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { t } from '../strings';
import type { FieldProblem } from './validation';

export function LoadFailed({ detail, onRetry }: { detail: string; onRetry(): void }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('form.loadFailed')}</MessageBarTitle>
        {detail}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t('form.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function ProblemList({ problems }: { problems: readonly FieldProblem[] }) {
  if (!problems.length) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('form.invalid')}</MessageBarTitle>
        <ul>
          {problems.map((p) => (
            <li key={`${p.field}:${p.message}`}>{p.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function RefusalBar({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('form.refused')}</MessageBarTitle>
        <span style={{ whiteSpace: 'pre-wrap' }} data-testid="save-refusal">
          {text}
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}

/** First problem per field, for each Field's validation message. */
export function problemLookup(problems: readonly FieldProblem[]): (field: string) => string | undefined {
  const map = new Map<string, string>();
  for (const p of problems) if (!map.has(p.field)) map.set(p.field, p.message);
  return (field) => map.get(field);
}
