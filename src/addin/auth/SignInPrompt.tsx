/**
 * The sign-in prompt (its own chunk, loaded the first time a sign-in is needed). Opens on the
 * deployment's method: the only one enabled, else the one the user signed in with last time,
 * else a choice. Closing it (Cancel, Escape) cancels the sign-in: the user keeps working and
 * "Sign in to Autotask" stays available.
 * @jsxRuntime automatic
 */
import { Button, Dialog, DialogSurface, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { OfficeFacade, UserProfile } from '../office';
import { t } from '../strings';
import { useOffice } from '../taskpane/pane-context';
import { useOfficeValue } from '../taskpane/use-office-value';
import { toAuthError, type AuthError } from './auth-errors';
import type { SignInReason } from './auth-controller';
import { OtpTokenForm } from './OtpTokenForm';
import { PromptFrame, usePromptStyles } from './PromptFrame';
import { KaseyaOneSignIn, MicrosoftSignIn } from './ProviderSignIn';
import type { SignInConfig, SignInMethod } from './session';
import { useAuth } from './use-auth';

type View = SignInMethod | 'choose';

const loadProfile = (office: OfficeFacade): Promise<UserProfile | null> => office.getUserProfile().catch(() => null);

export function firstView(config: SignInConfig, preferred: SignInMethod | undefined): View {
  if (config.methods.length === 1) return config.methods[0]!;
  if (preferred && config.methods.includes(preferred)) return preferred;
  return 'choose';
}

function MethodChoice({ config, reason, onPick, onCancel }: { config: SignInConfig; reason: SignInReason; onPick: (m: SignInMethod) => void; onCancel: () => void }) {
  const styles = usePromptStyles();
  return (
    <PromptFrame title={t('auth.prompt.title')} reason={reason} onCancel={onCancel}>
      <Text as="p" className={styles.text}>
        {config.methods.length === 0 ? t('auth.prompt.noMethods') : t('auth.prompt.user')}
      </Text>
      <div className={styles.methods}>
        {config.methods.map((method) => (
          <Button key={method} appearance="outline" onClick={() => onPick(method)}>
            {t(`auth.methodName.${method}`)}
          </Button>
        ))}
      </div>
    </PromptFrame>
  );
}

function Loading({ reason, error, onCancel }: { reason: SignInReason; error: AuthError | null; onCancel: () => void }) {
  return (
    <PromptFrame title={t('auth.prompt.title')} reason={reason} error={error} onCancel={onCancel}>
      {error ? null : <Spinner size="tiny" labelPosition="after" label={t('auth.prompt.loading')} />}
    </PromptFrame>
  );
}

function PromptContent({ reason }: { reason: SignInReason }) {
  const { auth, state } = useAuth();
  const profile = useOfficeValue(useOffice(), loadProfile);
  const [view, setView] = useState<View | null>(null);
  const [configError, setConfigError] = useState<AuthError | null>(null);
  const cancel = useCallback(() => auth.cancelSignIn(), [auth]);

  useEffect(() => {
    let active = true;
    auth.loadConfig().catch((error: unknown) => active && setConfigError(toAuthError(error)));
    return () => {
      active = false;
    };
  }, [auth]);

  const config = state.config;
  if (!config || profile.status === 'loading') return <Loading reason={reason} error={configError} onCancel={cancel} />;
  const preferences = auth.preferences();
  const shown = view ?? firstView(config, preferences.method);
  const email = profile.value?.emailAddress ?? '';
  const other = config.methods.length > 1 ? () => setView('choose') : undefined;
  switch (shown) {
    case 'choose':
      return <MethodChoice config={config} reason={reason} onPick={setView} onCancel={cancel} />;
    case 'otp':
      return <OtpTokenForm reason={reason} email={email} onCancel={cancel} onOtherMethod={other} />;
    case 'microsoft':
      return <MicrosoftSignIn reason={reason} onCancel={cancel} onOtherMethod={other} />;
    case 'kaseyaone':
      return <KaseyaOneSignIn reason={reason} onCancel={cancel} onOtherMethod={other} initialUsername={preferences.kaseyaUsername || email} />;
  }
}

export default function SignInPrompt() {
  const { auth, state } = useAuth();
  // The last prompt stays rendered while the dialog plays its exit.
  const [last, setLast] = useState(state.prompt);
  if (state.prompt !== null && state.prompt !== last) setLast(state.prompt);
  const shown = state.prompt ?? last;
  if (!shown) return null;
  return (
    <Dialog open={state.prompt !== null} modalType="modal" onOpenChange={(_, data) => !data.open && auth.cancelSignIn()}>
      <DialogSurface aria-describedby={undefined}>
        <PromptContent key={shown.id} reason={shown.reason} />
      </DialogSurface>
    </Dialog>
  );
}
