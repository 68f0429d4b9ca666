/**
 * The "OTP Token" dialog, as in the product we replace: the code masked by default, "Show"
 * reveals it, OK signs in (the Outlook user's address + the code), Cancel closes and the user
 * keeps working. Improved: the gateway's own explanation on failure, the code kept after any
 * error except a rejected code (cleared, focus back), a lockout shown with when to try again,
 * no zone address to type, and OK paused while offline.
 * @jsxRuntime automatic
 */
import { Button, Checkbox, Field, Input, Link } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useOffline } from '../connectivity/use-connectivity';
import { useDraft } from '../connectivity/use-draft';
import { t } from '../strings';
import { toAuthError, type AuthError } from './auth-errors';
import type { SignInReason } from './auth-controller';
import { PromptFrame } from './PromptFrame';
import { useAuth } from './use-auth';

export interface OtpTokenFormProps {
  reason: SignInReason;
  /** The Outlook user's address, sent with the code. */
  email: string;
  onCancel: () => void;
  /** Shown when other methods are enabled. */
  onOtherMethod?: (() => void) | undefined;
}

const CODE = /^\d{6}$/;

export function OtpTokenForm({ reason, email, onCancel, onOtherMethod }: OtpTokenFormProps) {
  const { auth } = useAuth();
  const offline = useOffline();
  // A one-time code is never written to storage: it lives in this dialog only.
  const code = useDraft('sign-in:otp', '', { storage: null });
  const [show, setShow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AuthError | null>(null);
  const [formatError, setFormatError] = useState(false);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // Focus is on the code when the dialog opens, and back on it after the render that shows why it
  // was refused (a counter, so it can repeat).
  const [focusRequest, setFocusRequest] = useState(1);
  useEffect(() => {
    if (focusRequest > 0) input.current?.focus();
  }, [focusRequest]);

  useEffect(() => {
    if (lockedUntil === null) return;
    const timer = setTimeout(() => setLockedUntil(null), Math.max(0, lockedUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [lockedUntil]);

  const submit = async () => {
    if (busy || offline || lockedUntil !== null) return;
    const value = code.value.replace(/\s/g, '');
    if (!CODE.test(value)) {
      setFormatError(true);
      setFocusRequest((n) => n + 1);
      return;
    }
    setFormatError(false);
    setError(null);
    setBusy(true);
    try {
      await auth.signInWithOtp(value);
    } catch (caught) {
      const failure = toAuthError(caught);
      setError(failure);
      if (failure.gatewayCode === 'invalid_code') {
        code.clear();
        setFocusRequest((n) => n + 1);
      }
      if (failure.retryAfter) setLockedUntil(Date.now() + failure.retryAfter * 1000);
    } finally {
      setBusy(false);
    }
  };

  const locked = lockedUntil !== null;
  return (
    <PromptFrame
      title={t('auth.otp.title')}
      reason={reason}
      error={error}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      actions={
        <Button type="submit" appearance="primary" disabled={busy || offline || locked}>
          {busy ? t('auth.otp.signingIn') : t('auth.otp.ok')}
        </Button>
      }
    >
      <p>{email ? t('auth.otp.intro', { email }) : t('auth.otp.introNoEmail')}</p>
      <Field
        label={t('auth.otp.label')}
        required
        validationState={formatError ? 'error' : 'none'}
        validationMessage={formatError ? t('auth.otp.format') : undefined}
        hint={locked ? t('auth.otp.lockedUntil', { time: new Date(lockedUntil).toLocaleTimeString() }) : undefined}
      >
        <Input
          ref={input}
          type={show ? 'text' : 'password'}
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          value={code.value}
          onChange={(_, data) => code.setValue(data.value)}
          readOnly={busy}
        />
      </Field>
      <Checkbox label={t('auth.otp.show')} checked={show} onChange={(_, data) => setShow(data.checked === true)} />
      {onOtherMethod ? (
        <Link as="button" type="button" onClick={onOtherMethod}>
          {t('auth.prompt.otherMethod')}
        </Link>
      ) : null}
    </PromptFrame>
  );
}
