/**
 * The typed Microsoft Graph client for calendar and contact sync:
 *   const graph = createGraphClient({ baseUrl, getToken });
 *   await graph.events.calendarView({ start, end });            // every page, with `autotaskRef`
 *   await graph.contacts.createMany(folder.id, inputs);         // $batch of 20, ≤ 4 in flight
 *   const { changed, removed, deltaLink } = await graph.contacts.delta(folder.id, { deltaLink });
 * Isomorphic (fetch). Reads are parsed with zod; writes take `EventInput`/`ContactInput`, whose
 * `autotaskRef` becomes the single-value extended property. Errors: errors.ts.
 */
import type { z } from 'zod';
import { runBatch, type BatchOptions, type BatchRequest, type BatchResult } from './batch';
import { GraphConflictError, GraphResponseShapeError, type GraphError } from './errors';
import { createGraphHttp, type GraphHttpOptions, type GraphStats } from './http';
import {
  AUTOTASK_CATEGORY, CollectionSchema, EXPAND_AUTOTASK_REF, GraphCategorySchema, GraphContactFolderSchema, GraphContactSchema,
  GraphEventSchema, RemovedSchema, toGraphBody,
  type ContactInput, type EventInput, type GraphCategory, type GraphContact, type GraphContactFolder, type GraphEvent,
} from './schemas';

export type GraphClientOptions = GraphHttpOptions;

/** One item of a bulk write, in input order. */
export type ItemResult<T> = { ok: true; value: T } | { ok: false; error: GraphError };

export interface CallOptions {
  signal?: AbortSignal;
}
export interface PageOptions extends CallOptions {
  /** Items per page (`$top`, or `Prefer: odata.maxpagesize` for delta). */
  pageSize?: number;
}
export interface DeltaOptions extends PageOptions {
  /** The `@odata.deltaLink` of the previous run; absent → a full enumeration (first run, or after GRAPH_SYNC_STATE_EXPIRED). */
  deltaLink?: string;
}
export interface ContactDelta {
  /** Created or changed since the delta link (partial objects when Graph sends only changed fields). */
  changed: GraphContact[];
  /** Ids deleted (or moved out of the folder) since the delta link. */
  removed: string[];
  /** Keep for the next run. */
  deltaLink: string;
}

export interface GraphClient {
  events: {
    /** Every occurrence and single event overlapping [start, end), all pages, with `autotaskRef`. */
    calendarView(range: { start: Date | string; end: Date | string }, options?: PageOptions): Promise<GraphEvent[]>;
    get(id: string, options?: CallOptions): Promise<GraphEvent>;
    create(input: EventInput, options?: CallOptions): Promise<GraphEvent>;
    update(id: string, patch: EventInput, options?: CallOptions): Promise<GraphEvent>;
    delete(id: string, options?: CallOptions): Promise<void>;
    createMany(inputs: readonly EventInput[], options?: CallOptions): Promise<Array<ItemResult<GraphEvent>>>;
    updateMany(patches: ReadonlyArray<{ id: string; patch: EventInput }>, options?: CallOptions): Promise<Array<ItemResult<GraphEvent>>>;
    deleteMany(ids: readonly string[], options?: CallOptions): Promise<Array<ItemResult<undefined>>>;
  };
  contacts: {
    /** Every contact in the folder (null: the main Contacts folder, `/me/contacts`), all pages, with `autotaskRef`. */
    list(folderId: string | null, options?: PageOptions): Promise<GraphContact[]>;
    /** Changes in the folder since `deltaLink` (all pages). A stale link throws GraphSyncStateExpiredError (410). */
    delta(folderId: string, options?: DeltaOptions): Promise<ContactDelta>;
    get(id: string, options?: CallOptions): Promise<GraphContact>;
    create(folderId: string, input: ContactInput, options?: CallOptions): Promise<GraphContact>;
    update(id: string, patch: ContactInput, options?: CallOptions): Promise<GraphContact>;
    delete(id: string, options?: CallOptions): Promise<void>;
    createMany(folderId: string, inputs: readonly ContactInput[], options?: CallOptions): Promise<Array<ItemResult<GraphContact>>>;
    updateMany(patches: ReadonlyArray<{ id: string; patch: ContactInput }>, options?: CallOptions): Promise<Array<ItemResult<GraphContact>>>;
    deleteMany(ids: readonly string[], options?: CallOptions): Promise<Array<ItemResult<undefined>>>;
  };
  contactFolders: {
    /** The folders under the main Contacts folder, all pages. */
    list(options?: CallOptions): Promise<GraphContactFolder[]>;
    /** The top-level contacts folder of that name, created when missing. */
    findOrCreate(displayName: string, options?: CallOptions): Promise<GraphContactFolder>;
  };
  categories: {
    /** The master category (default "Autotask"), created when missing. */
    ensure(displayName?: string, color?: string, options?: CallOptions): Promise<GraphCategory>;
  };
  /** Raw `$batch`: split in 20s, throttled items re-sent, results in input order. */
  batch(requests: readonly BatchRequest[], options?: BatchOptions): Promise<BatchResult[]>;
  /** Requests sent so far (for tests and the benchmark). */
  stats(): GraphStats;
}

const q = encodeURIComponent;
const iso = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString());
const sig = (o?: CallOptions) => (o?.signal ? { signal: o.signal } : {});

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const http = createGraphHttp(options);
  const batchOptions = (o?: BatchOptions): BatchOptions => ({ ...(options.sleep ? { sleep: options.sleep } : {}), ...o });

  const parse = <S extends z.ZodType>(schema: S, body: unknown, what: string): z.infer<S> => {
    const r = schema.safeParse(body);
    if (!r.success) throw new GraphResponseShapeError(`Microsoft Graph answered ${what} with an unexpected shape`, { cause: r.error });
    return r.data;
  };

  /** Follows `@odata.nextLink` to the end; returns the raw items and the final delta link, if any. */
  const collect = async (url: string, o: CallOptions & { headers?: Record<string, string> } = {}) => {
    const items: unknown[] = [];
    let next: string | undefined = url;
    let deltaLink: string | undefined;
    while (next) {
      const res = await http.send({ method: 'GET', url: next, ...sig(o), ...(o.headers ? { headers: o.headers } : {}) });
      const page = parse(CollectionSchema, res.body, 'a collection');
      items.push(...page.value);
      next = page['@odata.nextLink'] ?? undefined;
      deltaLink = page['@odata.deltaLink'] ?? deltaLink;
    }
    return { items, deltaLink };
  };

  const one = async <S extends z.ZodType>(schema: S, method: 'GET' | 'POST' | 'PATCH', url: string, body: unknown, o?: CallOptions): Promise<z.infer<S>> => {
    const res = await http.send({ method, url, ...(body !== undefined ? { body } : {}), ...sig(o) });
    return parse(schema, res.body, `${method} ${url.split('?')[0]}`);
  };

  const removeMany = async (requests: BatchRequest[], o?: CallOptions) =>
    (await runBatch(http, requests, batchOptions(sig(o)))).map((r): ItemResult<undefined> => (r.ok ? { ok: true, value: undefined } : { ok: false, error: r.error }));

  // Batch items do not inherit the outer request's headers: each asks for the time zone itself.
  const zoned = (requests: BatchRequest[]) => (options.timeZone
    ? requests.map((r) => ({ ...r, headers: { ...r.headers, prefer: `outlook.timezone="${options.timeZone}"` } }))
    : requests);

  const many = async <S extends z.ZodType>(schema: S, requests: BatchRequest[], o?: CallOptions) => {
    const results = await runBatch(http, zoned(requests), batchOptions(sig(o)));
    return results.map((r): ItemResult<z.infer<S>> => {
      if (!r.ok) return { ok: false, error: r.error };
      const p = schema.safeParse(r.body);
      return p.success ? { ok: true, value: p.data } : { ok: false, error: new GraphResponseShapeError('A $batch item came back with an unexpected shape', { status: r.status, cause: p.error }) };
    });
  };

  const expand = `$expand=${q(EXPAND_AUTOTASK_REF)}`;
  const del = async (url: string, o?: CallOptions) => { await http.send({ method: 'DELETE', url, ...sig(o) }); };

  return {
    events: {
      async calendarView(range, o = {}) {
        const url = `me/calendarView?startDateTime=${q(iso(range.start))}&endDateTime=${q(iso(range.end))}&$top=${o.pageSize ?? 100}&${expand}`;
        const { items } = await collect(url, o);
        return items.map((i) => parse(GraphEventSchema, i, 'calendarView'));
      },
      get: (id, o) => one(GraphEventSchema, 'GET', `me/events/${q(id)}?${expand}`, undefined, o),
      create: (input, o) => one(GraphEventSchema, 'POST', `me/events?${expand}`, toGraphBody(input), o),
      update: (id, patch, o) => one(GraphEventSchema, 'PATCH', `me/events/${q(id)}?${expand}`, toGraphBody(patch), o),
      delete: (id, o) => del(`me/events/${q(id)}`, o),
      createMany: (inputs, o) => many(GraphEventSchema, inputs.map((i) => ({ method: 'POST', url: `/me/events?${expand}`, body: toGraphBody(i) })), o),
      updateMany: (patches, o) => many(GraphEventSchema, patches.map((p) => ({ method: 'PATCH', url: `/me/events/${q(p.id)}?${expand}`, body: toGraphBody(p.patch) })), o),
      deleteMany: (ids, o) => removeMany(ids.map((id) => ({ method: 'DELETE', url: `/me/events/${q(id)}` })), o),
    },
    contacts: {
      async list(folderId, o = {}) {
        const where = folderId === null ? 'me/contacts' : `me/contactFolders/${q(folderId)}/contacts`;
        const { items } = await collect(`${where}?$top=${o.pageSize ?? 1000}&${expand}`, o);
        return items.map((i) => parse(GraphContactSchema, i, 'contacts'));
      },
      async delta(folderId, o = {}) {
        const url = o.deltaLink ?? `me/contactFolders/${q(folderId)}/contacts/delta?${expand}`;
        const { items, deltaLink } = await collect(url, { ...o, headers: { prefer: `odata.maxpagesize=${o.pageSize ?? 1000}` } });
        if (!deltaLink) throw new GraphResponseShapeError('Microsoft Graph ended a delta round without @odata.deltaLink');
        const changed: GraphContact[] = [];
        const removed: string[] = [];
        for (const item of items) {
          const gone = RemovedSchema.safeParse(item);
          if (gone.success) removed.push(gone.data.id);
          else changed.push(parse(GraphContactSchema, item, 'contacts delta'));
        }
        return { changed, removed, deltaLink };
      },
      get: (id, o) => one(GraphContactSchema, 'GET', `me/contacts/${q(id)}?${expand}`, undefined, o),
      create: (folderId, input, o) => one(GraphContactSchema, 'POST', `me/contactFolders/${q(folderId)}/contacts?${expand}`, toGraphBody(input), o),
      update: (id, patch, o) => one(GraphContactSchema, 'PATCH', `me/contacts/${q(id)}?${expand}`, toGraphBody(patch), o),
      delete: (id, o) => del(`me/contacts/${q(id)}`, o),
      createMany: (folderId, inputs, o) => many(GraphContactSchema, inputs.map((i) => ({ method: 'POST', url: `/me/contactFolders/${q(folderId)}/contacts?${expand}`, body: toGraphBody(i) })), o),
      updateMany: (patches, o) => many(GraphContactSchema, patches.map((p) => ({ method: 'PATCH', url: `/me/contacts/${q(p.id)}?${expand}`, body: toGraphBody(p.patch) })), o),
      deleteMany: (ids, o) => removeMany(ids.map((id) => ({ method: 'DELETE', url: `/me/contacts/${q(id)}` })), o),
    },
    contactFolders: {
      async list(o) {
        const { items } = await collect('me/contactFolders?$top=100', o);
        return items.map((i) => parse(GraphContactFolderSchema, i, 'contactFolders'));
      },
      async findOrCreate(displayName, o) {
        const find = async () => {
          const filter = `displayName eq '${displayName.replace(/'/g, "''")}'`;
          const { items } = await collect(`me/contactFolders?$filter=${q(filter)}`, o);
          return items.map((i) => parse(GraphContactFolderSchema, i, 'contactFolders')).find((f) => f.displayName === displayName);
        };
        const found = await find();
        if (found) return found;
        try {
          return await one(GraphContactFolderSchema, 'POST', 'me/contactFolders', { displayName }, o);
        } catch (error) {
          // Another run created it between our read and our write.
          const again = error instanceof GraphConflictError ? await find() : undefined;
          if (again) return again;
          throw error;
        }
      },
    },
    categories: {
      async ensure(displayName = AUTOTASK_CATEGORY, color = 'preset7', o) {
        const { items } = await collect('me/outlook/masterCategories', o);
        const found = items.map((i) => parse(GraphCategorySchema, i, 'masterCategories')).find((c) => c.displayName.toLowerCase() === displayName.toLowerCase());
        if (found) return found;
        try {
          return await one(GraphCategorySchema, 'POST', 'me/outlook/masterCategories', { displayName, color }, o);
        } catch (error) {
          if (!(error instanceof GraphConflictError)) throw error;
          const { items: again } = await collect('me/outlook/masterCategories', o);
          const c = again.map((i) => parse(GraphCategorySchema, i, 'masterCategories')).find((x) => x.displayName.toLowerCase() === displayName.toLowerCase());
          if (c) return c;
          throw error;
        }
      },
    },
    batch: (requests, o) => runBatch(http, requests, batchOptions(o)),
    stats: () => http.stats(),
  };
}
