/**
 * Autotask's answer → what the browser sees. Status and JSON body pass through, with three
 * changes: `pageDetails.nextPageUrl`/`prevPageUrl` point at the proxy (`/api/autotask/v1.0/…`,
 * same-origin, so the browser never sees the zone host and follows pages through the gateway);
 * zone URLs in error bodies are rewritten the same way; and any echo of the API user's
 * credentials is replaced by `[REDACTED]`. Autotask's 401 (the gateway's API user refused) is
 * the gateway's problem, not the user's session: it becomes 502 `autotask_credentials_rejected`.
 * No upstream header is passed on except a sane `Retry-After`.
 */
import type { SendResponse } from '../../autotask';
import { REDACTED } from '../../autotask';
import { proxyErrors, type ProxyError } from './proxy-errors';
import { PROXY_PREFIX } from './request-target';

export interface BrowserAnswer {
  status: number;
  /** JSON text, or '' for an empty answer. */
  text: string;
  retryAfter?: string;
}

const ZONE_API_URL = /https?:\/\/[^\s"'<>/\\]+\/atservicesrest\/v1\.0\//gi;
const ZONE_ROOT_URL = /https?:\/\/[^\s"'<>/\\]+\/atservicesrest\/?/gi;

export interface Scrubber {
  /** True when the text holds a credential value (raw or JSON-escaped). */
  found(text: string): boolean;
  /** The value with every credential in a string (or key) replaced by `[REDACTED]`. */
  value(v: unknown): unknown;
}

/** Scrubs inside JSON strings only, so a credential that looks like a number never breaks the JSON. */
export function createScrubber(values: readonly string[]): Scrubber {
  const needles = [...new Set(values.filter((v) => v.length >= 4))];
  const escaped = [...new Set(needles.flatMap((v) => [v, JSON.stringify(v).slice(1, -1)]))];
  const text = (t: string) => {
    let out = t;
    for (const n of needles) if (out.includes(n)) out = out.split(n).join(REDACTED);
    return out;
  };
  const value = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (Array.isArray(v)) return v.map(value);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [text(k), value(x)]));
    return v;
  };
  return { found: (t) => escaped.some((n) => t.includes(n)), value };
}

/** `https://zone/ATServicesRest/V1.0/Contacts/query/next?paging=…` → `/api/autotask/v1.0/Contacts/query/next?paging=…`. */
export function toProxyUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url, 'https://autotask.invalid/');
  } catch {
    return null;
  }
  const m = /^\/atservicesrest\/v1\.0\/(.+)$/i.exec(u.pathname);
  return m ? `${PROXY_PREFIX}${m[1]}${u.search}` : null;
}

function rewritePageDetails(body: Record<string, unknown>): Record<string, unknown> {
  const pd = body.pageDetails;
  if (!pd || typeof pd !== 'object' || Array.isArray(pd)) return body;
  const details = { ...(pd as Record<string, unknown>) };
  for (const key of ['nextPageUrl', 'prevPageUrl']) {
    if (typeof details[key] === 'string') details[key] = toProxyUrl(details[key] as string);
  }
  return { ...body, pageDetails: details };
}

function plainText(text: string): string | undefined {
  const t = text.trim();
  return t && t.length <= 500 && !t.startsWith('<') ? t : undefined;
}

export function browserAnswer(res: SendResponse, scrub: Scrubber): BrowserAnswer | ProxyError {
  if (res.status === 401) return proxyErrors.credentialsRejected();
  if (res.status < 200 || (res.status >= 300 && res.status < 400)) return proxyErrors.badResponse(`Autotask answered HTTP ${res.status}`);
  const ok = res.status < 300;
  let body: unknown;
  if (res.body === undefined) {
    body = undefined;
  } else if (typeof res.body === 'string') {
    if (ok) return proxyErrors.badResponse('Autotask answered 2xx without JSON');
    body = { errors: [plainText(res.body) ?? `Autotask answered HTTP ${res.status}.`] };
  } else {
    body = ok && typeof res.body === 'object' && res.body !== null && !Array.isArray(res.body)
      ? rewritePageDetails(res.body as Record<string, unknown>)
      : res.body;
  }
  let text = body === undefined ? '' : JSON.stringify(body);
  if (!ok) text = text.replace(ZONE_API_URL, PROXY_PREFIX).replace(ZONE_ROOT_URL, 'Autotask/');
  if (scrub.found(text)) text = JSON.stringify(scrub.value(JSON.parse(text)));
  const answer: BrowserAnswer = { status: res.status, text };
  const retryAfter = res.headers['retry-after'];
  if (retryAfter && /^[0-9]{1,6}$|^[A-Za-z]{3}, [0-9A-Za-z :]{1,40}$/.test(retryAfter.trim())) answer.retryAfter = retryAfter.trim();
  return answer;
}
