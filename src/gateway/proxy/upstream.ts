/**
 * The way to Autotask: the REST client in direct mode (zone discovery and its 12 h cache, the API
 * user's headers, the per-endpoint limiter, the retry predicate, 401 re-discovery), used through
 * its raw `send()`. One client per gateway process, so the tenant's thread limit is shared by
 * every user; pass the gateway's own client in `deps.autotask.client` to share it with sign-in.
 * Failures without an Autotask answer become the proxy's 502/504.
 */
import { AutotaskConnectionError, AutotaskError, type AutotaskClient, type SendRequest, type SendResponse } from '../../autotask';
import { createTenantClient, DEFAULT_PROXY_TIMEOUT_MS, PROXY_RETRY } from '../tenant-client';
import { proxyErrors, type ProxyError } from './proxy-errors';
import type { ProxyAutotaskOptions } from './types';

export { DEFAULT_PROXY_TIMEOUT_MS, PROXY_RETRY };

export interface Upstream {
  /** Autotask's answer, or a ProxyError when none came (timeout, unreachable, zone unknown). */
  send(request: SendRequest, deadline: AbortSignal): Promise<SendResponse | ProxyError>;
}

export function createUpstream(o: ProxyAutotaskOptions): { upstream: Upstream; client: AutotaskClient } {
  const timeoutMs = o.timeoutMs ?? DEFAULT_PROXY_TIMEOUT_MS;
  const client = o.client ?? createTenantClient({ ...o, timeoutMs });

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
