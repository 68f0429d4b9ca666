/**
 * The request pipeline shared by every resource: base URL (zone or gateway), headers, the
 * per-endpoint limiter, the error factory, 401 re-discovery, retries and redacted logging.
 * Resources describe a call (`CallSpec`); this module is the only one that sends it.
 */
import type { z } from 'zod';
import {
  AutotaskAuthenticationError, AutotaskError, AutotaskForeignOriginError, AutotaskResponseShapeError, createAutotaskError,
} from './errors';
import type { Limiter } from './limiter';
import { redactRequest, type RedactedRequest } from './redact';
import { backoffDelay, shouldRetry, type RequestKind, type RetryOptions } from './retry';
import type { HttpMethod, HttpRequest, HttpResponse, Transport } from './transport';
import { joinUrl, type ZoneInfo, type ZoneResolver } from './zone';

export interface CallSpec {
  method: HttpMethod;
  /** Relative to the API base (`Tickets/query`, `Tickets/12/Notes`). */
  path?: string;
  /** An absolute URL the server gave us (`nextPageUrl`); origin-checked before anything is sent. */
  url?: string;
  /** Raw query string without `?`. */
  query?: string;
  body?: unknown;
  /** Limiter bucket (the entity); omit to bypass the limiter (zone discovery). */
  bucket?: string;
  kind: RequestKind;
  /** A configured absolute URL sent with no credentials and no hook (zone discovery only). */
  anonymousUrl?: string;
  impersonationResourceId?: number;
  signal?: AbortSignal;
  /**
   * Resolve with Autotask's whole answer (`{ status, headers, body }`) instead of the body; a
   * non-2xx final answer stays reachable from the thrown error through `rawResponseOf()`.
   * Used by `send()` (send.ts), the gateway proxy's passthrough.
   */
  raw?: boolean;
}

/** The HTTP answer behind an error thrown for a non-2xx status (send() passes it through). */
const rawResponses = new WeakMap<AutotaskError, HttpResponse>();
export function rawResponseOf(err: unknown): HttpResponse | undefined {
  return err instanceof AutotaskError ? rawResponses.get(err) : undefined;
}

/** What the logger hook receives: redacted requests and error summaries only. */
export type AutotaskLogEvent =
  | { type: 'request'; request: RedactedRequest; attempt: number }
  | { type: 'response'; request: RedactedRequest; status: number; durationMs: number; attempt: number }
  | { type: 'retry'; request: RedactedRequest | undefined; error: LoggedError; attempt: number; delayMs: number; reason: string }
  | { type: 'error'; request: RedactedRequest | undefined; error: LoggedError; attempt: number };
export interface LoggedError { name: string; code: string; status: number | undefined; message: string; errors: readonly string[] }

export interface CoreOptions {
  mode: 'direct' | 'gateway';
  /** Direct mode: zone resolver; gateway mode: undefined. */
  zone?: ZoneResolver;
  /** Gateway mode: absolute base URL of the proxy. */
  gatewayBase?: string;
  credentials?: { username: string; secret: string; integrationCode: string };
  impersonationResourceId?: number;
  beforeRequest?: (request: { method: HttpMethod; url: string; headers: Record<string, string> }) => void | Promise<void>;
  sensitiveHeaders: readonly string[];
  transport: Transport;
  limiter: Limiter | undefined;
  retry: RetryOptions;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  logger?: (event: AutotaskLogEvent) => void;
}

export interface Core {
  call(spec: CallSpec): Promise<unknown>;
  call<T>(spec: CallSpec, schema: z.ZodType<T>): Promise<T>;
  /** The base every relative path is joined to (zone `…/v1.0/` or the gateway proxy base). */
  apiBase(): Promise<string>;
  zone(): Promise<ZoneInfo | undefined>;
}

export function createCore(o: CoreOptions): Core {
  const secrets = o.credentials ? [o.credentials.secret, o.credentials.username, o.credentials.integrationCode] : [];
  const log = (event: AutotaskLogEvent): void => {
    try {
      o.logger?.(event);
    } catch {
      /* a logger must never break a request */
    }
  };

  const apiBase = async (): Promise<string> => (o.mode === 'direct' ? (await o.zone!.resolve()).apiBase : o.gatewayBase!);

  /** A server-given URL: only followed inside the zone (direct) or through the gateway. */
  const followUrl = (url: string, base: string): string => {
    let target: URL;
    try {
      target = new URL(url, base);
    } catch {
      throw new AutotaskForeignOriginError('Autotask returned an unusable next-page URL');
    }
    const baseUrl = new URL(base);
    if (target.origin === baseUrl.origin) return target.href;
    const m = o.mode === 'gateway' ? /\/atservicesrest\/v1\.0\/(.*)$/i.exec(target.pathname) : null;
    if (m) return `${joinUrl(base, m[1]!)}${target.search}`;
    throw new AutotaskForeignOriginError(`Refusing to follow a URL outside the Autotask zone (${target.origin}); nothing was sent`);
  };

  const prepare = async (spec: CallSpec, base: string): Promise<HttpRequest> => {
    const anonymous = spec.anonymousUrl !== undefined;
    const url = anonymous ? spec.anonymousUrl! : spec.url !== undefined ? followUrl(spec.url, base) : `${joinUrl(base, spec.path ?? '')}${spec.query ? `?${spec.query}` : ''}`;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (o.mode === 'direct' && !anonymous && o.credentials) {
      headers.ApiIntegrationCode = o.credentials.integrationCode;
      headers.UserName = o.credentials.username;
      headers.Secret = o.credentials.secret;
    }
    const imp = spec.impersonationResourceId ?? o.impersonationResourceId;
    if (imp !== undefined && !anonymous) headers.ImpersonationResourceId = String(imp);
    const req: HttpRequest = { method: spec.method, url, headers, body: spec.body === undefined ? undefined : JSON.stringify(spec.body), signal: spec.signal };
    if (o.beforeRequest && !anonymous) await o.beforeRequest(req);
    return req;
  };

  type Answer = { body: unknown; status: number; headers: HttpResponse['headers']; redacted: RedactedRequest };
  const once = async (spec: CallSpec, base: string, attempt: number): Promise<Answer> => {
    const req = await prepare(spec, base);
    const redacted = redactRequest(req, o.sensitiveHeaders);
    const send = async (): Promise<Answer> => {
      log({ type: 'request', request: redacted, attempt });
      const started = o.now();
      const res = await o.transport.send(req, redacted);
      log({ type: 'response', request: redacted, status: res.status, durationMs: o.now() - started, attempt });
      if (res.status < 200 || res.status > 299) {
        const err = createAutotaskError({ status: res.status, body: res.body, headers: res.headers, request: redacted, now: o.now(), secrets });
        rawResponses.set(err, res);
        throw err;
      }
      return { body: res.body, status: res.status, headers: res.headers, redacted };
    };
    return spec.bucket && o.limiter ? o.limiter.run(spec.bucket, send) : send();
  };

  async function call(spec: CallSpec, schema?: z.ZodType): Promise<unknown> {
    let attempt = 0;
    let rediscovered = false;
    for (;;) {
      const base = spec.anonymousUrl !== undefined ? '' : await apiBase();
      try {
        const { body, status, headers, redacted } = await once(spec, base, attempt);
        if (spec.raw) return { status, headers, body } satisfies HttpResponse;
        if (!schema) return body;
        const parsed = schema.safeParse(body);
        if (parsed.success) return parsed.data;
        throw new AutotaskResponseShapeError('Autotask answered with an unexpected body', { status, request: redacted, cause: parsed.error, errors: summariseIssues(parsed.error) });
      } catch (err) {
        if (!(err instanceof AutotaskError)) throw err;
        if (err instanceof AutotaskAuthenticationError && err.status === 401 && o.mode === 'direct' && !rediscovered && spec.url === undefined && spec.anonymousUrl === undefined) {
          rediscovered = true;
          o.zone!.invalidate(base);
          if ((await apiBase()) !== base) continue; // the database moved: try the new zone once
        }
        const decision = shouldRetry(err, spec.kind, attempt, o.retry);
        if (!decision.retry) {
          log({ type: 'error', request: err.request, error: summarise(err), attempt });
          throw err;
        }
        const delayMs = backoffDelay(attempt, err, o.retry, o.random);
        log({ type: 'retry', request: err.request, error: summarise(err), attempt, delayMs, reason: decision.reason });
        await o.sleep(delayMs, spec.signal);
        attempt += 1;
      }
    }
  }

  return {
    call: call as Core['call'],
    apiBase,
    zone: async () => (o.mode === 'direct' ? o.zone!.resolve() : undefined),
  };
}

function summarise(e: AutotaskError): LoggedError {
  return { name: e.name, code: e.code, status: e.status, message: e.message, errors: e.errors };
}

function summariseIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}
