/**
 * The gateway's one error family. Every refusal has a protocol code (`invalid_code`), an HTTP
 * status, a description that is safe to show and says what to do next, and `expose = status < 500`
 * (internal failures answer a generic description; the detail stays in the log).
 */

export type GatewayErrorCode =
  | 'invalid_request'
  | 'invalid_code'
  | 'locked'
  | 'rate_limited'
  | 'unknown_user'
  | 'invalid_token'
  | 'invalid_state'
  | 'invalid_session'
  | 'method_disabled'
  | 'idp_error'
  | 'access_denied'
  | 'server_error';

export class GatewayError extends Error {
  readonly code: GatewayErrorCode;
  readonly statusCode: number;
  readonly expose: boolean;
  /** Client-safe description with advice. */
  readonly description: string;
  /** Seconds to wait (423, 429). */
  readonly retryAfter?: number;

  constructor(code: GatewayErrorCode, statusCode: number, description: string, opts: { cause?: unknown; retryAfter?: number; detail?: string } = {}) {
    super(opts.detail ?? description, { cause: opts.cause });
    this.name = 'GatewayError';
    this.code = code;
    this.statusCode = statusCode;
    this.expose = statusCode < 500;
    this.description = description;
    if (opts.retryAfter !== undefined) this.retryAfter = opts.retryAfter;
  }

  /** The body the client sees. */
  toJSON(): Record<string, unknown> {
    if (!this.expose) return { error: 'server_error', error_description: SERVER_ERROR_DESCRIPTION };
    return {
      error: this.code,
      error_description: this.description,
      ...(this.retryAfter !== undefined ? { retry_after: this.retryAfter } : {}),
    };
  }
}

export const SERVER_ERROR_DESCRIPTION = 'The gateway failed to answer. Try again; if it persists, see the gateway log.';

export const waitText = (seconds: number) => `wait ${seconds} second${seconds === 1 ? '' : 's'}`;

export const errors = {
  invalidRequest: (what: string) => new GatewayError('invalid_request', 400, `${what} Correct it and try again.`),
  invalidCode: () => new GatewayError('invalid_code', 401, 'The code is wrong, was already used or has expired. Check the code in your authenticator app and try again.'),
  locked: (seconds: number) =>
    new GatewayError('locked', 423, `Too many attempts: ${waitText(seconds)} before you try again.`, { retryAfter: seconds }),
  rateLimited: (seconds: number) =>
    new GatewayError('rate_limited', 429, `Too many sign-in requests: ${waitText(seconds)} and try again.`, { retryAfter: seconds }),
  unknownUser: (detail: string) =>
    new GatewayError('unknown_user', 403, `${detail} Ask your Autotask administrator to check your resource's email address and status.`),
  notEnrolled: () =>
    new GatewayError('unknown_user', 403, 'No two-factor code is set up for this address. Ask your administrator to enrol you (npm run otp:enrol).'),
  invalidToken: (detail: string, cause?: unknown) =>
    new GatewayError('invalid_token', 401, 'Your Microsoft sign-in could not be verified. Sign in again; if it persists, ask your administrator to check the gateway configuration.', { detail, cause }),
  invalidIdToken: (provider: string, detail: string, cause?: unknown) =>
    new GatewayError('invalid_token', 401, `The answer from ${provider} could not be verified. Start the sign-in again.`, { detail, cause }),
  invalidState: () =>
    new GatewayError('invalid_state', 400, 'This sign-in link was already used or has expired. Close this window and sign in again.'),
  invalidSession: () => new GatewayError('invalid_session', 401, 'Your session has ended. Sign in again.'),
  methodDisabled: (method: string) =>
    new GatewayError('method_disabled', 404, `Sign-in with ${method} is not enabled on this gateway. Use another sign-in method or ask your administrator.`),
  /** The identity provider answered the authorization with `error=` (the user cancelled, or a policy refused). */
  idpRefused: (provider: string, error: string) =>
    error === 'access_denied'
      ? new GatewayError('access_denied', 400, `The ${provider} sign-in was cancelled. Sign in again when you are ready.`, { detail: error })
      : new GatewayError('idp_error', 400, `${provider} refused the sign-in. Try again; if it persists, ask your administrator.`, { detail: `authorization answered error=${error}` }),
  idpError: (provider: string, detail: string, cause?: unknown) =>
    new GatewayError('idp_error', 502, `${provider} did not complete the sign-in. Try again in a moment.`, { detail, cause }),
};

/** Any thrown value → a GatewayError (unknown failures become a 500 with a generic description). */
export function toGatewayError(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  const e = err as { statusCode?: number; validation?: unknown; message?: string; code?: string };
  if (e && typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    // Fastify's own refusals (malformed JSON, body too large, unsupported media type).
    return new GatewayError('invalid_request', e.statusCode, `${e.message ?? 'The request is not valid.'} Correct it and try again.`);
  }
  return new GatewayError('server_error', 500, SERVER_ERROR_DESCRIPTION, { cause: err, detail: e?.message ?? String(err) });
}
