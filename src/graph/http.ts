/**
 * The Graph transport: fetch with a bearer token from `getToken`, at most `maxConcurrent` (4, Graph's
 * per-mailbox limit) requests in flight, and ONE retry rule: a 429, or a 503 with Retry-After, was
 * refused before Graph did anything, so it is repeated (reads and writes alike) after Retry-After;
 * other 5xx and network failures are repeated for reads only. A retrying request gives its slot
 * back while it sleeps. Every non-2xx becomes a typed GraphError (errors.ts).
 */
import { createLimiter } from '../autotask/limiter';
import {
  GraphConnectionError, GraphError, GraphForeignOriginError, GraphResponseShapeError, GraphServerError, GraphThrottledError,
  graphErrorFrom, parseRetryAfter, type GraphRequestCopy,
} from './errors';

export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface GraphHttpOptions {
  /** e.g. `https://graph.microsoft.com/v1.0/` (a trailing slash is added when missing). */
  baseUrl: string;
  getToken: () => Promise<string>;
  /** Injectable for tests (default: the global fetch). */
  fetch?: typeof fetch;
  /** Requests in flight per mailbox (default 4: Outlook's per-app, per-mailbox limit). */
  maxConcurrent?: number;
  /** Retries after the first attempt (default 5). */
  maxRetries?: number;
  /** Longest Retry-After the client waits for (default 120 000 ms); longer → GraphThrottledError. */
  maxRetryAfterMs?: number;
  /** Back-off for 5xx/network failures without Retry-After (default 500 ms, doubling, full jitter). */
  baseDelayMs?: number;
  /** IANA or Windows time zone for `Prefer: outlook.timezone` (event start/end come back in it). */
  timeZone?: string;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface GraphRequest {
  method: GraphMethod;
  /** Relative to the base URL (`me/contacts`), or an absolute nextLink/deltaLink under it. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface GraphResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface GraphStats {
  /** HTTP requests sent, retries included ($batch counts once). */
  requests: number;
  retries: number;
  /** Highest number of requests in flight at once. */
  maxInFlight: number;
}

export interface GraphHttp {
  readonly baseUrl: string;
  send(request: GraphRequest): Promise<GraphResponse>;
  stats(): GraphStats;
  /** Absolute URL for a relative path (or checks an absolute one is under the base URL). */
  resolve(url: string): string;
}

const sleepFor = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve, reject) => {
  if (signal?.aborted) return reject(signal.reason);
  const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
  const onAbort = () => { clearTimeout(timer); reject(signal?.reason); };
  signal?.addEventListener('abort', onAbort, { once: true });
});

/** Pure: is this failure safe and worth repeating? */
export function isRetryable(error: GraphError, method: GraphMethod): boolean {
  if (error instanceof GraphThrottledError) return true;
  if (error instanceof GraphConnectionError) return error.reason !== 'aborted' && method === 'GET';
  return error instanceof GraphServerError && method === 'GET';
}

export function createGraphHttp(options: GraphHttpOptions): GraphHttp {
  const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const limiter = createLimiter(options.maxConcurrent ?? 4);
  const maxRetries = options.maxRetries ?? 5;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const sleep = options.sleep ?? sleepFor;
  const random = options.random ?? Math.random;
  const stats: GraphStats = { requests: 0, retries: 0, maxInFlight: 0 };
  let inFlight = 0;

  const resolve = (url: string): string => {
    if (!/^https?:/i.test(url)) return new URL(url.replace(/^\//, ''), baseUrl).toString();
    if (!url.startsWith(baseUrl)) throw new GraphForeignOriginError('A Graph link points outside the configured base URL; not followed', { request: { method: 'GET', url } });
    return url;
  };

  const attempt = async (request: GraphRequest, url: string, copy: GraphRequestCopy): Promise<GraphResponse> => {
    const token = await options.getToken();
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${token}`, ...request.headers };
    if (options.timeZone) headers.prefer = [headers.prefer, `outlook.timezone="${options.timeZone}"`].filter(Boolean).join(', ');
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    inFlight += 1;
    stats.requests += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    let res: Response;
    let text: string;
    try {
      res = await doFetch(url, {
        method: request.method, headers,
        ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
        ...(request.signal ? { signal: request.signal } : {}),
      });
      text = await res.text();
    } catch (cause) {
      const aborted = request.signal?.aborted === true || (cause as { name?: string })?.name === 'AbortError';
      throw new GraphConnectionError(aborted ? 'Request aborted' : 'Could not reach Microsoft Graph', { request: copy, cause, reason: aborted ? 'aborted' : 'network' });
    } finally {
      inFlight -= 1;
    }
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      if (res.ok) throw new GraphResponseShapeError('Microsoft Graph answered with something other than JSON', { status: res.status, request: copy });
      body = text;
    }
    if (res.ok) return { status: res.status, headers: res.headers, body };
    const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
    throw graphErrorFrom(res.status, body, { request: copy, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
  };

  return {
    baseUrl,
    resolve,
    stats: () => ({ ...stats }),
    async send(request) {
      const url = resolve(request.url);
      const copy: GraphRequestCopy = { method: request.method, url: url.split('?')[0] ?? url };
      for (let retry = 0; ; retry += 1) {
        try {
          return await limiter.run('mailbox', () => attempt(request, url, copy));
        } catch (error) {
          if (!(error instanceof GraphError) || retry >= maxRetries || !isRetryable(error, request.method)) throw error;
          if (error.retryAfterMs !== undefined && error.retryAfterMs > maxRetryAfterMs) throw error;
          const delay = error.retryAfterMs ?? Math.floor(random() * baseDelayMs * 2 ** retry);
          stats.retries += 1;
          await sleep(delay, request.signal);
        }
      }
    },
  };
}
