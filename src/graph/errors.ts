/**
 * The Microsoft Graph error family and the ONE factory that picks a class from an HTTP status and
 * Graph's `{ error: { code, message } }` body. Every failure the Graph client surfaces is a
 * `GraphError`; callers branch on `instanceof` or `code` (listed in docs/graph.md). A request copy
 * keeps method and URL only: the bearer token never reaches an error.
 */

export type GraphErrorCode =
  | 'GRAPH_AUTHENTICATION' | 'GRAPH_PERMISSION' | 'GRAPH_NOT_FOUND' | 'GRAPH_VALIDATION' | 'GRAPH_CONFLICT'
  | 'GRAPH_THROTTLED' | 'GRAPH_SYNC_STATE_EXPIRED' | 'GRAPH_SERVER' | 'GRAPH_CONNECTION' | 'GRAPH_RESPONSE_SHAPE'
  | 'GRAPH_FOREIGN_ORIGIN';

export interface GraphRequestCopy {
  method: string;
  url: string;
}

export interface GraphErrorInit {
  status?: number;
  /** Graph's own `error.code` (e.g. `ErrorItemNotFound`, `ApplicationThrottled`). */
  graphCode?: string;
  request?: GraphRequestCopy;
  cause?: unknown;
  /** Server-provided back-off (Retry-After), in milliseconds. */
  retryAfterMs?: number;
}

export abstract class GraphError extends Error {
  abstract readonly code: GraphErrorCode;
  readonly status: number | undefined;
  readonly graphCode: string | undefined;
  readonly request: GraphRequestCopy | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, init: GraphErrorInit = {}) {
    const where = init.request ? ` (${init.request.method} ${pathOf(init.request.url)})` : '';
    super(`${message}${where}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status;
    this.graphCode = init.graphCode;
    this.request = init.request;
    this.retryAfterMs = init.retryAfterMs;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, status: this.status, graphCode: this.graphCode, message: this.message, request: this.request };
  }
}

export class GraphAuthenticationError extends GraphError { readonly code = 'GRAPH_AUTHENTICATION' as const; }
export class GraphPermissionError extends GraphError { readonly code = 'GRAPH_PERMISSION' as const; }
export class GraphNotFoundError extends GraphError { readonly code = 'GRAPH_NOT_FOUND' as const; }
export class GraphValidationError extends GraphError { readonly code = 'GRAPH_VALIDATION' as const; }
/** 409/412: the item changed or exists (e.g. a folder of that name). */
export class GraphConflictError extends GraphError { readonly code = 'GRAPH_CONFLICT' as const; }
/** 429 (or 503 with Retry-After) that outlasted the client's retries. */
export class GraphThrottledError extends GraphError { readonly code = 'GRAPH_THROTTLED' as const; }
/** 410 on a delta link: the sync state expired; start a full resync (drop the delta link). */
export class GraphSyncStateExpiredError extends GraphError { readonly code = 'GRAPH_SYNC_STATE_EXPIRED' as const; }
export class GraphServerError extends GraphError { readonly code = 'GRAPH_SERVER' as const; }
/** The response was not what the schema expects. */
export class GraphResponseShapeError extends GraphError { readonly code = 'GRAPH_RESPONSE_SHAPE' as const; }
/** A server-given `@odata.nextLink`/`deltaLink` points outside the configured base URL: not followed. */
export class GraphForeignOriginError extends GraphError { readonly code = 'GRAPH_FOREIGN_ORIGIN' as const; }

/** No HTTP response: network failure, timeout or abort. */
export class GraphConnectionError extends GraphError {
  readonly code = 'GRAPH_CONNECTION' as const;
  readonly reason: 'aborted' | 'network';
  constructor(message: string, init: GraphErrorInit & { reason: GraphConnectionError['reason'] }) {
    super(message, init);
    this.reason = init.reason;
  }
}

/** Reads `{ error: { code, message } }` leniently. */
export function graphErrorBody(body: unknown): { code?: string; message?: string } {
  const error = (body as { error?: unknown } | null | undefined)?.error;
  if (!error || typeof error !== 'object') return {};
  const { code, message } = error as { code?: unknown; message?: unknown };
  return { ...(typeof code === 'string' ? { code } : {}), ...(typeof message === 'string' ? { message } : {}) };
}

/** Retry-After in seconds (Graph sends seconds) or an HTTP date → milliseconds. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The ONE factory: status + body (+ Retry-After) → the right class. */
export function graphErrorFrom(status: number, body: unknown, init: Omit<GraphErrorInit, 'status' | 'graphCode'> = {}): GraphError {
  const { code, message } = graphErrorBody(body);
  const text = message ?? `Microsoft Graph answered HTTP ${status}`;
  const full: GraphErrorInit = { ...init, status, ...(code ? { graphCode: code } : {}) };
  if (status === 401) return new GraphAuthenticationError(text, full);
  if (status === 403) return new GraphPermissionError(text, full);
  if (status === 404) return new GraphNotFoundError(text, full);
  if (status === 409 || status === 412) return new GraphConflictError(text, full);
  if (status === 410) return new GraphSyncStateExpiredError(text, full);
  if (status === 429 || (status === 503 && init.retryAfterMs !== undefined)) return new GraphThrottledError(text, full);
  if (status >= 500) return new GraphServerError(text, full);
  return new GraphValidationError(text, full);
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}
