/**
 * "Sign in to Autotask": shown while signed out (the pane header has one on every route). Opens
 * the sign-in for the deployment's method; disabled while offline.
 * @jsxRuntime automatic
 */
import { Button, type ButtonProps } from '@fluentui/react-components';
import { useOffline } from '../connectivity/use-connectivity';
import { t } from '../strings';
import { isAuthError } from './auth-errors';
import type { AuthController } from './auth-controller';
import { useAuth } from './use-auth';

/** Opens the sign-in; a cancelled or failed prompt has already told the user what happened. */
export function requestSignIn(auth: AuthController): void {
  auth.ensureSession('user').catch((error: unknown) => {
    if (!isAuthError(error)) console.error('[auth] sign-in failed', error);
  });
}

export interface SignInButtonProps {
  appearance?: ButtonProps['appearance'];
  size?: ButtonProps['size'];
}

export function SignInButton({ appearance = 'primary', size = 'medium' }: SignInButtonProps) {
  const { auth, state } = useAuth();
  const offline = useOffline();
  if (state.status !== 'signed-out') return null;
  return (
    <Button appearance={appearance} size={size} disabled={offline || state.prompt !== null} onClick={() => requestSignIn(auth)}>
      {t('auth.signIn')}
    </Button>
  );
}
