/**
 * The frame of an "Add to Autotask" route: what it does, the form once signed in (it needs no
 * selected message), or why there is no form yet, and the Autotask sign-in line. The route is
 * interactive at once: nothing is read from Outlook.
 * @jsxRuntime automatic
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useEffect, useId, type ReactNode } from 'react';
import { AutotaskStatus } from '../auth/AutotaskStatus';
import { useAuth } from '../auth/use-auth';
import type { RouteId } from '../commands/catalog';
import { t } from '../strings';
import { markPaneInteractive } from '../taskpane/pane-ready';
import { routeDescriptionKey } from '../taskpane/routes';
import { usePlannedStyles } from '../taskpane/views/planned/styles';

export interface AddToAutotaskShellProps {
  route: RouteId;
  /** The form, rendered once signed in. */
  form(resourceId: number): ReactNode;
}

export function AddToAutotaskShell({ route, form }: AddToAutotaskShellProps) {
  const styles = usePlannedStyles();
  const doesId = useId();
  const autotaskId = useId();
  const { state: auth } = useAuth();
  useEffect(() => markPaneInteractive(route), [route]);
  const session = auth.status === 'signed-in' ? auth.session : null;

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby={doesId}>
        <Text as="h2" size={400} weight="semibold" id={doesId} className={styles.heading}>
          {t('route.section.does')}
        </Text>
        <Text as="p" className={styles.heading}>
          {t(routeDescriptionKey(route))}
        </Text>
      </section>
      {session ? form(session.resource.id) : null}
      {auth.status === 'signed-out' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.signIn.title')}</MessageBarTitle>
            {t('addShell.signIn.body')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <section className={styles.section} aria-labelledby={autotaskId}>
        <Text as="h2" size={400} weight="semibold" id={autotaskId} className={styles.heading}>
          {t('auth.status.heading')}
        </Text>
        <AutotaskStatus />
      </section>
    </div>
  );
}
