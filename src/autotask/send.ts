/**
 * `send()`: one raw request through the client's own pipeline (zone, credentials, the
 * per-endpoint limiter, the retry predicate, 401 re-discovery) that resolves with Autotask's
 * final answer whatever its status. For passthroughs such as the gateway's Autotask proxy, which
 * must share the tenant's thread and rate limits with every other call the process makes; typed
 * code uses the resources instead.
 */
import { rawResponseOf, type Core } from './core';
import type { RequestKind } from './retry';
import type { HttpMethod, HttpResponse } from './transport';

export interface SendRequest {
  method: HttpMethod;
  /** Relative to the API base (`Tickets/12/Notes`, `Contacts/query/next`); never a URL. */
  path: string;
  /** Raw query string without `?`, already encoded (`search=%7B…%7D`). */
  query?: string;
  /** A JSON value; the pipeline serialises it. */
  body?: unknown;
  /** Limiter bucket: the entity (`TicketNotes` for `Tickets/{id}/Notes`), as the typed calls use. */
  bucket: string;
  /** `read` (GET, query/count/next POSTs) or `write`: decides what the retry predicate repeats. */
  kind: RequestKind;
  impersonationResourceId?: number;
  signal?: AbortSignal;
}

/** Autotask's answer: status, lower-case headers, parsed JSON body (raw text when not JSON). */
export type SendResponse = HttpResponse;
export type Send = (request: SendRequest) => Promise<SendResponse>;

/** A scheme, `//`, `.`/`..` segments, backslashes, `%`, `?`, `#`, NUL or whitespace: never part of an API path. */
const UNSAFE_PATH = /^[a-z][a-z0-9+.-]*:|^[\\/]{2}|(^|[\\/])\.{1,2}([\\/]|$)|[\\%?#\s\0]/i;

/**
 * Resolves with any HTTP answer (after the client's retries: thread and rate limits, transient
 * read failures). Rejects only when no answer was received (`AutotaskConnectionError`) or the zone
 * could not be resolved, and with a TypeError for a path that is not a plain relative API path.
 */
export function createSend(core: Core): Send {
  return async (r) => {
    if (typeof r.path !== 'string' || r.path === '' || UNSAFE_PATH.test(r.path)) {
      throw new TypeError('send() takes a plain path relative to the API base (e.g. "Tickets/12")');
    }
    if (r.query !== undefined && /[#\s\0]/.test(r.query)) throw new TypeError('send() takes an encoded query string');
    try {
      const res = await core.call({
        method: r.method, path: r.path, query: r.query || undefined, body: r.body, bucket: r.bucket, kind: r.kind,
        impersonationResourceId: r.impersonationResourceId, signal: r.signal, raw: true,
      });
      return res as SendResponse;
    } catch (err) {
      const res = rawResponseOf(err);
      if (res) return res;
      throw err;
    }
  };
}
