/**
 * Sign-in views that end in an identity provider's window: Microsoft (nested app authentication,
 * else the Office dialog) and KaseyaOne (the Autotask username, then the Office dialog).
 * @jsxRuntime automatic
 */
import { Button, Field, Input, Link, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { useOffline } from '../connectivity/use-connectivity';
import { draftKey, useDraft } from '../connectivity/use-draft';
import { t } from '../strings';
import { toAuthError, type AuthError } from './auth-errors';
import type { SignInReason } from './auth-controller';
import { PromptFrame } from './PromptFrame';
import { useAuth } from './use-auth';

interface ViewProps {
  reason: SignInReason;
  onCancel: () => void;
  onOtherMethod?: (() => void) | undefined;
}

/** Runs a provider flow with busy and error state. */
function useFlow(run: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AuthError | null>(null);
  const start = async () => {
    setError(null);
    setBusy(true);
    try {
      await run();
    } catch (caught) {
      setError(toAuthError(caught));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, start };
}

function OtherMethod({ onOtherMethod, disabled }: { onOtherMethod?: (() => void) | undefined; disabled: boolean }) {
  if (!onOtherMethod) return null;
  return (
    <Link as="button" type="button" onClick={onOtherMethod} disabled={disabled}>
      {t('auth.prompt.otherMethod')}
    </Link>
  );
}

export function MicrosoftSignIn({ reason, onCancel, onOtherMethod }: ViewProps) {
  const { auth } = useAuth();
  const offline = useOffline();
  const flow = useFlow(() => auth.signInWithMicrosoft());
  return (
    <PromptFrame
      title={t('auth.prompt.title')}
      reason={reason}
      error={flow.error}
      onSubmit={() => void flow.start()}
      onCancel={onCancel}
      actions={
        <Button type="submit" appearance="primary" disabled={flow.busy || offline}>
          {t('auth.method.microsoft')}
        </Button>
      }
    >
      <p>{t('auth.microsoft.intro')}</p>
      {flow.busy ? <Spinner size="tiny" labelPosition="after" label={t('auth.microsoft.waiting')} /> : null}
      <OtherMethod onOtherMethod={onOtherMethod} disabled={flow.busy} />
    </PromptFrame>
  );
}

export interface KaseyaOneSignInProps extends ViewProps {
  /** The username to start with (the last one used, else the Outlook address). */
  initialUsername: string;
}

const USERNAME = /^[^\s@]+@[^\s@]+$/;

export function KaseyaOneSignIn({ reason, onCancel, onOtherMethod, initialUsername }: KaseyaOneSignInProps) {
  const { auth } = useAuth();
  const offline = useOffline();
  const username = useDraft(draftKey('sign-in', 'kaseyaone.username'), initialUsername);
  const [formatError, setFormatError] = useState(false);
  const flow = useFlow(() => auth.signInWithKaseyaOne(username.value));
  const submit = () => {
    if (flow.busy || offline) return;
    const ok = USERNAME.test(username.value.trim());
    setFormatError(!ok);
    if (ok) void flow.start();
  };
  return (
    <PromptFrame
      title={t('auth.prompt.title')}
      reason={reason}
      error={flow.error}
      onSubmit={submit}
      onCancel={onCancel}
      actions={
        <Button type="submit" appearance="primary" disabled={flow.busy || offline}>
          {t('auth.method.kaseyaone')}
        </Button>
      }
    >
      <p>{t('auth.kaseyaone.intro')}</p>
      <Field
        label={t('auth.kaseyaone.username')}
        required
        validationState={formatError ? 'error' : 'none'}
        validationMessage={formatError ? t('auth.kaseyaone.format') : undefined}
      >
        <Input
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={username.value}
          onChange={(_, data) => username.setValue(data.value)}
          readOnly={flow.busy}
        />
      </Field>
      {flow.busy ? <Spinner size="tiny" labelPosition="after" label={t('auth.kaseyaone.waiting')} /> : null}
      <OtherMethod onOtherMethod={onOtherMethod} disabled={flow.busy} />
    </PromptFrame>
  );
}
