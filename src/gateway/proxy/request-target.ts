/**
 * Request target → allow-listed route, or a refusal with a reason for the log. Pure.
 *
 * The raw request target is checked as sent, before anything decodes it: no legitimate Autotask
 * path needs encoding (entity names, ids and keywords are letters and digits), so any `%` (an
 * encoded dot, slash, backslash or NUL, single or double encoded), `.`/`..` segment, backslash,
 * empty segment, scheme or authority is refused outright rather than decoded and re-checked.
 * Then entity names and keywords are matched case-insensitively, one trailing slash is dropped
 * and ids are normalised; the forwarded path is rebuilt from the route's canonical spelling.
 * The query string may carry only the route's parameters (`search`, `paging`), each once; their
 * values are decoded, checked and re-encoded.
 */
import { ROUTES, type ProxyRoute, type QueryParam } from './allow-list';

export const PROXY_PREFIX = '/api/autotask/v1.0/';

export interface Target {
  route: ProxyRoute;
  /** Canonical path relative to the API base (`Tickets/12/Notes`). */
  path: string;
  /** Encoded query string to forward (without `?`), or undefined. */
  query: string | undefined;
  /** The last id in the path (`DELETE X/{id}`, `Tickets/{id}/Notes` → the ticket), or null. */
  pathId: number | null;
}

export interface Refusal {
  refused: string;
}

const SEGMENT = /^[A-Za-z0-9]+$/;
const ID = /^[0-9]{1,15}$/;
const MAX_SEARCH = 4096;
const MAX_PAGING = 2048;

const shapeKey = (method: string, segments: readonly string[]) =>
  `${method} ${segments.map((s) => (ID.test(s) ? '{id}' : s.toLowerCase())).join('/')}`;

const INDEX = new Map<string, ProxyRoute>(ROUTES.map((r) => [`${r.method} ${r.pattern.toLowerCase()}`, r]));

function refusal(refused: string): Refusal {
  return { refused };
}

/** Why a path (after the prefix) is not a plain Autotask path, or undefined when it is. */
export function pathProblem(rest: string): string | undefined {
  if (rest === '') return 'empty path';
  if (rest.includes('%')) return 'percent-encoding in the path';
  if (rest.includes('\\')) return 'backslash in the path';
  if (rest.includes('\0')) return 'NUL in the path';
  const segments = rest.split('/');
  if (segments.some((s) => s === '.' || s === '..')) return 'dot segment';
  if (segments.some((s) => s === '')) return 'empty segment';
  if (segments.some((s) => !SEGMENT.test(s))) return 'character outside letters and digits';
  return undefined;
}

export function parseTarget(method: string, url: string): Target | Refusal {
  if (!url.startsWith(PROXY_PREFIX)) return refusal('not under /api/autotask/v1.0/');
  if (url.includes('#')) return refusal('fragment');
  const q = url.indexOf('?');
  let rest = (q < 0 ? url : url.slice(0, q)).slice(PROXY_PREFIX.length);
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  const problem = pathProblem(rest);
  if (problem) return refusal(problem);
  const segments = rest.split('/');
  const route = INDEX.get(shapeKey(method.toUpperCase(), segments));
  if (!route) return refusal(`${method.toUpperCase()} ${segments.map((s) => (ID.test(s) ? '{id}' : s)).join('/')} is not on the allow-list`);

  const ids: number[] = [];
  const path = route.pattern.split('/').map((p, i) => {
    if (p !== '{id}') return p;
    const id = Number(segments[i]);
    ids.push(id);
    return String(id);
  }).join('/');

  const query = parseQuery(q < 0 ? '' : url.slice(q + 1), route.params);
  if (typeof query === 'object') return query;
  return { route, path, query, pathId: ids.length ? ids[ids.length - 1]! : null };
}

function decodeParam(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

function parseQuery(raw: string, allowed: readonly QueryParam[]): string | undefined | Refusal {
  const values = new Map<QueryParam, string>();
  for (const pair of raw === '' ? [] : raw.split('&')) {
    const eq = pair.indexOf('=');
    const name = (eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
    if (!(allowed as readonly string[]).includes(name)) return refusal(`query parameter "${name.slice(0, 40)}" is not allowed here`);
    const key = name as QueryParam;
    if (values.has(key)) return refusal(`query parameter "${key}" repeated`);
    const value = eq < 0 ? undefined : decodeParam(pair.slice(eq + 1));
    if (value === undefined || value === '') return refusal(`query parameter "${key}" is empty or badly encoded`);
    if (hasControlCharacter(value)) return refusal(`control character in "${key}"`);
    if (key === 'search' && (value.length > MAX_SEARCH || !isJsonObject(value))) return refusal('search is not a JSON query object');
    if (key === 'paging' && value.length > MAX_PAGING) return refusal('paging cursor too long');
    values.set(key, value);
  }
  if (allowed.includes('paging') && !values.has('paging')) return refusal('next page without a paging cursor');
  if (values.size === 0) return undefined;
  // Autotask's own order: paging first, then search.
  return (['paging', 'search'] as const).filter((k) => values.has(k)).map((k) => `${k}=${encodeURIComponent(values.get(k)!)}`).join('&');
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

function isJsonObject(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

export function isRefusal(t: Target | Refusal): t is Refusal {
  return 'refused' in t;
}

/** For tests and docs: a concrete URL path for a route (ids filled in). */
export function examplePath(route: ProxyRoute, id = 1): string {
  return `${PROXY_PREFIX}${route.pattern.replace(/\{id\}/g, String(id))}`;
}
