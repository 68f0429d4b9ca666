/**
 * The frame of "Add Ticket Time" and "Add Project Time": what the command does, the form once
 * signed in (signed out: why there is no form yet), and the Autotask sign-in line. A message
 * is optional: when one is open its subject is passed on (a ticket number in it fills the
 * ticket). Light on purpose: the form and the Autotask client are a lazily loaded chunk.
 * @jsxRuntime automatic
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useId, type ReactNode } from 'react';
import { AutotaskStatus } from '../auth/AutotaskStatus';
import { useAuth } from '../auth/use-auth';
import type { RouteId } from '../commands/catalog';
import { t } from '../strings';
import { markPaneInteractive } from '../taskpane/pane-ready';
import { useOffice } from '../taskpane/pane-context';
import { routeDescriptionKey } from '../taskpane/routes';
import { useMailboxItem } from '../taskpane/use-mailbox-item';
import { usePlannedStyles } from '../taskpane/views/planned/styles';

export interface AddTimeShellProps {
  route: RouteId;
  /** The form, rendered once signed in; `subject` is the open message's, or null. */
  form(resourceId: number, subject: string | null): ReactNode;
}

export function AddTimeShell({ route, form }: AddTimeShellProps) {
  const styles = usePlannedStyles();
  const doesId = useId();
  const autotaskId = useId();
  const { state: auth } = useAuth();
  const item = useMailboxItem(useOffice());
  const ready = item.status === 'ready';
  useEffect(() => {
    if (ready) markPaneInteractive(route);
  }, [ready, route]);
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
      {item.status === 'loading' ? <Spinner size="small" label={t('context.message.loading')} /> : null}
      {session && item.status === 'ready' ? form(session.resource.id, item.item?.subject ?? null) : null}
      {auth.status === 'signed-out' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.signIn.title')}</MessageBarTitle>
            {t('time.signIn.body')}
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
