/**
 * The frame of an "Add to Autotask" route that works with or without an open item: what it does,
 * the form once signed in (given the open item, if any, to prefill from), and the Autotask
 * sign-in line. The form is keyed by the item, so a pinned pane starts afresh on another item.
 * @jsxRuntime automatic
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import type { SessionResource } from '../auth/session';
import { useAuth } from '../auth/use-auth';
import type { RouteId } from '../commands/catalog';
import type { MailboxItemSummary } from '../office';
import { t } from '../strings';
import { markPaneInteractive } from '../taskpane/pane-ready';
import { useOffice } from '../taskpane/pane-context';
import { useMailboxItem } from '../taskpane/use-mailbox-item';
import { usePlannedStyles } from '../taskpane/views/planned/styles';
import { AutotaskStatusSection, RouteDoesSection } from './RouteSections';

export interface AddFormShellProps {
  route: RouteId;
  /** The form, rendered once signed in; `item` is the open item or null. */
  form(item: MailboxItemSummary | null, me: SessionResource): ReactNode;
}

export function itemKey(item: MailboxItemSummary | null): string {
  return item ? item.internetMessageId ?? `${item.itemType}:${item.subject}` : 'blank';
}

export function AddFormShell({ route, form }: AddFormShellProps) {
  const styles = usePlannedStyles();
  const { state: auth } = useAuth();
  const item = useMailboxItem(useOffice());
  const ready = item.status === 'ready';
  useEffect(() => {
    if (ready) markPaneInteractive(route);
  }, [ready, route]);
  const session = auth.status === 'signed-in' ? auth.session : null;

  return (
    <div className={styles.root}>
      <RouteDoesSection route={route} />
      {item.status === 'loading' ? <Spinner size="small" label={t('crm.loading')} /> : null}
      {session && item.status === 'ready' ? form(item.item, session.resource) : null}
      {auth.status === 'signed-out' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('form.signIn.title')}</MessageBarTitle>
            {t('crm.signIn.body')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <AutotaskStatusSection />
    </div>
  );
}
