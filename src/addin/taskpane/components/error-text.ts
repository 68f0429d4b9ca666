/** What to tell the user about an error caught at the pane's edge. */
import { isOfficeApiError } from '../../office';
import { t } from '../../strings';

export function describeError(error: unknown): string {
  if (isOfficeApiError(error)) {
    return error.code === 'OFFICE_NO_ITEM' ? t('route.error.noItem') : t('route.error.office', { code: error.code });
  }
  return t('route.error.unknown');
}

export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return 'PANE_UNEXPECTED_ERROR';
}
