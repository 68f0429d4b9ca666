/**
 * A query request (`search=` JSON or POST body), keys in any casing: `filter`, `IncludeFields`,
 * `MaxRecords` (reference §4–5). Pure.
 */
import { apiError, messages } from '../http/api-errors';
import { findField, findUdf } from '../model/registry';
import type { EntityDef } from '../model/types';
import type { SerializeOptions } from '../format/serialize';

export const MAX_PAGE = 500;

export interface QueryRequest {
  filter: unknown;
  includeFields?: unknown;
  maxRecords?: unknown;
}

export function readQueryRequest(body: unknown): QueryRequest {
  const out: QueryRequest = { filter: undefined };
  if (!body || typeof body !== 'object' || Array.isArray(body)) return out;
  for (const [k, v] of Object.entries(body)) {
    const key = k.toLowerCase();
    if (key === 'filter') out.filter = v;
    else if (key === 'includefields') out.includeFields = v;
    else if (key === 'maxrecords') out.maxRecords = v;
  }
  return out;
}

/** `MaxRecords` 1..500, default 500. */
export function pageSize(maxRecords: unknown): number {
  if (maxRecords === undefined || maxRecords === null) return MAX_PAGE;
  const n = typeof maxRecords === 'string' ? Number(maxRecords) : maxRecords;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_PAGE) throw apiError(messages.maxRecords);
  return n;
}

/**
 * `IncludeFields` → which standard fields and UDFs to emit. Names are case-insensitive; UDF
 * names are allowed; `id` is always included; `userDefinedFields` keeps every UDF.
 */
export function projection(def: EntityDef, includeFields: unknown): SerializeOptions {
  if (!Array.isArray(includeFields) || includeFields.length === 0) return {};
  const fields = new Set<string>(['id']);
  const udfs = new Set<string>();
  for (const raw of includeFields) {
    const name = String(raw);
    if (name.toLowerCase() === 'userdefinedfields') {
      def.udfs.forEach((u) => udfs.add(u.name));
      continue;
    }
    const f = findField(def, name);
    if (f) {
      fields.add(f.name);
      continue;
    }
    const u = findUdf(def, name);
    if (!u) throw apiError(messages.unknownField(name, def.typeName));
    udfs.add(u.name);
  }
  return { fields, udfs };
}
