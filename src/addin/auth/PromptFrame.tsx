/**
 * The frame every sign-in view shares: title, why the prompt is open, the offline notice, the
 * view's fields, its last error, and its buttons (Cancel always works, also offline).
 * @jsxRuntime automatic
 */
import {
  Button, DialogActions, DialogBody, DialogContent, DialogTitle, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { OfflineMessage } from '../connectivity/OfflineMessage';
import { t } from '../strings';
import type { AuthError } from './auth-errors';
import type { SignInReason } from './auth-controller';

export const usePromptStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  text: { margin: 0 },
  methods: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'stretch' },
});

export interface PromptFrameProps {
  title: string;
  reason: SignInReason;
  /** The view's last error; SIGN_IN_CANCELLED is shown as information. */
  error?: AuthError | null;
  onSubmit?: () => void;
  onCancel: () => void;
  /** The view's own buttons (before Cancel). */
  actions?: ReactNode;
  children: ReactNode;
}

/** Why the prompt opened by itself; nothing when the user asked for it. */
function reasonText(reason: SignInReason): string | null {
  if (reason === 'session-ended') return t('auth.sessionEnded');
  if (reason === 'action') return t('auth.prompt.action');
  return null;
}

export function PromptFrame({ title, reason, error, onSubmit, onCancel, actions, children }: PromptFrameProps) {
  const styles = usePromptStyles();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  const cancelledByUser = error?.code === 'SIGN_IN_CANCELLED';
  const why = reasonText(reason);
  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent className={styles.content}>
          {why ? (
            <Text as="p" className={styles.text}>
              {why}
            </Text>
          ) : null}
          <OfflineMessage />
          {children}
          {error ? (
            <MessageBar intent={cancelledByUser ? 'info' : 'error'} layout="multiline" role="alert">
              <MessageBarBody>
                {cancelledByUser ? null : <MessageBarTitle>{t('auth.error.title')}</MessageBarTitle>}
                {error.description}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </DialogContent>
        <DialogActions>
          {actions}
          <Button appearance="secondary" onClick={onCancel}>
            {t('auth.prompt.cancel')}
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
