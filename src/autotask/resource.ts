/**
 * Generic entity operations. Each resource file composes the ones Autotask allows for its entity
 * (root or parent–child URLs), so a method that Autotask does not have does not exist on the type.
 * Missing records: `get` returns null for both `{"item": null}` and 404; `getRequired` throws
 * AutotaskNotFoundError for both.
 */
import { z } from 'zod';
import type { Core } from './core';
import { AutotaskNotFoundError, AutotaskResponseShapeError } from './errors';
import { CountEnvelopeSchema, chooseForm, pagedQuery, type CollectOptions, type QueryForm, type QueryIterable } from './paging';
import { buildQuery, searchParam, where, type Filter, type QueryInput } from './query';

export interface CallOptions {
  /** Sent as `ImpersonationResourceId` (overrides the client default). */
  impersonationResourceId?: number;
  signal?: AbortSignal;
}
export interface QueryOptions extends CallOptions {
  /** `auto` (default): GET unless the URL would exceed ~2,000 characters. */
  form?: QueryForm;
}

export interface EntityDef<S extends z.ZodObject> {
  /** Root entity name: path segment, limiter bucket and metadata key (`TicketNotes`). */
  name: string;
  schema: S;
}
/** Parent–child URL `{parent}/{pid}/{segment}`; `field` is the parent id in the body (`ticketID`), if any. */
export interface ParentDef {
  parent: string;
  segment: string;
  field: string;
}

const withParent = (body: object, p: ParentDef, parentId: number) => (p.field ? { ...body, [p.field]: parentId } : body);

export type PartialRecord<T> = Partial<T> & { id: number };
/** With `includeFields` the items hold only those fields (and `id`). */
export type ItemOf<T, Q> = Q extends { includeFields: readonly string[] } ? PartialRecord<T> : T;
/** The declared fields of a loose record type (drops the `[key: string]: unknown` index signature). */
export type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };
/** Body of a create: declared fields only, never an id (Autotask assigns it). */
export type CreateBody<T> = Omit<Partial<Known<T>>, 'id'>;
/** Body of a PATCH (changed fields) or PUT (the full record): the id goes in the body. */
export type PatchBody<T> = Partial<Known<T>> & { id: number };

const GetEnvelope = z.looseObject({ item: z.union([z.record(z.string(), z.unknown()), z.null()]) });
const ItemIdEnvelope = z.looseObject({ itemId: z.number() });
const partials = new WeakMap<z.ZodObject, z.ZodType>();

function partialOf(schema: z.ZodObject): z.ZodType {
  let p = partials.get(schema);
  if (!p) {
    p = schema.partial().extend({ id: z.number() });
    partials.set(schema, p);
  }
  return p;
}

export function parseItem<T>(def: EntityDef<z.ZodObject>, raw: unknown): T {
  const parsed = def.schema.safeParse(raw);
  if (parsed.success) return parsed.data as T;
  throw new AutotaskResponseShapeError(`${def.name} record does not match its schema`, {
    cause: parsed.error,
    errors: parsed.error.issues.slice(0, 5).map((x) => `${x.path.join('.')}: ${x.message}`),
  });
}

export const opts = (o?: CallOptions) => ({ impersonationResourceId: o?.impersonationResourceId, signal: o?.signal });

/** get, getRequired, query, queryAll, count on the root entity. */
export function readOps<S extends z.ZodObject>(core: Core, def: EntityDef<S>) {
  type T = z.infer<S>;
  const fetchOne = async (id: number, o?: CallOptions): Promise<T | null> => {
    try {
      const env = await core.call({ method: 'GET', path: `${def.name}/${encodeId(id)}`, bucket: def.name, kind: 'read', ...opts(o) }, GetEnvelope);
      return env.item === null ? null : parseItem<T>(def, env.item);
    } catch (e) {
      if (e instanceof AutotaskNotFoundError) return null;
      throw e;
    }
  };
  const query = <Q extends QueryInput>(q: Q, o?: QueryOptions): QueryIterable<ItemOf<T, Q>> => {
    const body = buildQuery(q);
    const item = (body.IncludeFields ? partialOf(def.schema) : def.schema) as z.ZodType<ItemOf<T, Q>>;
    return pagedQuery({ core, entity: def.name, body, form: o?.form ?? 'auto', item, ...opts(o) });
  };
  return {
    get: fetchOne,
    async getRequired(id: number, o?: CallOptions): Promise<T> {
      const found = await fetchOne(id, o);
      if (found === null) throw new AutotaskNotFoundError(`${def.name} ${id} does not exist (or is not visible to this API user)`);
      return found;
    },
    query,
    async queryAll<Q extends QueryInput>(q: Q, o?: QueryOptions & CollectOptions): Promise<ItemOf<T, Q>[]> {
      return query(q, o).toArray({ cap: o?.cap, truncate: o?.truncate });
    },
    async count(q: QueryInput, o?: QueryOptions): Promise<number> {
      const body = buildQuery(q);
      const form = await chooseForm(core, def.name, body, o?.form ?? 'auto', 'query/count');
      const base = { method: form, path: `${def.name}/query/count`, bucket: def.name, kind: 'read' as const, ...opts(o) };
      const env = await core.call(form === 'GET' ? { ...base, query: `search=${searchParam(body)}` } : { ...base, body }, CountEnvelopeSchema);
      return env.queryCount;
    },
  };
}

/** Root query filtered by the parent id (`POST /TicketNotes/query` with `ticketID`), the documented way to list children. */
export function byParentOps<S extends z.ZodObject>(core: Core, def: EntityDef<S>, parent: ParentDef) {
  const reads = readOps(core, def);
  return {
    queryByParent(parentId: number, extra: readonly Filter[] = [], o?: QueryOptions): QueryIterable<z.infer<S>> {
      return reads.query({ filter: [where.eq(parent.field, parentId), ...extra] }, o);
    },
  };
}

type Method = 'POST' | 'PATCH' | 'PUT';
const write = async (core: Core, bucket: string, method: Method | 'DELETE', path: string, body: unknown, o?: CallOptions): Promise<number> =>
  (await core.call({ method, path, body, bucket, kind: 'write', ...opts(o) }, ItemIdEnvelope)).itemId;

/** update (PATCH, id in body, unsent fields kept) / replace (PUT, omitted fields become null) on the root URL. */
export function rootUpdateOps<S extends z.ZodObject>(core: Core, def: EntityDef<S>) {
  type T = z.infer<S>;
  return {
    update: async (patch: PatchBody<T>, o?: CallOptions): Promise<number> => write(core, def.name, 'PATCH', def.name, patch, o),
    /** Full replace: every field you omit is set to null by Autotask. Prefer `update`. */
    replace: async (record: PatchBody<T>, o?: CallOptions): Promise<number> => write(core, def.name, 'PUT', def.name, record, o),
  };
}

/** create + update + replace on the root URL. */
export function rootWriteOps<S extends z.ZodObject, C extends object = CreateBody<z.infer<S>>>(core: Core, def: EntityDef<S>) {
  return {
    create: async (body: C, o?: CallOptions): Promise<number> => write(core, def.name, 'POST', def.name, stripId(body), o),
    ...rootUpdateOps(core, def),
  };
}

/** create / update / replace through the parent URL; the parent id is also set in the body. */
export function childWriteOps<S extends z.ZodObject, C extends object = CreateBody<z.infer<S>>>(core: Core, def: EntityDef<S>, p: ParentDef) {
  type T = z.infer<S>;
  const url = (pid: number) => `${p.parent}/${encodeId(pid)}/${p.segment}`;
  return {
    create: async (parentId: number, body: C, o?: CallOptions): Promise<number> =>
      write(core, def.name, 'POST', url(parentId), withParent(stripId(body), p, parentId), o),
    update: async (parentId: number, patch: PatchBody<T>, o?: CallOptions): Promise<number> => write(core, def.name, 'PATCH', url(parentId), patch, o),
    /** Full replace: every field you omit is set to null by Autotask. Prefer `update`. */
    replace: async (parentId: number, record: PatchBody<T>, o?: CallOptions): Promise<number> =>
      write(core, def.name, 'PUT', url(parentId), withParent(record, p, parentId), o),
  };
}

/** create only through the parent URL (ServiceCallTickets, ServiceCallTicketResources). */
export function childCreateOp<S extends z.ZodObject, C extends object>(core: Core, def: EntityDef<S>, p: ParentDef) {
  return {
    create: async (parentId: number, body: C, o?: CallOptions): Promise<number> =>
      write(core, def.name, 'POST', `${p.parent}/${encodeId(parentId)}/${p.segment}`, withParent(stripId(body), p, parentId), o),
  };
}

export function rootDeleteOp(core: Core, def: EntityDef<z.ZodObject>) {
  return { delete: async (id: number, o?: CallOptions): Promise<number> => write(core, def.name, 'DELETE', `${def.name}/${encodeId(id)}`, undefined, o) };
}

export function childDeleteOp(core: Core, def: EntityDef<z.ZodObject>, p: ParentDef) {
  return {
    delete: async (parentId: number, id: number, o?: CallOptions): Promise<number> =>
      write(core, def.name, 'DELETE', `${p.parent}/${encodeId(parentId)}/${p.segment}/${encodeId(id)}`, undefined, o),
  };
}

/** Ids go into paths: only safe integers, never text that could change the route. */
export function encodeId(id: number): string {
  if (!Number.isSafeInteger(id) || id < 0) throw new TypeError(`Autotask ids are non-negative integers (got ${String(id)})`);
  return String(id);
}

function stripId<B extends object>(body: B): B {
  const { id: _id, ...rest } = body as B & { id?: unknown };
  return rest as B;
}
