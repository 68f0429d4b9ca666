/**
 * Redaction: the only place that decides what a credential looks like. Errors, log events and
 * anything else that leaves the client go through here, so a secret never reaches a message,
 * `toString()`, JSON or a log line.
 */

export const REDACTED = '[REDACTED]';

/** Header names that are always credentials (compared case-insensitively). */
const SENSITIVE_HEADERS = new Set(['secret', 'username', 'apiintegrationcode', 'authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
/** Any header whose name looks like a session or token header (the gateway's session header). */
const SENSITIVE_HEADER_PATTERN = /session|token|secret|password|api[-_]?key|auth/i;
/** Query parameters that carry credentials or user names (`zoneInformation?user=`). */
const SENSITIVE_QUERY_PARAMS = /^(user|username|secret|password|token|session|apiintegrationcode)$/i;

/** A copy of an outgoing request that is safe to keep in errors and logs. */
export interface RedactedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
}

export function isSensitiveHeader(name: string, extra: readonly string[] = []): boolean {
  const lower = name.toLowerCase();
  return SENSITIVE_HEADERS.has(lower) || SENSITIVE_HEADER_PATTERN.test(lower) || extra.some((h) => h.toLowerCase() === lower);
}

export function redactHeaders(headers: Record<string, string | undefined>, extra: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = isSensitiveHeader(name, extra) ? REDACTED : value;
  }
  return out;
}

/** Redacts credential-like query parameters; leaves search/paging parameters readable. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = url.slice(q + 1).split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    return eq >= 0 && SENSITIVE_QUERY_PARAMS.test(decodeSafe(name)) ? `${name}=${REDACTED}` : pair;
  });
  return `${url.slice(0, q)}?${params.join('&')}`;
}

export function redactRequest(req: { method: string; url: string; headers: Record<string, string | undefined> }, extra: readonly string[] = []): RedactedRequest {
  return { method: req.method.toUpperCase(), url: redactUrl(req.url), headers: redactHeaders(req.headers, extra) };
}

/**
 * Removes known secret values from free text (a server that echoes a header back into an error
 * body must not leak it through our message). Values shorter than 4 characters are left alone.
 */
export function scrubText(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) {
    if (s && s.length >= 4) out = out.split(s).join(REDACTED);
  }
  return out;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
