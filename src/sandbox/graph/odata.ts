/**
 * The slice of OData the stand-in understands, as Graph applies it to mailbox items: `$top`,
 * `$skip`, `$select`, `$filter` (the forms the add-in sends: `displayName eq '…'`,
 * `emailAddresses/any(a:a/address eq '…')`, `singleValueExtendedProperties/any(ep:ep/id eq '…' and
 * ep/value eq '…')`), `$expand=singleValueExtendedProperties($filter=id eq '…')`, and
 * `Prefer: outlook.timezone`. Anything else is refused with Graph's 400, not silently ignored.
 */
import type { Item } from './store';

export class GraphHttpError extends Error {
  constructor(readonly status: number, readonly graphCode: string, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export const badRequest = (message: string, code = 'BadRequest') => new GraphHttpError(400, code, message);
export const notFound = (message = 'The specified object was not found in the store.') => new GraphHttpError(404, 'ErrorItemNotFound', message);

export type Query = Record<string, string | undefined>;

export function topOf(query: Query, fallback: number, max = 1000): number {
  const raw = query.$top;
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw badRequest(`Invalid $top value '${raw}'.`);
  return Math.min(n, max);
}

export function skipOf(query: Query): number {
  const n = Number(query.$skip ?? 0);
  if (!Number.isInteger(n) || n < 0) throw badRequest(`Invalid $skip value '${query.$skip}'.`);
  return n;
}

const unquote = (s: string) => s.replace(/''/g, "'");
const FILTERS: Array<[RegExp, (m: RegExpExecArray) => (item: Item) => boolean]> = [
  [/^displayName eq '((?:[^']|'')*)'$/i, (m) => (item) => item.displayName === unquote(m[1]!)],
  [/^emailAddresses\/any\((\w+):\s*\1\/address eq '((?:[^']|'')*)'\)$/i, (m) => (item) => {
    const wanted = unquote(m[2]!).toLowerCase();
    return ((item.emailAddresses as Array<{ address?: string }> | undefined) ?? []).some((e) => e.address?.toLowerCase() === wanted);
  }],
  [/^singleValueExtendedProperties\/any\((\w+):\s*\1\/id eq '((?:[^']|'')*)' and \1\/value eq '((?:[^']|'')*)'\)$/i, (m) => (item) => {
    const id = unquote(m[2]!).toLowerCase();
    const value = unquote(m[3]!);
    return extendedProperties(item).some((p) => p.id.toLowerCase() === id && p.value === value);
  }],
];

export function filterOf(query: Query): (item: Item) => boolean {
  const raw = query.$filter?.trim();
  if (!raw) return () => true;
  for (const [re, build] of FILTERS) {
    const m = re.exec(raw);
    if (m) return build(m);
  }
  throw badRequest(`The Graph stand-in does not support the filter '${raw}'.`, 'ErrorInvalidUrlQueryFilter');
}

type Prop = { id: string; value: string };
export function extendedProperties(item: Item): Prop[] {
  return (item.singleValueExtendedProperties as Prop[] | undefined) ?? [];
}

/** The property ids `$expand` asks for; undefined when nothing is expanded. */
export function expandOf(query: Query): string[] | undefined {
  const raw = query.$expand?.trim();
  if (!raw) return undefined;
  const m = /^singleValueExtendedProperties\(\$filter=(.+)\)$/i.exec(raw);
  if (!m) throw badRequest(`The Graph stand-in does not support $expand=${raw}.`);
  const ids = m[1]!.split(/\s+or\s+/i).map((part) => /^id eq '((?:[^']|'')*)'$/i.exec(part.trim()));
  if (ids.some((x) => !x)) throw badRequest(`Invalid $expand filter '${m[1]}'.`);
  return ids.map((x) => unquote(x![1]!).toLowerCase());
}

/** Shapes one item for the response: extended properties only when expanded, `$select`ed fields only. */
export function present(item: Item, query: Query, timeZone?: string): Record<string, unknown> {
  const expand = expandOf(query);
  const { singleValueExtendedProperties: _p, ...base } = item;
  let out: Record<string, unknown> = base;
  if (query.$select) {
    const fields = new Set(['id', ...query.$select.split(',').map((f) => f.trim())]);
    out = Object.fromEntries(Object.entries(base).filter(([k]) => fields.has(k)));
  }
  if (timeZone) {
    for (const key of ['start', 'end'] as const) {
      const v = out[key] as { dateTime: string } | undefined;
      if (v) out[key] = fromUtc(v.dateTime, timeZone);
    }
  }
  if (expand) {
    const props = extendedProperties(item).filter((p) => expand.includes(p.id.toLowerCase()));
    if (props.length) out.singleValueExtendedProperties = props;
  }
  return out;
}

/** Merges written extended properties into the stored ones (by id). */
export function mergeProperties(stored: Item | undefined, written: unknown): Prop[] | undefined {
  if (written === undefined) return undefined;
  if (!Array.isArray(written) || written.some((p) => typeof p?.id !== 'string' || typeof p?.value !== 'string')) {
    throw badRequest('singleValueExtendedProperties must be a list of { id, value } strings.');
  }
  const out = new Map((stored ? extendedProperties(stored) : []).map((p) => [p.id.toLowerCase(), p]));
  for (const p of written as Prop[]) {
    if (!/^String \{[0-9a-f-]{36}\} Name \S+$/i.test(p.id)) throw badRequest(`Invalid extended property id '${p.id}'.`, 'ErrorInvalidProperty');
    out.set(p.id.toLowerCase(), { id: p.id, value: p.value });
  }
  return [...out.values()];
}

// ---- time zones -------------------------------------------------------------------------------

const WINDOWS_ZONES: Record<string, string> = {
  'utc': 'UTC', 'pacific standard time': 'America/Los_Angeles', 'mountain standard time': 'America/Denver',
  'central standard time': 'America/Chicago', 'eastern standard time': 'America/New_York', 'gmt standard time': 'Europe/London',
  'w. europe standard time': 'Europe/Berlin', 'romance standard time': 'Europe/Paris', 'aus eastern standard time': 'Australia/Sydney',
};

export function ianaZone(zone: string): string {
  const z = WINDOWS_ZONES[zone.toLowerCase()] ?? zone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: z });
    return z;
  } catch {
    throw badRequest(`Time zone '${zone}' is not supported.`, 'TimeZoneNotSupportedException');
  }
}

function offsetMs(utc: number, zone: string): number {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(utc)).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return local - Math.floor(utc / 1000) * 1000;
}

const graphDateTime = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$10000');

/** `{ dateTime, timeZone }` as written → UTC epoch ms. */
export function toUtcMs(value: unknown): number {
  const v = value as { dateTime?: unknown; timeZone?: unknown } | undefined;
  if (typeof v?.dateTime !== 'string') throw badRequest('start and end need { dateTime, timeZone }.');
  const naive = Date.parse(`${v.dateTime.replace(/Z$/, '').slice(0, 23)}Z`);
  if (Number.isNaN(naive)) throw badRequest(`Invalid dateTime '${v.dateTime}'.`);
  const zone = ianaZone(typeof v.timeZone === 'string' ? v.timeZone : 'UTC');
  if (zone === 'UTC') return naive;
  // Two passes find the instant whose local time is `naive` (DST-safe except in the skipped hour).
  let utc = naive - offsetMs(naive, zone);
  utc = naive - offsetMs(utc, zone);
  return utc;
}

export function utcValue(ms: number): { dateTime: string; timeZone: string } {
  return { dateTime: graphDateTime(ms), timeZone: 'UTC' };
}

export function fromUtc(dateTime: string, zone: string): { dateTime: string; timeZone: string } {
  const utc = Date.parse(`${dateTime.slice(0, 23)}Z`);
  const iana = ianaZone(zone);
  return { dateTime: graphDateTime(utc + offsetMs(utc, iana)), timeZone: zone };
}

/** `Prefer: outlook.timezone="…"` → the zone, if any. */
export function preferredZone(prefer: string | undefined): string | undefined {
  return /outlook\.timezone="([^"]+)"/i.exec(prefer ?? '')?.[1];
}

/** `Prefer: odata.maxpagesize=N` → N, if any. */
export function preferredPageSize(prefer: string | undefined): number | undefined {
  const m = /odata\.maxpagesize=(\d+)/i.exec(prefer ?? '');
  return m ? Math.max(1, Number(m[1])) : undefined;
}
