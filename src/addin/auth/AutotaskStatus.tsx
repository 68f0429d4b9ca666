/**
 * The "Autotask" line of a route: who the pane is signed in as, confirmed by the gateway
 * (GET /auth/session after each sign-in), or that it is not signed in and why.
 * @jsxRuntime automatic
 */
import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useOffline } from '../connectivity/use-connectivity';
import { t } from '../strings';
import type { AuthNotice, AuthState } from './auth-controller';
import { useAuth } from './use-auth';

/** The notice of a signed-out pane, or null. */
export function noticeText(notice: AuthNotice | null): { intent: 'warning' | 'info' | 'success'; text: string } | null {
  if (!notice) return null;
  if (notice.kind === 'session-ended') return { intent: 'warning', text: t('auth.sessionEnded') };
  switch (notice.provider) {
    case 'pending':
      return { intent: 'info', text: t('auth.signedOut.pending') };
    case 'done':
      return { intent: 'success', text: t('auth.signedOut.done') };
    case 'browser':
      return { intent: 'info', text: t('auth.signedOut.browser') };
    case 'closed':
      return { intent: 'warning', text: t('auth.signedOut.closed') };
    case 'failed':
      return { intent: 'warning', text: t('auth.signedOut.failed') };
    default:
      return { intent: 'success', text: t('auth.signedOut') };
  }
}

/** Asks the gateway once to confirm a fresh session (not while offline; again when back online). */
export function useSessionCheck(state: AuthState, verify: () => Promise<void>): void {
  const offline = useOffline();
  const pending = state.status === 'signed-in' && !state.verified;
  useEffect(() => {
    if (pending && !offline) void verify();
  }, [pending, offline, verify]);
}

export function AutotaskStatus() {
  const { auth, state } = useAuth();
  const offline = useOffline();
  useSessionCheck(state, auth.verify);
  const notice = noticeText(state.notice);
  const name = state.session?.resource.name || state.session?.resource.email || '';

  if (state.status === 'signed-out') {
    return (
      <>
        {notice ? (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        ) : null}
        <Text as="p">{t('auth.status.signedOut')}</Text>
      </>
    );
  }
  if (state.status === 'checking' || (!state.verified && !offline)) {
    return <Spinner size="tiny" labelPosition="after" label={t('auth.status.checking')} />;
  }
  return (
    <Text as="p" data-testid="autotask-signed-in">
      {state.verified ? t('auth.status.signedIn', { name }) : t('auth.status.unconfirmed', { name })}
    </Text>
  );
}
