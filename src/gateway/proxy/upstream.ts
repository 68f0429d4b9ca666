/**
 * The way to Autotask: the REST client in direct mode (zone discovery and its 12 h cache, the API
 * user's headers, the per-endpoint limiter, the retry predicate, 401 re-discovery), used through
 * its raw `send()`. One client per gateway process, so the tenant's thread limit is shared by
 * every user; pass the gateway's own client in `deps.autotask.client` to share it with sign-in.
 * Failures without an Autotask answer become the proxy's 502/504.
 */
import { AutotaskConnectionError, AutotaskError, createAutotaskClient, type AutotaskClient, type RetryOptions, type SendRequest, type SendResponse } from '../../autotask';
import { proxyErrors, type ProxyError } from './proxy-errors';
import type { ProxyAutotaskOptions } from './types';

/** Default time for one proxied request, retries included. */
export const DEFAULT_PROXY_TIMEOUT_MS = 120_000;

/**
 * The proxy's retry budget: the client's predicate (thread/rate-limit refusals always; reads on
 * transient failures), but fewer and shorter waits than a script's, because a user is waiting and
 * the browser client retries a 429 itself.
 */
export const PROXY_RETRY: RetryOptions = { maxRetries: 3, baseDelayMs: 250, maxDelayMs: 4_000, maxRetryAfterMs: 30_000 };

export interface Upstream {
  /** Autotask's answer, or a ProxyError when none came (timeout, unreachable, zone unknown). */
  send(request: SendRequest, deadline: AbortSignal): Promise<SendResponse | ProxyError>;
}

export function createUpstream(o: ProxyAutotaskOptions): { upstream: Upstream; client: AutotaskClient } {
  const timeoutMs = o.timeoutMs ?? DEFAULT_PROXY_TIMEOUT_MS;
  const client = o.client ?? createAutotaskClient({
    mode: 'direct',
    credentials: o.credentials,
    ...(o.discoveryUrl ? { discoveryUrl: o.discoveryUrl } : {}),
    ...(o.zoneUrl ? { zoneUrl: o.zoneUrl } : {}),
    maxConcurrentPerEndpoint: o.maxConcurrentPerEndpoint ?? 3,
    retry: { ...PROXY_RETRY, ...o.retry },
    timeoutMs,
  });

  const upstream: Upstream = {
    async send(request, deadline) {
      const write = request.kind === 'write';
      try {
        return await client.send({ ...request, signal: deadline });
      } catch (err) {
        if (deadline.aborted && deadline.reason === 'timeout') return proxyErrors.timeout(write);
        if (err instanceof AutotaskConnectionError) {
          if (err.reason === 'timeout') return proxyErrors.timeout(write);
          return proxyErrors.unreachable(write && err.mayHaveReachedServer, `${err.code} ${err.reason}: ${err.message}`);
        }
        // Zone discovery refused or answered nonsense: the gateway's settings, not the user's request.
        if (err instanceof AutotaskError) return proxyErrors.unreachable(false, `${err.code}: ${err.message}`);
        return proxyErrors.server(err instanceof Error ? err.message : String(err));
      }
    },
  };
  return { upstream, client };
}
