/**
 * `createAutotaskClient`: the one entry point. Two modes, one API:
 * - `direct`  (Node scripts, the gateway): API-user credentials, zone discovery, credentials on
 *   every call to the zone origin and nowhere else.
 * - `gateway` (the browser add-in): a proxy base URL and no credentials at all; the gateway adds
 *   them. `beforeRequest` adds the session header; `sensitiveHeaders` keeps it out of errors/logs.
 * Every option and its default is documented here and in docs/autotask-client.md.
 */
import { z } from 'zod';
import { AttachmentBudget, resolveLimits, type AttachmentLimits } from './attachment-limits';
import { createCore, type AutotaskLogEvent, type Core } from './core';
import { AutotaskConnectionError } from './errors';
import { createLimiter } from './limiter';
import { createMetadata } from './metadata';
import { DEFAULT_RETRY, type RetryOptions } from './retry';
import { createResources } from './resources';
import { createSend } from './send';
import { createAxiosTransport, type AxiosTransportOptions, type HttpMethod, type Transport } from './transport';
import { DEFAULT_DISCOVERY_URL, DEFAULT_ZONE_TTL_MS, createZoneResolver, toZoneInfo, type ZoneCache, type ZoneInfo } from './zone';

export interface AutotaskCredentials {
  /** API user's user name (email-style). */
  username: string;
  secret: string;
  /** The API tracking identifier (`ApiIntegrationCode` header). */
  integrationCode: string;
}

export interface CommonClientOptions {
  /** Default `ImpersonationResourceId` for every call (overridable per call). */
  impersonationResourceId?: number;
  /** Requests in flight per endpoint (entity); Autotask allows 3 for new integrations. Default 3. */
  maxConcurrentPerEndpoint?: number;
  /** Retry policy; defaults in retry.ts (`DEFAULT_RETRY`: 5 retries, 500 ms base, 30 s cap, Retry-After ≤ 120 s). */
  retry?: Partial<RetryOptions>;
  /** axios adapter (tests count or fake requests with it). Ignored when `transport` is given. */
  adapter?: AxiosTransportOptions['adapter'];
  timeoutMs?: number;
  /** Node only: agents handed to axios (e.g. legacy TLS renegotiation switch). */
  httpsAgent?: unknown;
  httpAgent?: unknown;
  /** Replace the HTTP transport entirely. */
  transport?: Transport;
  /** Receives redacted events only. */
  logger?: (event: AutotaskLogEvent) => void;
  /**
   * Ticket attachment limits checked before sending (attachment-limits.ts). Defaults:
   * `maxFileBytes` 6,291,456, `budgetBytes` 10,000,000 per `budgetWindowMs` 300,000 (5 min).
   * The budget is per client: share one client per API user (the gateway) to track Autotask's.
   * `Infinity` switches a check off.
   */
  attachmentLimits?: Partial<AttachmentLimits>;
  /** Injectable time (tests): `now` ms (also the attachment budget's clock), `sleep` for back-off, `random` in [0, 1) for jitter. */
  clock?: { now?: () => number; sleep?: (ms: number, signal?: AbortSignal) => Promise<void>; random?: () => number };
}

export interface DirectClientOptions extends CommonClientOptions {
  mode: 'direct';
  credentials: AutotaskCredentials;
  /** Where zone discovery starts. Default `https://webservices.autotask.net/atservicesrest/`. */
  discoveryUrl?: string;
  /** Skip discovery and use this zone REST root (`https://webservices3.autotask.net/atservicesrest/`). */
  zoneUrl?: string;
  /** Zone cache lifetime. Default 12 h. */
  zoneTtlMs?: number;
  /** Share one zone cache between clients (e.g. per gateway process). Default: one per client. */
  zoneCache?: ZoneCache;
}

export interface GatewayClientOptions extends CommonClientOptions {
  mode: 'gateway';
  /** The gateway's Autotask proxy, e.g. `/api/autotask/` (relative URLs resolve against the page). */
  baseUrl: string;
  /** Called before every request; add the session header here. */
  beforeRequest?: (request: { method: HttpMethod; url: string; headers: Record<string, string> }) => void | Promise<void>;
  /** Extra header names to redact (session/token-like names are redacted anyway). */
  sensitiveHeaders?: string[];
}

export type AutotaskClientOptions = DirectClientOptions | GatewayClientOptions;

const ThresholdSchema = z.looseObject({
  externalRequestThreshold: z.number(),
  requestThresholdTimeframe: z.number(),
  currentTimeframeRequestCount: z.number(),
});
export type ThresholdInformation = z.infer<typeof ThresholdSchema>;

export function createAutotaskClient(options: AutotaskClientOptions) {
  const clock = options.clock ?? {};
  const now = clock.now ?? Date.now;
  const attachmentBudget = new AttachmentBudget(resolveLimits(options.attachmentLimits), now);
  const transport = options.transport ?? createAxiosTransport({ adapter: options.adapter, timeoutMs: options.timeoutMs, httpsAgent: options.httpsAgent, httpAgent: options.httpAgent });
  const common = {
    transport,
    limiter: createLimiter(options.maxConcurrentPerEndpoint ?? 3),
    retry: { ...DEFAULT_RETRY, ...options.retry },
    now,
    sleep: clock.sleep ?? defaultSleep,
    random: clock.random ?? Math.random,
    logger: options.logger,
    impersonationResourceId: options.impersonationResourceId,
  };
  let core: Core;
  if (options.mode === 'direct') {
    const c = options.credentials;
    if (!c || !c.username || !c.secret || !c.integrationCode) throw new TypeError('Direct mode needs credentials { username, secret, integrationCode }');
    const cache: ZoneCache = options.zoneCache ?? new Map();
    const fixed = options.zoneUrl ? toZoneInfo({ url: options.zoneUrl }) : undefined;
    const zone = fixed
      ? { resolve: async () => fixed, invalidate: () => undefined }
      : createZoneResolver({
          discoveryUrl: options.discoveryUrl ?? DEFAULT_DISCOVERY_URL,
          username: c.username,
          ttlMs: options.zoneTtlMs ?? DEFAULT_ZONE_TTL_MS,
          now,
          cache,
          fetchJson: (url) => core.call({ method: 'GET', anonymousUrl: url, kind: 'read' }),
        });
    core = createCore({ ...common, mode: 'direct', zone, credentials: { ...c }, sensitiveHeaders: [] });
  } else {
    if ('credentials' in options && (options as { credentials?: unknown }).credentials) {
      throw new TypeError('Gateway mode never holds Autotask credentials: the gateway adds them');
    }
    core = createCore({ ...common, mode: 'gateway', gatewayBase: absoluteBase(options.baseUrl), beforeRequest: options.beforeRequest, sensitiveHeaders: options.sensitiveHeaders ?? [] });
  }

  return {
    mode: options.mode,
    ...createResources(core, attachmentBudget),
    metadata: createMetadata(core),
    /** Direct mode: the discovered (cached) zone; gateway mode: undefined. */
    zone: (): Promise<ZoneInfo | undefined> => core.zone(),
    /** `GET ThresholdInformation`: counts against the limits itself — call it sparingly, never per request. */
    thresholdInformation: (): Promise<ThresholdInformation> =>
      core.call({ method: 'GET', path: 'ThresholdInformation', bucket: 'ThresholdInformation', kind: 'read' }, ThresholdSchema),
    /** One raw request through this client's limiter and retries; any status resolves (send.ts). */
    send: createSend(core),
  };
}

export type AutotaskClient = ReturnType<typeof createAutotaskClient>;

function absoluteBase(baseUrl: string): string {
  const withSlash = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (/^https?:\/\//i.test(withSlash)) return withSlash;
  const here = (globalThis as { location?: { href?: string } }).location?.href;
  if (!here) throw new TypeError('A relative gateway baseUrl needs a browser page to resolve against; pass an absolute URL');
  return new URL(withSlash, here).href;
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => reject(new AutotaskConnectionError('Request aborted', { mayHaveReachedServer: true, reason: 'aborted' }));
    if (signal?.aborted) return aborted();
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      aborted();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
