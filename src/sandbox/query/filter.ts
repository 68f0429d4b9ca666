/**
 * Autotask query filters (reference §4), compiled against the entity's field metadata into a
 * row predicate. Pure. Semantics follow the SQL Server behind Autotask: string comparisons are
 * case-insensitive, and any comparison with a null value is false (only `notExist` matches null).
 * An unknown operator is dropped silently, exactly as Autotask does.
 */
import { apiError, messages } from '../http/api-errors';
import { findField, findUdf } from '../model/registry';
import type { EntityDef, Row, UdfValue } from '../model/types';
import { parseTimestamp } from '../format/timestamps';

export type Predicate = (row: Row) => boolean;
type Kind = 'number' | 'string' | 'boolean' | 'datetime';
type Scalar = number | string | boolean | null;

export const COMPARISON_OPS = [
  'eq', 'noteq', 'gt', 'gte', 'lt', 'lte', 'beginswith', 'endswith', 'contains', 'exist', 'notexist', 'in', 'notin',
] as const;

interface Target {
  kind: Kind;
  name: string;
  get: (row: Row) => unknown;
}

/** Keys of a filter item, any casing. */
function lowerKeys(item: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    for (const [k, v] of Object.entries(item)) out[k.toLowerCase()] = v;
  }
  return out;
}

function kindOf(dataType: string): Kind {
  if (dataType === 'boolean') return 'boolean';
  if (dataType === 'datetime') return 'datetime';
  if (dataType === 'string') return 'string';
  return 'number';
}

function resolveTarget(def: EntityDef, fieldName: unknown, udf: boolean): Target {
  const name = typeof fieldName === 'string' ? fieldName : '';
  if (udf) {
    const u = findUdf(def, name);
    if (!u) throw apiError(messages.unknownField(name, def.typeName));
    const kind: Kind = u.type === 'string' ? 'string' : u.type === 'datetime' ? 'datetime' : 'number';
    return {
      kind,
      name: u.name,
      get: (row) => (row.userDefinedFields as UdfValue[] | undefined)?.find((v) => v.name === u.name)?.value ?? null,
    };
  }
  const f = findField(def, name);
  if (!f || f.writeOnly) throw apiError(messages.unknownField(name, def.typeName));
  if (!f.isQueryable) throw apiError(messages.notQueryable(f.name, def.typeName));
  return { kind: kindOf(f.dataType), name: f.name, get: (row) => row[f.name] ?? null };
}

/** Convert a value sent in the filter to the field's kind. */
function operand(t: Target, v: unknown): Scalar {
  if (t.kind === 'boolean') {
    if (typeof v !== 'boolean') throw apiError(messages.booleanValue(t.name));
    return v;
  }
  if (v === null || v === undefined) return null;
  if (t.kind === 'number') {
    if (typeof v === 'boolean') return v ? 1 : 0;
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (Number.isNaN(n)) throw apiError(messages.invalidValue(t.name, v));
    return n;
  }
  if (t.kind === 'datetime') {
    const d = typeof v === 'string' ? parseTimestamp(v) : null;
    if (!d) throw apiError(messages.invalidValue(t.name, v));
    return d.getTime();
  }
  if (typeof v === 'object') throw apiError(messages.invalidValue(t.name, JSON.stringify(v)));
  return String(v);
}

/** Convert a stored value to the comparable form. */
function stored(t: Target, v: unknown): Scalar {
  if (v === null || v === undefined) return null;
  if (t.kind === 'datetime') return Date.parse(String(v));
  if (t.kind === 'number') return Number(v);
  if (t.kind === 'boolean') return Boolean(v);
  return String(v);
}

function norm(v: Scalar): Scalar {
  return typeof v === 'string' ? v.toLowerCase() : v;
}

function compare(a: Scalar, b: Scalar): number {
  const x = norm(a)!;
  const y = norm(b)!;
  return x < y ? -1 : x > y ? 1 : 0;
}

function compileComparison(def: EntityDef, op: string, item: Record<string, unknown>, udfs: { count: number }): Predicate {
  const udf = item.udf === true;
  if (udf && ++udfs.count > 1) throw apiError(messages.oneUdf);
  const t = resolveTarget(def, item.field, udf);
  const get = (row: Row) => stored(t, t.get(row));
  if (op === 'exist') return (row) => get(row) !== null;
  if (op === 'notexist') return (row) => get(row) === null;
  if (op === 'in' || op === 'notin') {
    const list = (Array.isArray(item.value) ? item.value : [item.value]).map((v) => operand(t, v)).filter((v) => v !== null);
    const has = (r: Scalar) => list.some((o) => compare(r, o) === 0);
    return op === 'in' ? (row) => { const r = get(row); return r !== null && has(r); }
      : (row) => { const r = get(row); return r !== null && !has(r); };
  }
  const o = operand(t, item.value);
  const text = (row: Row) => String(t.get(row) ?? '').toLowerCase();
  const needle = String(item.value ?? '').toLowerCase();
  const test: Record<string, (r: Scalar, row: Row) => boolean> = {
    eq: (r) => compare(r, o) === 0,
    noteq: (r) => compare(r, o) !== 0,
    gt: (r) => compare(r, o) > 0,
    gte: (r) => compare(r, o) >= 0,
    lt: (r) => compare(r, o) < 0,
    lte: (r) => compare(r, o) <= 0,
    beginswith: (_r, row) => text(row).startsWith(needle),
    endswith: (_r, row) => text(row).endsWith(needle),
    contains: (_r, row) => text(row).includes(needle),
  };
  const fn = test[op]!;
  return (row) => {
    const r = get(row);
    return r !== null && o !== null && fn(r, row);
  };
}

function compileItem(def: EntityDef, raw: unknown, udfs: { count: number }): Predicate | null {
  const item = lowerKeys(raw);
  const op = typeof item.op === 'string' ? item.op.toLowerCase() : '';
  if (op === 'and' || op === 'or') {
    const children = (Array.isArray(item.items) ? item.items : [])
      .map((c) => compileItem(def, c, udfs))
      .filter((p): p is Predicate => p !== null);
    if (children.length === 0) return null;
    return op === 'and' ? (row) => children.every((p) => p(row)) : (row) => children.some((p) => p(row));
  }
  if ((COMPARISON_OPS as readonly string[]).includes(op)) return compileComparison(def, op, item, udfs);
  return null; // unknown operator: silently ignored, as Autotask does
}

/** Compile a top-level `filter` array (ANDed). No filter at all is an error, as in Autotask. */
export function compileFilter(def: EntityDef, filter: unknown): Predicate {
  if (!Array.isArray(filter) || filter.length === 0) throw apiError(messages.noFilter);
  const udfs = { count: 0 };
  const parts = filter.map((f) => compileItem(def, f, udfs)).filter((p): p is Predicate => p !== null);
  return (row) => parts.every((p) => p(row));
}
