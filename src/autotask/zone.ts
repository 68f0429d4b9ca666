/**
 * Zone discovery (direct mode): `GET {discovery}v1.0/zoneInformation?user=…` (unauthenticated),
 * cached per discovery URL + user for `ttlMs` (default 12 h); concurrent callers share one
 * in-flight request; `invalidate()` forces the next call to re-discover (used once on a 401).
 */
import { z } from 'zod';
import { AutotaskResponseShapeError } from './errors';

export const DEFAULT_DISCOVERY_URL = 'https://webservices.autotask.net/atservicesrest/';
export const DEFAULT_ZONE_TTL_MS = 12 * 60 * 60 * 1000;

export const ZoneInformationSchema = z.looseObject({
  zoneName: z.string().nullish(),
  url: z.string().min(1),
  webUrl: z.string().nullish(),
  ci: z.number().nullish(),
});

export interface ZoneInfo {
  zoneName: string | undefined;
  /** The zone REST root as Autotask gave it (`https://webservices3.autotask.net/atservicesrest/`). */
  url: string;
  webUrl: string | undefined;
  /** Where versioned calls go: `url` + `v1.0/`, with doubled slashes removed. */
  apiBase: string;
}

/** Joins URL parts and collapses `//` in the path (never in `https://`). */
export function joinUrl(base: string, path: string): string {
  const joined = `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return joined.replace(/([^:/])\/{2,}/g, '$1/');
}

/** `https://host/atservicesrest/` → `https://host/atservicesrest/v1.0/` (idempotent). */
export function apiBaseFromZoneUrl(url: string): string {
  const trimmed = joinUrl(url, '');
  return /\/v1\.0\/$/i.test(trimmed) ? trimmed : joinUrl(trimmed, 'v1.0/');
}

export function zoneInformationUrl(discoveryUrl: string, username: string): string {
  return `${joinUrl(apiBaseFromZoneUrl(discoveryUrl), 'zoneInformation')}?user=${encodeURIComponent(username)}`;
}

export function toZoneInfo(body: unknown): ZoneInfo {
  const parsed = ZoneInformationSchema.safeParse(body);
  if (!parsed.success || !/^https?:\/\//i.test(parsed.data.url)) {
    throw new AutotaskResponseShapeError('zoneInformation answered without a usable zone url', { cause: parsed.success ? undefined : parsed.error });
  }
  const d = parsed.data;
  return { zoneName: d.zoneName ?? undefined, url: d.url, webUrl: d.webUrl ?? undefined, apiBase: apiBaseFromZoneUrl(d.url) };
}

/** Shared between clients if you pass the same instance (e.g. one per gateway process). */
export type ZoneCache = Map<string, { zone: ZoneInfo; expiresAt: number }>;

export interface ZoneResolverOptions {
  discoveryUrl: string;
  username: string;
  ttlMs: number;
  now: () => number;
  cache: ZoneCache;
  /** Unauthenticated GET returning the parsed JSON body (errors already converted). */
  fetchJson: (url: string) => Promise<unknown>;
}

export interface ZoneResolver {
  resolve(): Promise<ZoneInfo>;
  /** Drops the cached zone if it is still `apiBase` (so concurrent 401s re-discover once). */
  invalidate(apiBase: string): void;
}

export function createZoneResolver(o: ZoneResolverOptions): ZoneResolver {
  const key = `${apiBaseFromZoneUrl(o.discoveryUrl).toLowerCase()}|${o.username.toLowerCase()}`;
  let inFlight: Promise<ZoneInfo> | undefined;
  return {
    resolve() {
      const hit = o.cache.get(key);
      if (hit && hit.expiresAt > o.now()) return Promise.resolve(hit.zone);
      if (!inFlight) {
        inFlight = o.fetchJson(zoneInformationUrl(o.discoveryUrl, o.username))
          .then((body) => {
            const zone = toZoneInfo(body);
            o.cache.set(key, { zone, expiresAt: o.now() + o.ttlMs });
            return zone;
          })
          .finally(() => {
            inFlight = undefined;
          });
      }
      return inFlight;
    },
    invalidate(apiBase) {
      const hit = o.cache.get(key);
      if (hit && hit.zone.apiBase === apiBase) o.cache.delete(key);
    },
  };
}
