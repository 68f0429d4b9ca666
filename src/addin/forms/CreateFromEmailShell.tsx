/**
 * The frame of a "Create from email" route: what it does, the message it uses, the form once
 * signed in (signed out: why there is no form yet), and the Autotask sign-in line.
 * One reader of the selected item per pane (Outlook keeps one ItemChanged handler per type).
 * @jsxRuntime automatic
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useId, type ReactNode } from 'react';
import { AutotaskStatus } from '../auth/AutotaskStatus';
import { useAuth } from '../auth/use-auth';
import type { RouteId } from '../commands/catalog';
import type { MailboxItemSummary } from '../office';
import { t } from '../strings';
import { markPaneInteractive } from '../taskpane/pane-ready';
import { useOffice } from '../taskpane/pane-context';
import { routeDescriptionKey } from '../taskpane/routes';
import { useMailboxItem } from '../taskpane/use-mailbox-item';
import { Facts } from '../taskpane/views/planned/Facts';
import { messageFacts } from '../taskpane/views/planned/MessageContext';
import { usePlannedStyles } from '../taskpane/views/planned/styles';

export interface CreateFromEmailShellProps {
  route: RouteId;
  /** The form for a message, rendered once signed in. */
  form(item: MailboxItemSummary, resourceId: number): ReactNode;
}

export function CreateFromEmailShell({ route, form }: CreateFromEmailShellProps) {
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
      {item.status === 'ready' && !item.item ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('context.message.none.title')}</MessageBarTitle>
            {t('context.message.none.body')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {item.status === 'ready' && item.item ? <Facts facts={messageFacts(item.item)} /> : null}
      {session && item.status === 'ready' && item.item ? form(item.item, session.resource.id) : null}
      {auth.status === 'signed-out' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.signIn.title')}</MessageBarTitle>
            {t('form.signIn.body')}
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
