/**
 * The one HTTP transport: axios (XHR/fetch in the browser, node:http in Node) with an injectable
 * adapter so tests can count or fake requests. It never throws for an HTTP status: every response
 * comes back as `{ status, headers, body }` and the error factory decides. Network failures become
 * `AutotaskConnectionError` with `mayHaveReachedServer` set conservatively.
 */
import axios, { type AxiosAdapter, type AxiosInstance } from 'axios';
import { AutotaskConnectionError } from './errors';
import type { RedactedRequest } from './redact';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  /** JSON text, already serialised. */
  body?: string;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  /** Parsed JSON, or the raw text when it was not JSON, or undefined when empty. */
  body: unknown;
}

export interface Transport {
  /** Sends one request. Rejects only with AutotaskConnectionError (no response received). */
  send(request: HttpRequest, redacted: RedactedRequest): Promise<HttpResponse>;
}

export interface AxiosTransportOptions {
  /** axios adapter (`'http'`, `'xhr'`, `'fetch'` or a function); tests inject a counting/faking one. */
  adapter?: AxiosAdapter | 'http' | 'xhr' | 'fetch';
  /** Per-request timeout; Autotask cuts requests off after 5 minutes (default 300 000). */
  timeoutMs?: number;
  /**
   * Node only, passed to axios: e.g. an https.Agent with `SSL_OP_LEGACY_SERVER_CONNECT` for zones
   * that still need legacy renegotiation.
   */
  httpsAgent?: unknown;
  httpAgent?: unknown;
}

export function createAxiosTransport(options: AxiosTransportOptions = {}): Transport {
  const instance: AxiosInstance = axios.create({
    ...(options.adapter ? { adapter: options.adapter } : {}),
    timeout: options.timeoutMs ?? 300_000,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    transitional: { clarifyTimeoutError: true, silentJSONParsing: true, forcedJSONParsing: false },
    validateStatus: () => true,
    // Never follow redirects: a redirect would carry the credential headers to another host.
    maxRedirects: 0,
    maxContentLength: 64 * 1024 * 1024,
    maxBodyLength: 64 * 1024 * 1024,
    ...(options.httpsAgent ? { httpsAgent: options.httpsAgent } : {}),
    ...(options.httpAgent ? { httpAgent: options.httpAgent } : {}),
  });

  return {
    async send(request, redacted) {
      try {
        const res = await instance.request<string>({
          method: request.method,
          url: request.url,
          headers: request.headers,
          data: request.body,
          signal: request.signal,
        });
        const headers: Record<string, string | undefined> = {};
        for (const [k, v] of Object.entries(res.headers ?? {})) {
          headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v == null ? undefined : String(v);
        }
        return { status: res.status, headers, body: parseBody(res.data) };
      } catch (err) {
        throw toConnectionError(err, redacted);
      }
    },
  };
}

export function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data === '' ? undefined : data;
  if (data.trim() === '') return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Maps an axios/network failure to AutotaskConnectionError (never keeps the axios error: it holds headers). */
export function toConnectionError(err: unknown, request: RedactedRequest): AutotaskConnectionError {
  const e = err as { code?: string; message?: string; name?: string; cause?: { code?: string } };
  const code = e?.code ?? e?.cause?.code ?? '';
  const message = e?.message ?? 'network failure';
  const cause = Object.assign(new Error(message), { name: 'NetworkError', code });
  if (axios.isCancel(err) || code === 'ERR_CANCELED' || e?.name === 'AbortError') {
    return new AutotaskConnectionError('Request aborted', { request, cause, mayHaveReachedServer: true, reason: 'aborted' });
  }
  if (NEVER_SENT.has(code)) {
    const reason = code === 'ECONNREFUSED' ? 'refused' : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'dns' : 'network';
    return new AutotaskConnectionError(`Could not connect to Autotask (${code})`, { request, cause, mayHaveReachedServer: false, reason });
  }
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(message)) {
    return new AutotaskConnectionError('Autotask did not answer in time', { request, cause, mayHaveReachedServer: true, reason: 'timeout' });
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up|aborted/i.test(message)) {
    return new AutotaskConnectionError('The connection to Autotask dropped before a response', { request, cause, mayHaveReachedServer: true, reason: 'reset' });
  }
  return new AutotaskConnectionError(`Network failure talking to Autotask${code ? ` (${code})` : ''}`, { request, cause, mayHaveReachedServer: true, reason: 'network' });
}
