/** Stored row → the camelCase JSON Autotask returns (field order: `id`, then alphabetical). */
import type { EntityDef, Row, UdfValue } from '../model/types';
import { formatTimestamp, roundDecimal } from './timestamps';

export interface SerializeOptions {
  /** Standard fields to keep (canonical names); undefined = all. `id` is always kept. */
  fields?: ReadonlySet<string>;
  /** UDF names to keep (canonical); undefined = all. */
  udfs?: ReadonlySet<string>;
  /** Emit attachment `data` (only the parent–child attachment GET does). */
  withData?: boolean;
}

export function serializeValue(dataType: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (dataType === 'datetime') return formatTimestamp(String(value));
  if (dataType === 'decimal' || dataType === 'double') return roundDecimal(Number(value));
  return value;
}

export function serializeRow(def: EntityDef, row: Row, opts: SerializeOptions = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of def.fields) {
    if (opts.fields && f.name !== 'id' && !opts.fields.has(f.name)) continue;
    if (f.writeOnly) {
      out[f.name] = opts.withData ? (row[f.name] ?? null) : null;
      continue;
    }
    out[f.name] = serializeValue(f.dataType, row[f.name]);
  }
  if (def.supportsUdfs) out.userDefinedFields = serializeUdfs(def, row, opts.udfs);
  return out;
}

function serializeUdfs(def: EntityDef, row: Row, only?: ReadonlySet<string>): UdfValue[] {
  const stored = new Map((row.userDefinedFields as UdfValue[] | undefined)?.map((u) => [u.name, u.value]) ?? []);
  return def.udfs
    .filter((u) => !only || only.has(u.name))
    .map((u) => ({ name: u.name, value: stored.get(u.name) ?? null }));
}
