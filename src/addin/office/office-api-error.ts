/**
 * The one error family of the Office.js boundary. Every failed AsyncResult, every Office call that
 * throws and every missing capability becomes an OfficeApiError with a stable `code`; the raw
 * Office error stays on `officeCode`/`officeName` and `cause`.
 */

export type OfficeApiErrorCode =
  | 'OFFICE_NOT_LOADED' // the Office global is missing (office.js did not load)
  | 'OFFICE_READY_TIMEOUT' // Office.onReady did not fire in time
  | 'OFFICE_NO_MAILBOX' // not running in Outlook (no Office.context.mailbox)
  | 'OFFICE_NO_ITEM' // the call needs a selected item and there is none
  | 'OFFICE_UNSUPPORTED' // the API is not available in this client
  | 'OFFICE_DIALOG_UNTRUSTED_DOMAIN' // 12004
  | 'OFFICE_DIALOG_HTTPS_REQUIRED' // 12005
  | 'OFFICE_DIALOG_ALREADY_OPEN' // 12007
  | 'OFFICE_DIALOG_IGNORED' // 12009
  | 'OFFICE_DIALOG_BLOCKED' // 12011
  | 'OFFICE_ASYNC_FAILED' // any other failed AsyncResult
  | 'OFFICE_CALL_THREW'; // an Office method threw synchronously

const DIALOG_CODES: Readonly<Record<number, OfficeApiErrorCode>> = {
  12004: 'OFFICE_DIALOG_UNTRUSTED_DOMAIN',
  12005: 'OFFICE_DIALOG_HTTPS_REQUIRED',
  12007: 'OFFICE_DIALOG_ALREADY_OPEN',
  12009: 'OFFICE_DIALOG_IGNORED',
  12011: 'OFFICE_DIALOG_BLOCKED',
};

export interface OfficeApiErrorOptions {
  /** The facade operation that failed, e.g. `item.body.getAsync`. */
  operation: string;
  officeCode?: number;
  officeName?: string;
  cause?: unknown;
}

export class OfficeApiError extends Error {
  override readonly name = 'OfficeApiError';
  readonly code: OfficeApiErrorCode;
  readonly operation: string;
  readonly officeCode: number | undefined;
  readonly officeName: string | undefined;

  constructor(code: OfficeApiErrorCode, message: string, options: OfficeApiErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.operation = options.operation;
    this.officeCode = options.officeCode;
    this.officeName = options.officeName;
  }
}

export function isOfficeApiError(error: unknown): error is OfficeApiError {
  return error instanceof OfficeApiError;
}

interface OfficeErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
}

/** Converts the `error` of a failed AsyncResult. */
export function fromAsyncResultError(operation: string, error: OfficeErrorLike | undefined | null): OfficeApiError {
  const officeCode = typeof error?.code === 'number' ? error.code : undefined;
  const officeName = typeof error?.name === 'string' ? error.name : undefined;
  const detail = typeof error?.message === 'string' && error.message ? error.message : 'no details';
  const code = (officeCode !== undefined && DIALOG_CODES[officeCode]) || 'OFFICE_ASYNC_FAILED';
  const label = [officeName, officeCode].filter((part) => part !== undefined).join(' ');
  return new OfficeApiError(code, `${operation} failed${label ? ` (${label})` : ''}: ${detail}`, {
    operation,
    officeCode,
    officeName,
    cause: error ?? undefined,
  });
}

/** Converts an exception thrown synchronously by an Office method. */
export function fromThrown(operation: string, thrown: unknown): OfficeApiError {
  if (thrown instanceof OfficeApiError) return thrown;
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return new OfficeApiError('OFFICE_CALL_THREW', `${operation} threw: ${detail}`, { operation, cause: thrown });
}
