/**
 * The proxy's own refusals and failures, shaped like the gateway's error family (src/gateway/errors.ts):
 * a protocol code, an HTTP status, a client-safe description that says what to do next, and
 * `expose = status < 500`. Autotask's own answers are not errors here: they are passed through.
 * Codes are listed in the proxy section of docs/gateway-api.md.
 */

export type ProxyErrorCode =
  | 'invalid_session' | 'not_allowed' | 'origin_not_allowed' | 'impersonation_refused' | 'credentials_refused'
  | 'invalid_request' | 'unsupported_media_type' | 'body_too_large'
  | 'autotask_timeout' | 'autotask_unreachable' | 'autotask_credentials_rejected' | 'autotask_bad_response' | 'server_error';

export const SERVER_ERROR_DESCRIPTION = 'The gateway failed to answer. Try again; if it persists, see the gateway log.';

export class ProxyError extends Error {
  readonly code: ProxyErrorCode;
  readonly statusCode: number;
  readonly expose: boolean;
  readonly description: string;

  constructor(code: ProxyErrorCode, statusCode: number, description: string, detail?: string) {
    super(detail ?? description);
    this.name = 'ProxyError';
    this.code = code;
    this.statusCode = statusCode;
    this.expose = statusCode < 500;
    this.description = description;
  }

  /** The body the client sees. 5xx that the proxy itself caused answer a generic description. */
  toJSON(): { error: string; error_description: string } {
    if (this.code === 'server_error') return { error: 'server_error', error_description: SERVER_ERROR_DESCRIPTION };
    return { error: this.code, error_description: this.description };
  }
}

const kib = (n: number) => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB` : `${Math.round(n / 1024)} KiB`);
const CHECK_FIRST = 'The change may have been saved: check Autotask before you repeat it.';

export const proxyErrors = {
  invalidSession: () => new ProxyError('invalid_session', 401, 'Your session has ended. Sign in again.'),
  notAllowed: (detail: string) =>
    new ProxyError('not_allowed', 403, 'The add-in may not make this Autotask request. If a command needs it, ask your administrator to update the gateway.', detail),
  notOwner: (detail: string) =>
    new ProxyError('not_allowed', 403, 'You can add or change only your own records of this kind. Pick yourself as the resource.', detail),
  notOwnServiceCall: (detail: string) =>
    new ProxyError('not_allowed', 403, 'You can change the tickets and resources only of service calls you created. Ask whoever created it, or change it in Autotask.', detail),
  originNotAllowed: (origin: string) =>
    new ProxyError('origin_not_allowed', 403, 'Requests from this web page are not accepted. Open the add-in from its own address.', `origin ${origin.slice(0, 100)}`),
  impersonationRefused: (detail: string) =>
    new ProxyError('impersonation_refused', 400, 'The gateway decides who a request acts as. Remove the ImpersonationResourceId header or contact attribution field and try again.', detail),
  credentialsRefused: () =>
    new ProxyError('credentials_refused', 400, 'The gateway adds the Autotask API credentials itself. Remove the ApiIntegrationCode, UserName and Secret headers and try again.'),
  invalidRequest: (what: string) => new ProxyError('invalid_request', 400, `${what} Correct it and try again.`),
  unsupportedMediaType: () => new ProxyError('unsupported_media_type', 415, 'Send the body as JSON (Content-Type: application/json), not compressed.'),
  bodyTooLarge: (limit: number, attachments: boolean) =>
    new ProxyError('body_too_large', 413, attachments
      ? `The attachment is larger than the ${kib(limit)} allowed (about 6 MB per file). Attach a smaller file or share a link instead.`
      : `The request is larger than the ${kib(limit)} allowed. Shorten the text and try again.`),
  timeout: (write: boolean) =>
    new ProxyError('autotask_timeout', 504, `Autotask did not answer in time. ${write ? CHECK_FIRST : 'Try again in a moment.'}`),
  unreachable: (write: boolean, detail: string) =>
    new ProxyError('autotask_unreachable', 502,
      `The gateway could not reach Autotask. ${write ? `${CHECK_FIRST} ` : ''}Try again in a minute; if it persists, ask your administrator to check the gateway's connection to Autotask and its Autotask settings.`, detail),
  credentialsRejected: () =>
    new ProxyError('autotask_credentials_rejected', 502, "Autotask refused the gateway's API user. Ask your administrator to check the gateway's Autotask credentials."),
  badResponse: (detail: string) => new ProxyError('autotask_bad_response', 502, 'Autotask answered with something the gateway could not read. Try again in a moment.', detail),
  server: (detail: string) => new ProxyError('server_error', 500, SERVER_ERROR_DESCRIPTION, detail),
};
