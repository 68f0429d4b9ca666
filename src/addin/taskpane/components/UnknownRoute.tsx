/**
 * Shown when the pane was opened without a known route: tells the user where to open it from.
 * @jsxRuntime automatic
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect } from 'react';
import { t } from '../../strings';
import { markPaneInteractive } from '../pane-ready';

export const UNKNOWN_ROUTE_MARK = 'unknown';

export function UnknownRoute({ route }: { route: string | null }) {
  useEffect(() => markPaneInteractive(UNKNOWN_ROUTE_MARK), []);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('route.unknown.title')}</MessageBarTitle>
        {t('route.unknown.body', { route: route ? t('route.unknown.named', { route }) : '' })}
      </MessageBarBody>
    </MessageBar>
  );
}
