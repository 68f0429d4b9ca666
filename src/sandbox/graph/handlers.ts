/**
 * The Graph stand-in's resources as one pure dispatcher (used by the HTTP routes and by `$batch`):
 * me, calendarView, events, contactFolders, contacts (+ delta) and master categories, with Graph's
 * envelopes (`value`, `@odata.nextLink`, `@odata.deltaLink`) and error bodies.
 */
import {
  badRequest, expandOf, filterOf, GraphHttpError, mergeProperties, notFound, preferredPageSize, preferredZone, present, skipOf,
  toUtcMs, topOf, utcValue, type Query,
} from './odata';
import { at, checkRecurrence, expand, occurrenceIdParts } from './recurrence';
import type { GraphStore, Item, Kind } from './store';

export const MAILBOX = { id: '8d2f6a41-0c5e-4b7a-9e13-5f4c2b1a7d90', displayName: 'Sam Rivera', mail: 'sam.rivera@harborline-it.com', userPrincipalName: 'sam.rivera@harborline-it.com' };
/** The default Contacts folder (`/me/contacts`); `/me/contactFolders` lists its children. */
export const DEFAULT_CONTACTS_FOLDER = 'AAMkAGF-default-contacts';

export interface GraphCall {
  method: string;
  /** After the version root, no leading slash: `me/contacts/AAMk…`. */
  path: string;
  query: Query;
  body: unknown;
  prefer?: string;
  /** Absolute version root for links: `http://127.0.0.1:port/graph/v1.0/`. */
  root: string;
}

export interface GraphReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const ok = (body: unknown, status = 200): GraphReply => ({ status, body });
const methodNotAllowed = () => new GraphHttpError(405, 'ErrorInvalidRequest', 'The OData request is not supported.');

function objectBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Empty Payload. JSON content expected.', 'ErrorInvalidRequest');
  const { id: _id, '@odata.type': _t, ...rest } = body as Record<string, unknown>;
  return rest;
}

/** A page of `items` with a nextLink carrying `$skip`, as Graph does for mailbox collections. */
function page(call: GraphCall, items: Item[], fallbackTop: number, tz?: string): GraphReply {
  const top = topOf(call.query, preferredPageSize(call.prefer) ?? fallbackTop);
  const skip = skipOf(call.query);
  const slice = items.slice(skip, skip + top);
  const body: Record<string, unknown> = { '@odata.context': `${call.root}$metadata`, value: slice.map((i) => present(i, call.query, tz)) };
  if (skip + top < items.length) {
    const q = new URLSearchParams(Object.entries({ ...call.query, $skip: String(skip + top), $top: String(top) }).filter((e): e is [string, string] => e[1] !== undefined));
    body['@odata.nextLink'] = `${call.root}${call.path}?${q.toString().replace(/\+/g, '%20').replace(/%24/g, '$')}`;
  }
  return ok(body);
}

function eventFields(stored: Item | undefined, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const key of ['start', 'end'] as const) if (raw[key] !== undefined) out[key] = utcValue(toUtcMs(raw[key]));
  if (!stored && (out.start === undefined || out.end === undefined)) throw badRequest('An event needs start and end.', 'ErrorInvalidRequest');
  const start = (out.start ?? stored?.start) as { dateTime: string };
  const end = (out.end ?? stored?.end) as { dateTime: string };
  if (Date.parse(`${end.dateTime.slice(0, 23)}Z`) < Date.parse(`${start.dateTime.slice(0, 23)}Z`)) {
    throw badRequest('The end of an event cannot be before its start.', 'ErrorInvalidRequest');
  }
  const props = mergeProperties(stored, raw.singleValueExtendedProperties);
  if (props) out.singleValueExtendedProperties = props;
  checkRecurrence(raw.recurrence);
  if (!stored) {
    return {
      subject: '', isAllDay: false, categories: [], sensitivity: 'normal', showAs: 'busy', body: { contentType: 'text', content: '' }, location: { displayName: '' },
      ...out, type: raw.recurrence ? 'seriesMaster' : 'singleInstance',
    };
  }
  return out;
}

function contactFields(stored: Item | undefined, raw: Record<string, unknown>, folderId?: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  const props = mergeProperties(stored, raw.singleValueExtendedProperties);
  if (props) out.singleValueExtendedProperties = props;
  if (raw.emailAddresses !== undefined && !Array.isArray(raw.emailAddresses)) throw badRequest('emailAddresses must be a list.');
  if (((raw.emailAddresses as unknown[] | undefined)?.length ?? 0) > 3) throw badRequest('A contact holds at most 3 email addresses.', 'ErrorInvalidRequest');
  const merged = { ...stored, ...out };
  if (raw.displayName === undefined && (raw.givenName !== undefined || raw.surname !== undefined || !stored)) {
    out.displayName = [merged.givenName, merged.surname].filter(Boolean).join(' ');
  }
  if (!stored) return { givenName: null, surname: null, companyName: null, jobTitle: null, emailAddresses: [], businessPhones: [], mobilePhone: null, categories: [], parentFolderId: folderId, ...out };
  return out;
}

export function createDispatcher(store: GraphStore) {
  const must = (kind: Kind, id: string) => store.get(kind, id) ?? (() => { throw notFound(); })();
  const folder = (id: string) => (id === DEFAULT_CONTACTS_FOLDER ? { id } : must('folder', id));

  const item = (kind: 'event' | 'contact', id: string, call: GraphCall, tz?: string): GraphReply => {
    if (call.method === 'GET') return ok(present(must(kind, id), call.query, tz));
    if (call.method === 'DELETE') {
      if (!store.remove(kind, id)) throw notFound();
      return { status: 204 };
    }
    if (call.method === 'PATCH') {
      const stored = must(kind, id);
      const raw = objectBody(call.body);
      const fields = kind === 'event' ? eventFields(stored, raw) : contactFields(stored, raw);
      return ok(present(store.update(kind, id, fields)!, call.query, tz));
    }
    throw methodNotAllowed();
  };

  const exceptionsOf = (masterId: string) => store.list('event').filter((e) => e.type === 'exception' && e.seriesMasterId === masterId);

  /** GET/PATCH/DELETE of one occurrence of a series: changes are stored as an exception under the occurrence's id. */
  const occurrence = (id: string, call: GraphCall, tz?: string): GraphReply => {
    const { masterId, day } = occurrenceIdParts(id)!;
    const master = must('event', masterId);
    const dayStart = Date.parse(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T00:00:00Z`);
    const exception = exceptionsOf(masterId).find((e) => e.occurrenceId === id);
    const current = exception ? (exception.isCancelled === true ? undefined : { ...exception, id })
      : expand(master, [], dayStart, dayStart + 86_400_000, utcValue).find((o) => o.id === id);
    if (!current) throw notFound();
    if (call.method === 'GET') return ok(present(current, call.query, tz));
    const fields = call.method === 'DELETE' ? { isCancelled: true } : call.method === 'PATCH' ? eventFields(current, objectBody(call.body)) : undefined;
    if (!fields) throw methodNotAllowed();
    const stored = exception
      ? store.update('event', exception.id, fields)!
      : store.insert('event', { ...current, ...fields, id: undefined, type: 'exception', seriesMasterId: masterId, occurrenceId: id });
    return call.method === 'DELETE' ? { status: 204 } : ok(present({ ...stored, id }, call.query, tz));
  };

  const contactsIn = (folderId: string, call: GraphCall): GraphReply => {
    folder(folderId);
    if (call.method === 'POST') return ok(present(store.insert('contact', contactFields(undefined, objectBody(call.body), folderId)), call.query), 201);
    if (call.method !== 'GET') throw methodNotAllowed();
    expandOf(call.query);
    const match = filterOf(call.query);
    return page(call, store.list('contact').filter((c) => c.parentFolderId === folderId && match(c)), 10);
  };

  const delta = (folderId: string, call: GraphCall): GraphReply => {
    folder(folderId);
    const skip = call.query.$skiptoken?.split('.').map(Number);
    const since = skip ? skip[0]! : Number(call.query.$deltatoken ?? 0);
    if (!Number.isInteger(since) || (call.query.$deltatoken !== undefined && since < store.minDeltaSeq)) {
      throw new GraphHttpError(410, 'SyncStateNotFound', 'The sync state generation is not found. Start a new round of synchronization.');
    }
    const upto = skip ? skip[1]! : store.currentSeq();
    const offset = skip ? skip[2]! : 0;
    const size = preferredPageSize(call.prefer) ?? 10;
    const removed = since > 0 ? store.removedSince('contact', folderId, since, upto) : [];
    const gone = new Set(removed);
    const all: Array<Record<string, unknown>> = [
      ...store.changedSince('contact', folderId, since, upto).filter((c) => !gone.has(c.id)).map((c) => present(c, call.query)),
      ...removed.map((id) => ({ id, '@removed': { reason: 'deleted' } })),
    ];
    const keep = Object.fromEntries(Object.entries(call.query).filter(([k, v]) => v !== undefined && !k.startsWith('$skiptoken') && !k.startsWith('$deltatoken'))) as Record<string, string>;
    const link = (extra: Record<string, string>) => `${call.root}${call.path}?${new URLSearchParams({ ...keep, ...extra }).toString().replace(/\+/g, '%20').replace(/%24/g, '$')}`;
    const body: Record<string, unknown> = { value: all.slice(offset, offset + size) };
    if (offset + size < all.length) body['@odata.nextLink'] = link({ $skiptoken: `${since}.${upto}.${offset + size}` });
    else body['@odata.deltaLink'] = link({ $deltatoken: String(upto) });
    return ok(body);
  };

  return function dispatch(call: GraphCall): GraphReply {
    const tz = preferredZone(call.prefer);
    const parts = call.path.replace(/\/+$/, '').split('/').map(decodeURIComponent);
    if (parts[0]?.toLowerCase() !== 'me') throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${parts[0]}'.`);
    const [, a, b, c, d] = parts.map((p) => p);
    const A = a?.toLowerCase();
    if (!A && call.method === 'GET') return ok(MAILBOX);
    if (A === 'calendarview' && !b) {
      if (call.method !== 'GET') throw methodNotAllowed();
      const { startDateTime, endDateTime } = call.query;
      if (!startDateTime || !endDateTime) throw badRequest('This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.', 'ErrorInvalidParameter');
      const from = Date.parse(startDateTime);
      const to = Date.parse(endDateTime);
      if (Number.isNaN(from) || Number.isNaN(to)) throw badRequest('StartDateTime and EndDateTime must be ISO 8601 date-times.', 'ErrorInvalidParameter');
      expandOf(call.query);
      const all = store.list('event');
      const singles = all.filter((e) => e.type !== 'seriesMaster' && e.type !== 'exception' && at(e.start) < to && at(e.end) > from);
      const series = all.filter((e) => e.type === 'seriesMaster').flatMap((m) => expand(m, exceptionsOf(m.id), from, to, utcValue));
      return page(call, [...singles, ...series].sort((x, y) => at(x.start) - at(y.start)), 10, tz);
    }
    if (A === 'events') {
      if (b && occurrenceIdParts(b)) return occurrence(b, call, tz);
      if (b) return item('event', b, call, tz);
      if (call.method === 'POST') return ok(present(store.insert('event', eventFields(undefined, objectBody(call.body))), call.query, tz), 201);
      if (call.method === 'GET') return page(call, store.list('event').filter((e) => e.type !== 'exception').filter(filterOf(call.query)), 10, tz);
      throw methodNotAllowed();
    }
    if (A === 'contacts') {
      if (b) return item('contact', b, call);
      return contactsIn(DEFAULT_CONTACTS_FOLDER, call);
    }
    if (A === 'contactfolders') {
      if (b && c?.toLowerCase() === 'contacts' && d?.toLowerCase() === 'delta' && call.method === 'GET') return delta(b, call);
      if (b && c?.toLowerCase() === 'contacts' && !d) return contactsIn(b, call);
      if (b && !c && call.method === 'GET') return ok(present(must('folder', b), call.query));
      if (b) throw methodNotAllowed();
      if (call.method === 'GET') return page(call, store.list('folder').filter(filterOf(call.query)), 10);
      if (call.method === 'POST') {
        const raw = objectBody(call.body);
        if (typeof raw.displayName !== 'string' || !raw.displayName.trim()) throw badRequest('displayName is required.', 'ErrorInvalidRequest');
        if (store.list('folder').some((f) => String(f.displayName).toLowerCase() === String(raw.displayName).toLowerCase())) {
          throw new GraphHttpError(409, 'ErrorFolderExists', 'A folder with the specified name already exists.');
        }
        return ok(store.insert('folder', { displayName: raw.displayName, parentFolderId: DEFAULT_CONTACTS_FOLDER }), 201);
      }
      throw methodNotAllowed();
    }
    if (A === 'outlook' && b?.toLowerCase() === 'mastercategories' && !c) {
      if (call.method === 'GET') return page(call, store.list('category'), 1000);
      if (call.method === 'POST') {
        const raw = objectBody(call.body);
        if (typeof raw.displayName !== 'string' || !raw.displayName.trim()) throw badRequest('displayName is required.', 'ErrorInvalidRequest');
        if (store.list('category').some((x) => String(x.displayName).toLowerCase() === String(raw.displayName).toLowerCase())) {
          throw new GraphHttpError(409, 'ErrorDuplicateCategory', 'A category with this display name already exists.');
        }
        return ok(store.insert('category', { displayName: raw.displayName, color: typeof raw.color === 'string' ? raw.color : 'preset0' }), 201);
      }
      throw methodNotAllowed();
    }
    throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${a}'.`);
  };
}
