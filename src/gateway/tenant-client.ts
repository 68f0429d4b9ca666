/**
 * The gateway's Autotask client for the tenant: sign-in lookups and the proxy share one, so
 * Autotask's per-endpoint thread limit and the hourly threshold are respected across every user
 * of the gateway. Its transport is node:http with keep-alive connections to the zone.
 */
import { createAutotaskClient, type AutotaskClient, type RetryOptions } from '../autotask';
import { createNodeTransport } from '../autotask/node-transport';

/** Default time for one proxied request, retries included. */
export const DEFAULT_PROXY_TIMEOUT_MS = 120_000;

/**
 * The gateway's retry budget: the client's predicate (thread/rate-limit refusals always; reads on
 * transient failures), but fewer and shorter waits than a script's, because a user is waiting and
 * the browser client retries a 429 itself.
 */
export const PROXY_RETRY: RetryOptions = { maxRetries: 3, baseDelayMs: 250, maxDelayMs: 4_000, maxRetryAfterMs: 30_000 };

export interface TenantClientOptions {
  credentials: { username: string; secret: string; integrationCode: string };
  discoveryUrl?: string;
  zoneUrl?: string;
  maxConcurrentPerEndpoint?: number;
  retry?: Partial<RetryOptions>;
  timeoutMs?: number;
}

export function createTenantClient(o: TenantClientOptions): AutotaskClient {
  return createAutotaskClient({
    mode: 'direct',
    credentials: o.credentials,
    ...(o.discoveryUrl ? { discoveryUrl: o.discoveryUrl } : {}),
    ...(o.zoneUrl ? { zoneUrl: o.zoneUrl } : {}),
    maxConcurrentPerEndpoint: o.maxConcurrentPerEndpoint ?? 3,
    retry: { ...PROXY_RETRY, ...o.retry },
    // node:http with keep-alive: every proxied request pays the transport's cost.
    transport: createNodeTransport({ timeoutMs: o.timeoutMs ?? DEFAULT_PROXY_TIMEOUT_MS }),
  });
}
