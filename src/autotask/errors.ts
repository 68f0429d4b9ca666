/**
 * The Autotask error family and the ONE factory that picks a class from an HTTP status and body.
 * Every failure the client surfaces is an `AutotaskError`; callers branch on `instanceof` or `code`.
 * The codes are listed in docs/errors.md. Nothing here ever holds a credential: `request` is a
 * redacted copy, `cause` is sanitised, and messages are built from verbatim Autotask strings only.
 */
import { scrubText, type RedactedRequest } from './redact';

export type AutotaskErrorCode =
  | 'AUTOTASK_AUTHENTICATION' | 'AUTOTASK_PERMISSION' | 'AUTOTASK_NOT_FOUND' | 'AUTOTASK_VALIDATION'
  | 'AUTOTASK_METHOD_NOT_ALLOWED' | 'AUTOTASK_RATE_LIMITED' | 'AUTOTASK_THREAD_LIMITED' | 'AUTOTASK_SERVER'
  | 'AUTOTASK_CONNECTION' | 'AUTOTASK_RESPONSE_SHAPE' | 'AUTOTASK_FOREIGN_ORIGIN' | 'AUTOTASK_INVALID_QUERY';

export interface AutotaskErrorInit {
  status?: number;
  /** Autotask's own messages, verbatim (`errors[]` strings, `{message}` objects, or `Message`). */
  errors?: readonly string[];
  request?: RedactedRequest;
  cause?: unknown;
  /** Server-provided back-off (Retry-After), in milliseconds. */
  retryAfterMs?: number;
}

export abstract class AutotaskError extends Error {
  abstract readonly code: AutotaskErrorCode;
  readonly status: number | undefined;
  readonly errors: readonly string[];
  readonly request: RedactedRequest | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(summary: string, init: AutotaskErrorInit = {}) {
    const detail = init.errors?.length ? `: ${init.errors.join(' | ')}` : '';
    const where = init.request ? ` (${init.request.method} ${pathOf(init.request.url)})` : '';
    super(`${summary}${detail}${where}`, init.cause === undefined ? undefined : { cause: sanitiseCause(init.cause) });
    this.name = new.target.name;
    this.status = init.status;
    this.errors = Object.freeze([...(init.errors ?? [])]);
    this.request = init.request;
    this.retryAfterMs = init.retryAfterMs;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, status: this.status, message: this.message, errors: this.errors, request: this.request };
  }
}

export class AutotaskAuthenticationError extends AutotaskError { readonly code = 'AUTOTASK_AUTHENTICATION' as const; }
export class AutotaskPermissionError extends AutotaskError { readonly code = 'AUTOTASK_PERMISSION' as const; }
export class AutotaskNotFoundError extends AutotaskError { readonly code = 'AUTOTASK_NOT_FOUND' as const; }
export class AutotaskValidationError extends AutotaskError { readonly code = 'AUTOTASK_VALIDATION' as const; }
export class AutotaskMethodNotAllowedError extends AutotaskError { readonly code = 'AUTOTASK_METHOD_NOT_ALLOWED' as const; }
export class AutotaskRateLimitedError extends AutotaskError { readonly code = 'AUTOTASK_RATE_LIMITED' as const; }
export class AutotaskThreadLimitedError extends AutotaskError { readonly code = 'AUTOTASK_THREAD_LIMITED' as const; }
export class AutotaskServerError extends AutotaskError { readonly code = 'AUTOTASK_SERVER' as const; }
export class AutotaskResponseShapeError extends AutotaskError { readonly code = 'AUTOTASK_RESPONSE_SHAPE' as const; }
/** A `nextPageUrl` (or other server-given URL) points outside the zone: nothing was sent there. */
export class AutotaskForeignOriginError extends AutotaskError { readonly code = 'AUTOTASK_FOREIGN_ORIGIN' as const; }
/** A query the client refused to send (Autotask would ignore or reject it). Thrown before any request. */
export class AutotaskInvalidQueryError extends AutotaskError { readonly code = 'AUTOTASK_INVALID_QUERY' as const; }

/** Network failure, timeout, dropped socket or abort: no HTTP response was received. */
export class AutotaskConnectionError extends AutotaskError {
  readonly code = 'AUTOTASK_CONNECTION' as const;
  /** False only when the request certainly never left (refused connection, DNS failure). */
  readonly mayHaveReachedServer: boolean;
  readonly reason: 'refused' | 'dns' | 'timeout' | 'reset' | 'aborted' | 'network';
  constructor(summary: string, init: AutotaskErrorInit & { mayHaveReachedServer: boolean; reason: AutotaskConnectionError['reason'] }) {
    super(summary, init);
    this.mayHaveReachedServer = init.mayHaveReachedServer;
    this.reason = init.reason;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason, mayHaveReachedServer: this.mayHaveReachedServer };
  }
}

const THREAD_LIMIT = /thread threshold[\s\S]*exceeded|Itgenatr005/i;
const RATE_LIMIT = /(request|hourly|usage) threshold|rate limit/i;
const AUTH_500 = /Zone information could not be determined|IntegrationCode is invalid/i;
const PERMISSION = /does not have the adequate permissions/i;

export interface ResponseFacts {
  status: number;
  /** Parsed JSON when the body was JSON, else the raw text (or undefined when empty). */
  body: unknown;
  headers?: Record<string, string | undefined>;
  request?: RedactedRequest;
  /** Current time in ms (for an HTTP-date Retry-After); defaults to Date.now(). */
  now?: number;
  /** Credential values to scrub should a server ever echo one back into a message. */
  secrets?: readonly (string | undefined)[];
}

/** The single status + body → error class decision. */
export function createAutotaskError(facts: ResponseFacts): AutotaskError {
  const { status, request } = facts;
  const extracted = extractMessages(facts.body);
  const hasErrorsArray = extracted.hasErrorsArray;
  const messages = extracted.messages.map((m) => scrubText(m, facts.secrets ?? []));
  const retryAfterMs = parseRetryAfter(facts.headers?.['retry-after'], facts.now ?? Date.now());
  const init: AutotaskErrorInit = { status, errors: messages, request, retryAfterMs };
  const text = messages.join('\n');
  if (THREAD_LIMIT.test(text)) return new AutotaskThreadLimitedError('Autotask thread limit exceeded', init);
  if (status === 429 || RATE_LIMIT.test(text)) return new AutotaskRateLimitedError('Autotask request threshold exceeded', init);
  if (status === 401 || AUTH_500.test(text)) return new AutotaskAuthenticationError('Autotask rejected the API credentials', init);
  if (status === 403 || PERMISSION.test(text)) return new AutotaskPermissionError('Autotask refused: insufficient permissions', init);
  if (status === 404) return new AutotaskNotFoundError('Autotask record or route not found', init);
  if (status === 405) return new AutotaskMethodNotAllowedError('Autotask does not allow this method here', init);
  if ((status === 500 && hasErrorsArray && messages.length > 0) || (status >= 400 && status < 500)) {
    return new AutotaskValidationError('Autotask rejected the request', init);
  }
  return new AutotaskServerError(`Autotask answered HTTP ${status}`, init);
}

function extractMessages(body: unknown): { messages: string[]; hasErrorsArray: boolean } {
  if (typeof body === 'string') {
    const t = body.trim();
    return { messages: t && t.length <= 500 && !t.startsWith('<') ? [t] : [], hasErrorsArray: false };
  }
  if (!body || typeof body !== 'object') return { messages: [], hasErrorsArray: false };
  const b = body as Record<string, unknown>;
  const messages: string[] = [];
  const hasErrorsArray = Array.isArray(b.errors);
  if (hasErrorsArray) {
    for (const e of b.errors as unknown[]) {
      if (typeof e === 'string') messages.push(e);
      else if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') messages.push((e as { message: string }).message);
    }
  }
  for (const key of ['Message', 'message', 'error_description'] as const) {
    if (typeof b[key] === 'string' && !messages.includes(b[key] as string)) messages.push(b[key] as string);
  }
  return { messages, hasErrorsArray };
}

/** `Retry-After` as delta-seconds or HTTP-date → milliseconds (undefined when absent or invalid). */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Keep only name/code/message of a cause: raw HTTP library errors carry request headers. */
function sanitiseCause(cause: unknown): unknown {
  if (cause instanceof AutotaskError) return cause;
  if (cause instanceof Error) {
    const safe = new Error(cause.message);
    safe.name = cause.name;
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') Object.assign(safe, { code });
    if ('issues' in cause) Object.assign(safe, { issues: (cause as { issues: unknown }).issues });
    return safe;
  }
  return typeof cause === 'string' ? cause : undefined;
}

function pathOf(url: string): string {
  const q = url.indexOf('?');
  const noQuery = q < 0 ? url : url.slice(0, q);
  return noQuery.replace(/^[a-z]+:\/\/[^/]+/i, '');
}
