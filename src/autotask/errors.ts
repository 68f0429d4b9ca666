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
  | 'AUTOTASK_CONNECTION' | 'AUTOTASK_RESPONSE_SHAPE' | 'AUTOTASK_FOREIGN_ORIGIN' | 'AUTOTASK_INVALID_QUERY'
  | 'AUTOTASK_ATTACHMENT_TOO_LARGE' | 'AUTOTASK_ATTACHMENT_BUDGET';

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

const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

/** A ticket attachment larger than the per-file limit: refused by the client, nothing was sent. */
export class AutotaskAttachmentTooLargeError extends AutotaskError {
  readonly code = 'AUTOTASK_ATTACHMENT_TOO_LARGE' as const;
  readonly fileName: string;
  /** Decoded size in bytes. */
  readonly size: number;
  /** The per-file limit in bytes. */
  readonly limit: number;
  constructor(init: { fileName: string; size: number; limit: number }) {
    super(`Attachment "${init.fileName}" is ${bytes(init.size)}; Autotask accepts at most ${bytes(init.limit)} per file. Nothing was sent`);
    this.fileName = init.fileName;
    this.size = init.size;
    this.limit = init.limit;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), fileName: this.fileName, size: this.size, limit: this.limit };
  }
}

/**
 * A ticket attachment that would exceed the rolling byte budget (10,000,000 bytes per 5 minutes):
 * refused by the client before Autotask locks attachments for 5 minutes. `retryAfterMs`: when it fits.
 */
export class AutotaskAttachmentBudgetError extends AutotaskError {
  readonly code = 'AUTOTASK_ATTACHMENT_BUDGET' as const;
  readonly fileName: string;
  readonly size: number;
  /** Bytes already sent in the current window. */
  readonly usedBytes: number;
  /** The budget in bytes per window. */
  readonly limit: number;
  readonly windowMs: number;
  constructor(init: { fileName: string; size: number; usedBytes: number; limit: number; windowMs: number; retryAfterMs?: number }) {
    const when = init.retryAfterMs === undefined ? 'it is larger than the whole budget' : `it fits in ${Math.ceil(init.retryAfterMs / 1000)} s`;
    super(`Attachment "${init.fileName}" (${bytes(init.size)}) would exceed the attachment budget: ${bytes(init.usedBytes)} of ${bytes(init.limit)} `
      + `sent in the last ${Math.round(init.windowMs / 60_000)} minutes; ${when}. Nothing was sent`, { retryAfterMs: init.retryAfterMs });
    this.fileName = init.fileName;
    this.size = init.size;
    this.usedBytes = init.usedBytes;
    this.limit = init.limit;
    this.windowMs = init.windowMs;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), fileName: this.fileName, size: this.size, usedBytes: this.usedBytes, limit: this.limit, windowMs: this.windowMs, retryAfterMs: this.retryAfterMs };
  }
}

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
