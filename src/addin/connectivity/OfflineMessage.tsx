/**
 * Says why Autotask actions are disabled while the pane is offline, and that nothing typed is
 * lost. When the browser is online but the gateway does not answer, "Try again" makes one
 * request (nothing retries by itself).
 * @jsxRuntime automatic
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { t } from '../strings';
import { useConnectivity, useConnectivityMonitor } from './use-connectivity';

export function OfflineMessage() {
  const state = useConnectivity();
  const monitor = useConnectivityMonitor();
  const [checking, setChecking] = useState(false);
  if (state.online) return null;
  const retry = () => {
    setChecking(true);
    void monitor.check().finally(() => setChecking(false));
  };
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="offline-message">
      <MessageBarBody>{state.reason === 'offline' ? t('offline.body') : t('offline.unreachable')}</MessageBarBody>
      {state.reason === 'unreachable' ? (
        <MessageBarActions>
          <Button onClick={retry} disabled={checking}>
            {checking ? t('offline.checking') : t('offline.retry')}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
