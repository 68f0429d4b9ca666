/**
 * What a route's command will do and what it will use, until its feature lands, and whether the
 * pane is signed in to Autotask. Honest by design: no save button, and a notice that nothing is
 * saved yet.
 * @jsxRuntime automatic
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useId } from 'react';
import { AutotaskStatus } from '../../../auth/AutotaskStatus';
import type { RouteId } from '../../../commands/catalog';
import { t } from '../../../strings';
import { markPaneInteractive } from '../../pane-ready';
import { routeDescriptionKey } from '../../routes';
import { MailboxContext } from './MailboxContext';
import { MessageContext } from './MessageContext';
import { usePlannedStyles } from './styles';

export type PlannedContext = 'message' | 'mailbox' | 'standalone';

export interface PlannedRouteViewProps {
  route: RouteId;
  context: PlannedContext;
  /** Show the "Autotask" sign-in status line (default true; Options has its own Sign-in section). */
  autotaskStatus?: boolean;
}

export function PlannedRouteView({ route, context, autotaskStatus = true }: PlannedRouteViewProps) {
  const styles = usePlannedStyles();
  const doesId = useId();
  const usesId = useId();
  const autotaskId = useId();
  const onReady = useCallback(() => markPaneInteractive(route), [route]);
  useEffect(() => {
    if (context === 'standalone') onReady();
  }, [context, onReady]);

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
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('route.status.title')}</MessageBarTitle>
          {t('route.status.body')}
        </MessageBarBody>
      </MessageBar>
      <section className={styles.section} aria-labelledby={usesId}>
        <Text as="h2" size={400} weight="semibold" id={usesId} className={styles.heading}>
          {t('route.section.uses')}
        </Text>
        {context === 'message' ? <MessageContext onReady={onReady} /> : null}
        {context === 'mailbox' ? <MailboxContext onReady={onReady} /> : null}
        {context === 'standalone' ? <Text as="p" className={styles.heading}>{t('context.standalone')}</Text> : null}
      </section>
      {autotaskStatus ? (
        <section className={styles.section} aria-labelledby={autotaskId}>
          <Text as="h2" size={400} weight="semibold" id={autotaskId} className={styles.heading}>
            {t('auth.status.heading')}
          </Text>
          <AutotaskStatus />
        </section>
      ) : null}
    </div>
  );
}
