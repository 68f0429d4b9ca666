/**
 * The frame of every form route: what it does, the message it uses (Create from email) or the
 * open item if any (Add to Autotask), the form once signed in (signed out: why there is no form
 * yet), and the Autotask sign-in line.
 * A form stays mounted when the session ends under it: the sign-in prompt comes back over it and
 * what was typed is still there afterwards (see auth-controller `run`).
 * One reader of the selected item per pane (Outlook keeps one ItemChanged handler per type).
 * @jsxRuntime automatic
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import { Fragment, useEffect, useId, useState, type ReactNode } from 'react';
import { AutotaskStatus } from '../auth/AutotaskStatus';
import { useAuth } from '../auth/use-auth';
import type { RouteId } from '../commands/catalog';
import type { MailboxItemSummary } from '../office';
import { t, type StringKey } from '../strings';
import { markPaneInteractive } from '../taskpane/pane-ready';
import { useOffice } from '../taskpane/pane-context';
import { routeDescriptionKey } from '../taskpane/routes';
import { useMailboxItem } from '../taskpane/use-mailbox-item';
import { Facts } from '../taskpane/views/planned/Facts';
import { messageFacts } from '../taskpane/views/planned/MessageContext';
import { usePlannedStyles } from '../taskpane/views/planned/styles';

/** The signed-in resource, as the forms use it (default assignee, note author). */
export interface Me {
  id: number;
  name: string;
  email: string;
}

/** A key for per-item state (drafts, form instances): the item's id, or "blank" without one. */
export function itemKey(item: MailboxItemSummary | null): string {
  return item ? item.internetMessageId ?? `${item.itemType}:${item.subject}` : 'blank';
}

export interface CreateFromEmailShellProps {
  route: RouteId;
  /** The form for a message, rendered once signed in. */
  form(item: MailboxItemSummary, me: Me): ReactNode;
}

/**
 * The resource the form works as: the session's (also while the stored session is being checked:
 * the form fills meanwhile, and an ended session is caught by the first request), and after the
 * session ended the last one (the form stays, and the next action asks for sign-in). Null until
 * the first sign-in.
 */
function useMe(): { me: Me | null; signedOut: boolean } {
  const { state: auth } = useAuth();
  const resource = auth.status !== 'signed-out' ? auth.session?.resource ?? null : null;
  const [last, setLast] = useState<Me | null>(null);
  if (resource && (last?.id !== resource.id || last.name !== resource.name || last.email !== resource.email)) setLast({ id: resource.id, name: resource.name, email: resource.email });
  return { me: resource ? { id: resource.id, name: resource.name, email: resource.email } : last, signedOut: auth.status === 'signed-out' };
}

function Frame({ route, children }: { route: RouteId; children: ReactNode }) {
  const styles = usePlannedStyles();
  const doesId = useId();
  const autotaskId = useId();
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
      {children}
      <section className={styles.section} aria-labelledby={autotaskId}>
        <Text as="h2" size={400} weight="semibold" id={autotaskId} className={styles.heading}>
          {t('auth.status.heading')}
        </Text>
        <AutotaskStatus />
      </section>
    </div>
  );
}

function SignInFirst({ body }: { body: StringKey }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('form.signIn.title')}</MessageBarTitle>
        {t(body)}
      </MessageBarBody>
    </MessageBar>
  );
}

export function CreateFromEmailShell({ route, form }: CreateFromEmailShellProps) {
  const { me, signedOut } = useMe();
  const item = useMailboxItem(useOffice());
  const ready = item.status === 'ready';
  useEffect(() => {
    if (ready) markPaneInteractive(route);
  }, [ready, route]);

  return (
    <Frame route={route}>
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
      {me && item.status === 'ready' && item.item ? form(item.item, me) : null}
      {signedOut && !me ? <SignInFirst body="form.signIn.body" /> : null}
    </Frame>
  );
}

export interface AddToAutotaskShellProps {
  route: RouteId;
  /**
   * Read the open item and pass it to the form (to prefill from a message or a meeting); the form
   * is then keyed by the item, so a pinned pane starts afresh on another one. Off: the pane is
   * interactive at once and nothing is read from Outlook.
   */
  readItem?: boolean;
  /** The form, rendered once signed in; `item` is the open item (with `readItem`) or null. */
  form(me: Me, item: MailboxItemSummary | null): ReactNode;
}

/** "Add to Autotask": a form that starts blank, or prefilled from the open item with `readItem`. */
export function AddToAutotaskShell({ route, readItem = false, form }: AddToAutotaskShellProps) {
  const { me, signedOut } = useMe();
  return (
    <Frame route={route}>
      {readItem ? <WithItem route={route} form={(item) => (me ? form(me, item) : null)} /> : <Interactive route={route}>{me ? form(me, null) : null}</Interactive>}
      {signedOut && !me ? <SignInFirst body="addShell.signIn.body" /> : null}
    </Frame>
  );
}

function Interactive({ route, children }: { route: RouteId; children: ReactNode }) {
  useEffect(() => markPaneInteractive(route), [route]);
  return children;
}

function WithItem({ route, form }: { route: RouteId; form(item: MailboxItemSummary | null): ReactNode }) {
  const item = useMailboxItem(useOffice());
  const ready = item.status === 'ready';
  useEffect(() => {
    if (ready) markPaneInteractive(route);
  }, [ready, route]);
  if (item.status === 'loading') return <Spinner size="small" label={t('context.message.loading')} />;
  return item.status === 'ready' ? <Fragment key={itemKey(item.item)}>{form(item.item)}</Fragment> : null;
}
