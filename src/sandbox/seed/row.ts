/** Build complete stored rows for the seed (every field present; typos in field names throw). */
import { mustEntity } from '../model/registry';
import type { Row, UdfValue } from '../model/types';

/** Internal keys the REST layer never serialises. */
const INTERNAL_KEYS = new Set(['securityLevelID']);

export type SeedInput = Record<string, unknown> & { id: number; udf?: Record<string, string | null> };

export function seedRow(entity: string, data: SeedInput): Row {
  const def = mustEntity(entity);
  const out: Row = { id: data.id };
  const known = new Set(def.fields.map((f) => f.name));
  for (const key of Object.keys(data)) {
    if (key !== 'udf' && !known.has(key) && !INTERNAL_KEYS.has(key)) throw new Error(`Seed: ${entity} has no field ${key}`);
    if (INTERNAL_KEYS.has(key)) out[key] = data[key];
  }
  for (const f of def.fields) {
    const v = data[f.name];
    if (v === undefined) out[f.name] = f.defaultValue ?? null;
    else if (f.dataType === 'datetime' && typeof v === 'string') out[f.name] = new Date(v).toISOString();
    else out[f.name] = v;
  }
  if (def.supportsUdfs) {
    const udfs: UdfValue[] = Object.entries(data.udf ?? {}).map(([name, value]) => ({ name, value }));
    out.userDefinedFields = udfs;
  }
  return out;
}

export function seedRows(entity: string, data: SeedInput[]): Row[] {
  return data.map((d) => seedRow(entity, d));
}
