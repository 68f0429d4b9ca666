/**
 * The one error family of sign-in and of calls to the gateway. Every member has a stable `code`
 * and a `description` that can be shown as is: the gateway's own `error_description` (it is
 * written for users), or a sentence from the strings table.
 */
import type { OfficeApiError } from '../office';
import { t } from '../strings';

/** Every code, documented in docs/errors.md (a unit test keeps the two in step). */
export const AUTH_ERROR_CODES = [
  /** The gateway answered with `{ error, error_description }`; `gatewayCode` holds its `error`. */
  'GATEWAY_REFUSED',
  /** No answer: offline, DNS, refused, timeout, or a 502/503/504 from something in front of it. */
  'GATEWAY_UNREACHABLE',
  /** An answer that is not what the contract says. */
  'GATEWAY_BAD_ANSWER',
  /** The user closed or cancelled the sign-in. */
  'SIGN_IN_CANCELLED',
  /** Office could not open or keep the sign-in dialog (12004/12005/12007/12009/12011, 12002/12003). */
  'SIGN_IN_DIALOG_FAILED',
  /** The session expired or was revoked (401 `invalid_session`). */
  'SESSION_ENDED',
] as const;

export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

export class AuthError extends Error {
  override readonly name: string = 'AuthError';
  readonly code: AuthErrorCode;
  /** What to tell the user (what happened and what to do). */
  readonly description: string;
  /** HTTP status of the gateway's answer, when there was one. */
  readonly status: number | undefined;
  /** The gateway's protocol code (`invalid_code`, `locked`, …), when it answered one. */
  readonly gatewayCode: string | undefined;
  /** Seconds to wait before trying again (`locked`, `rate_limited`). */
  readonly retryAfter: number | undefined;

  constructor(
    code: AuthErrorCode,
    description: string,
    init: { status?: number; gatewayCode?: string; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(`${code}${init.gatewayCode ? ` (${init.gatewayCode})` : ''}: ${description}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.description = description;
    this.status = init.status;
    this.gatewayCode = init.gatewayCode;
    this.retryAfter = init.retryAfter;
  }
}

export function isAuthError(error: unknown, code?: AuthErrorCode): error is AuthError {
  return error instanceof AuthError && (code === undefined || error.code === code);
}

export const unreachable = (cause?: unknown) => new AuthError('GATEWAY_UNREACHABLE', t('auth.error.unreachable'), { cause });
export const badAnswer = (status: number) => new AuthError('GATEWAY_BAD_ANSWER', t('auth.error.badAnswer', { status }), { status });
export const cancelled = () => new AuthError('SIGN_IN_CANCELLED', t('auth.error.cancelled'));
export const sessionEnded = () => new AuthError('SESSION_ENDED', t('auth.sessionEnded'), { status: 401, gatewayCode: 'invalid_session' });

/** The gateway's error body → AuthError (its description is shown verbatim). */
export function refused(status: number, body: unknown): AuthError {
  const b = (body ?? {}) as { error?: unknown; error_description?: unknown; retry_after?: unknown };
  const gatewayCode = typeof b.error === 'string' ? b.error : 'server_error';
  const description = typeof b.error_description === 'string' && b.error_description ? b.error_description : t('auth.error.badAnswer', { status });
  const retryAfter = typeof b.retry_after === 'number' ? b.retry_after : undefined;
  if (status === 401 && gatewayCode === 'invalid_session') return sessionEnded();
  return new AuthError('GATEWAY_REFUSED', description, { status, gatewayCode, ...(retryAfter !== undefined ? { retryAfter } : {}) });
}

/** An Office dialog failure → what to tell the user. */
export function dialogFailed(error: OfficeApiError | { officeCode: number }): AuthError {
  const code = 'officeCode' in error ? error.officeCode : undefined;
  const key =
    code === 12004 ? 'auth.dialog.untrusted'
      : code === 12005 ? 'auth.dialog.https'
        : code === 12007 ? 'auth.dialog.alreadyOpen'
          : code === 12009 ? 'auth.dialog.ignored'
            : code === 12011 ? 'auth.dialog.blocked'
              : 'auth.dialog.failed';
  return new AuthError('SIGN_IN_DIALOG_FAILED', t(key), { cause: error });
}

/** Anything caught at a sign-in view's edge → an AuthError to show (unexpected ones are logged). */
export function toAuthError(error: unknown): AuthError {
  if (isAuthError(error)) return error;
  console.error('[auth] unexpected failure', error);
  return new AuthError('GATEWAY_BAD_ANSWER', t('auth.error.unexpected'), { cause: error });
}
