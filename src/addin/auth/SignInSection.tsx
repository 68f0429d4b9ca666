/**
 * Options > Sign-in: the method and the Autotask resource the pane is signed in as, "Test
 * connection" (one read through the Autotask proxy, as the commands will do) and "Sign out"
 * (also out of KaseyaOne when that was the method). Signed out: the enabled methods ("Sign in to
 * Autotask" is in the pane header, as on every route).
 * @jsxRuntime automatic
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { useOffline } from '../connectivity/use-connectivity';
import { t } from '../strings';
import { isAuthError, toAuthError } from './auth-errors';
import { noticeText, useSessionCheck } from './AutotaskStatus';
import { useAuth, useAuthServices } from './use-auth';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  row: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Outcome = { intent: 'success' | 'error'; text: string } | null;

function useConnectionTest() {
  const { autotaskFetch } = useAuthServices();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = async (resourceId: number) => {
    setBusy(true);
    setOutcome(null);
    try {
      const response = await autotaskFetch(`Resources/${resourceId}`);
      const body = (await response.json().catch(() => null)) as { item?: { id?: number; firstName?: string; lastName?: string } } | null;
      const item = body?.item;
      setOutcome(
        response.ok && item
          ? { intent: 'success', text: t('options.signIn.testOk', { name: `${item.firstName ?? ''} ${item.lastName ?? ''}`.trim(), id: item.id ?? resourceId }) }
          : { intent: 'error', text: t('options.signIn.testFailed', { status: response.status }) },
      );
    } catch (error) {
      if (!isAuthError(error, 'SIGN_IN_CANCELLED')) setOutcome({ intent: 'error', text: toAuthError(error).description });
    } finally {
      setBusy(false);
    }
  };
  return { busy, outcome, run };
}

export function SignInSection() {
  const styles = useStyles();
  const headingId = useId();
  const { auth, state } = useAuth();
  const offline = useOffline();
  const test = useConnectionTest();
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);
  useSessionCheck(state, auth.verify);

  // The enabled methods, for the signed-out view (read once; again when back online after a failure).
  const needsConfig = state.config === null && state.status === 'signed-out';
  useEffect(() => {
    if (needsConfig && !offline) auth.loadConfig().catch(() => undefined);
  }, [needsConfig, offline, auth]);

  const signOut = async () => {
    setSigningOut(true);
    setSignOutError(null);
    try {
      await auth.signOut();
    } catch (error) {
      setSignOutError(toAuthError(error).description);
    } finally {
      setSigningOut(false);
    }
  };

  const session = state.session;
  const notice = noticeText(state.notice);
  const fact = (term: string, value: string) => (
    <div className={styles.row} key={term}>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{value}</dd>
    </div>
  );

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" id={headingId} className={styles.heading}>
        {t('options.signIn.heading')}
      </Text>
      {notice && state.status === 'signed-out' ? (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'checking' ? <Spinner size="tiny" labelPosition="after" label={t('auth.status.checking')} /> : null}
      {state.status === 'signed-in' && session ? (
        <>
          <dl className={styles.facts}>
            {fact(t('options.signIn.method'), t(`auth.methodName.${session.method}`))}
            {fact(t('options.signIn.account'), session.resource.email ? `${session.resource.name} <${session.resource.email}>` : session.resource.name)}
            {fact(t('options.signIn.ends'), new Date(session.expiresAt).toLocaleString())}
          </dl>
          <div className={styles.actions}>
            <Button disabled={offline || test.busy || signingOut} onClick={() => void test.run(session.resource.id)}>
              {test.busy ? t('options.signIn.testing') : t('options.signIn.test')}
            </Button>
            <Button disabled={offline || signingOut} onClick={() => void signOut()}>
              {t('options.signIn.signOut')}
            </Button>
          </div>
        </>
      ) : null}
      {state.status === 'signed-out' ? (
        <>
          <Text as="p" className={styles.heading}>
            {t('options.signIn.signedOut')}
          </Text>
          {state.config && state.config.methods.length > 0 ? (
            <dl className={styles.facts}>
              {fact(t('options.signIn.methods'), state.config.methods.map((m) => t(`auth.methodName.${m}`)).join(', '))}
            </dl>
          ) : null}
        </>
      ) : null}
      {test.outcome ? (
        <MessageBar intent={test.outcome.intent} layout="multiline">
          <MessageBarBody>{test.outcome.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {signOutError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{signOutError}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
