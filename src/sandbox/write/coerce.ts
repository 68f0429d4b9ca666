/**
 * Request body → typed field values, the way Autotask's JSON deserializer (Json.NET) reads them:
 * property names in any casing, unknown and read-only properties ignored, conversion failures
 * reported with Json.NET-style messages.
 */
import { apiError, messages } from '../http/api-errors';
import { findField, findUdf } from '../model/registry';
import type { EntityDef, FieldDef, UdfValue } from '../model/types';
import { parseTimestamp, storeTimestamp } from '../format/timestamps';

const NET_TYPE: Record<string, string> = {
  integer: 'System.Int32', long: 'System.Int64', decimal: 'System.Decimal', double: 'System.Double',
  boolean: 'System.Boolean', string: 'System.String', datetime: 'System.DateTime',
};

function conversionError(f: FieldDef, raw: unknown, path: string): never {
  throw apiError(messages.conversion(raw, NET_TYPE[f.dataType]!, path));
}

export function coerceValue(f: FieldDef, raw: unknown, path: string): unknown {
  if (raw === null || raw === undefined) return null;
  switch (f.dataType) {
    case 'integer':
    case 'long': {
      if (typeof raw === 'boolean') return raw ? 1 : 0;
      if (typeof raw === 'number') {
        if (!Number.isInteger(raw)) throw apiError(messages.notInteger(raw, path));
        return raw;
      }
      if (typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw)) return Number(raw);
      return conversionError(f, raw, path);
    }
    case 'decimal':
    case 'double': {
      if (typeof raw === 'number') return raw;
      if (typeof raw === 'string' && raw.trim() !== '' && !Number.isNaN(Number(raw))) return Number(raw);
      return conversionError(f, raw, path);
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      if (raw === 0 || raw === 1) return raw === 1;
      if (typeof raw === 'string' && /^(true|false)$/i.test(raw.trim())) return raw.trim().toLowerCase() === 'true';
      return conversionError(f, raw, path);
    }
    case 'datetime': {
      const d = typeof raw === 'string' ? parseTimestamp(raw) : null;
      if (!d) throw apiError(messages.notDateTime(raw, path));
      return storeTimestamp(d);
    }
    default:
      if (typeof raw === 'object') return conversionError(f, raw, path);
      return String(raw);
  }
}

export interface CoercedInput {
  values: Map<string, unknown>;
  /** UDFs sent, by canonical name; undefined when the body has no `userDefinedFields`. */
  udfs?: Map<string, string | null>;
  id?: unknown;
}

export function coerceInput(def: EntityDef, body: Record<string, unknown>): CoercedInput {
  const values = new Map<string, unknown>();
  const out: CoercedInput = { values };
  for (const [key, raw] of Object.entries(body)) {
    if (key.toLowerCase() === 'userdefinedfields') {
      out.udfs = coerceUdfs(def, raw);
      continue;
    }
    const f = findField(def, key);
    if (!f) continue;
    if (f.name === 'id') {
      out.id = raw;
      continue;
    }
    if (f.isReadOnly) continue;
    values.set(f.name, coerceValue(f, raw, key));
  }
  return out;
}

function coerceUdfs(def: EntityDef, raw: unknown): Map<string, string | null> {
  const map = new Map<string, string | null>();
  if (raw === null || raw === undefined) return map;
  if (!Array.isArray(raw)) throw apiError(messages.conversion(raw, 'UserDefinedField[]', 'userDefinedFields'));
  for (const item of raw) {
    const entries = Object.entries((item ?? {}) as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v] as const);
    const props = Object.fromEntries(entries);
    const name = String(props.name ?? '');
    const udf = findUdf(def, name);
    if (!udf) throw apiError(messages.unknownUdf(name, def.typeName));
    const value = props.value;
    map.set(udf.name, value === null || value === undefined ? null : String(value));
  }
  return map;
}

export function mergeUdfs(current: UdfValue[] | undefined, sent: Map<string, string | null> | undefined, replace: boolean): UdfValue[] {
  const result = new Map<string, string | null>(replace ? [] : (current ?? []).map((u) => [u.name, u.value]));
  for (const [name, value] of sent ?? []) result.set(name, value);
  return [...result].map(([name, value]) => ({ name, value }));
}
