/**
 * An error MessageBar with a "Reload pane" action: what happened and what to do next.
 * @jsxRuntime automatic
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { t } from '../../strings';

export interface ErrorMessageProps {
  title: string;
  body: string;
  onReload?: () => void;
}

export function reloadPane(): void {
  globalThis.location.reload();
}

export function ErrorMessage({ title, body, onReload = reloadPane }: ErrorMessageProps) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onReload}>
          {t('pane.reload')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
