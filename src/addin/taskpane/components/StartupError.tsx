/**
 * The whole pane when Office never became ready: explains why and offers a reload.
 * @jsxRuntime automatic
 */
import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { isOfficeApiError } from '../../office';
import { t } from '../../strings';
import { markPaneError } from '../pane-ready';
import { errorCode } from './error-text';
import { ErrorMessage } from './ErrorMessage';
import { PaneHeader } from './PaneHeader';

export function startupErrorText(error: unknown): string {
  if (isOfficeApiError(error) && error.code === 'OFFICE_NOT_LOADED') return t('startup.error.notLoaded');
  if (isOfficeApiError(error) && error.code === 'OFFICE_READY_TIMEOUT') return t('startup.error.timeout');
  return t('startup.error.other', { detail: error instanceof Error ? error.message : String(error) });
}

const useStyles = makeStyles({ main: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` } });

export function StartupError({ error }: { error: unknown }) {
  const styles = useStyles();
  useEffect(() => markPaneError(errorCode(error)), [error]);
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneHeader />
      <main className={styles.main}>
        <ErrorMessage title={t('startup.error.title')} body={startupErrorText(error)} />
      </main>
    </FluentProvider>
  );
}
