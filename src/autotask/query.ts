/**
 * Query builder: only what Autotask accepts. The 13 operators by their real names plus `and`/`or`
 * groups (`items`), typed so that a wrong operator or value shape is a compile error, and
 * validated at runtime (`buildQuery`) so that nothing Autotask would silently ignore or reject is
 * ever sent: an unknown operator is dropped by Autotask and the query then returns everything.
 */
import { AutotaskInvalidQueryError } from './errors';

export const CONDITION_OPERATORS = ['eq', 'noteq', 'gt', 'gte', 'lt', 'lte', 'beginsWith', 'endsWith', 'contains', 'exist', 'notExist', 'in', 'notIn'] as const;
export const GROUP_OPERATORS = ['and', 'or'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];
export type GroupOperator = (typeof GROUP_OPERATORS)[number];

/** Dates are sent as ISO 8601 UTC strings. Autotask rejects null: use `exist` / `notExist`. */
export type FilterValue = string | number | boolean | Date;
export type ListValue = string | number | boolean;

interface ConditionBase {
  field: string;
  /** `field` is a UDF name (one UDF condition per query). */
  udf?: boolean;
  items?: never;
}
export interface CompareCondition extends ConditionBase { op: 'eq' | 'noteq' | 'gt' | 'gte' | 'lt' | 'lte'; value: FilterValue }
export interface TextCondition extends ConditionBase { op: 'beginsWith' | 'endsWith' | 'contains'; value: string }
export interface ExistenceCondition extends ConditionBase { op: 'exist' | 'notExist'; value?: never }
export interface ListCondition extends ConditionBase { op: 'in' | 'notIn'; value: readonly ListValue[] }
export interface FilterGroup { op: GroupOperator; items: readonly Filter[]; field?: never; value?: never; udf?: never }
export type Condition = CompareCondition | TextCondition | ExistenceCondition | ListCondition;
export type Filter = Condition | FilterGroup;

export interface QueryInput {
  /** One filter or several (ANDed). Mandatory: use `where.all()` for "everything". */
  filter: Filter | readonly Filter[];
  /** Fields to return (UDF names allowed). `id` is added when missing: paging needs it. */
  includeFields?: readonly string[];
  /** Page size, 1..500 (Autotask's default and maximum is 500). */
  maxRecords?: number;
}

/** What goes on the wire (keys cased as in the official examples). */
export interface WireFilter { op: string; field?: string; value?: unknown; udf?: true; items?: WireFilter[] }
export interface QueryBody { filter: WireFilter[]; IncludeFields?: string[]; MaxRecords?: number }

type Opt = { udf?: boolean };
const cond = <C extends Condition>(c: C, o?: Opt): C => (o?.udf ? { ...c, udf: true } : c);

/** Typed constructors for every operator Autotask has, and nothing else. */
export const where = {
  eq: (field: string, value: FilterValue, o?: Opt): CompareCondition => cond({ op: 'eq', field, value }, o),
  noteq: (field: string, value: FilterValue, o?: Opt): CompareCondition => cond({ op: 'noteq', field, value }, o),
  gt: (field: string, value: FilterValue, o?: Opt): CompareCondition => cond({ op: 'gt', field, value }, o),
  gte: (field: string, value: FilterValue, o?: Opt): CompareCondition => cond({ op: 'gte', field, value }, o),
  lt: (field: string, value: FilterValue, o?: Opt): CompareCondition => cond({ op: 'lt', field, value }, o),
  lte: (field: string, value: FilterValue, o?: Opt): CompareCondition => cond({ op: 'lte', field, value }, o),
  beginsWith: (field: string, value: string, o?: Opt): TextCondition => cond({ op: 'beginsWith', field, value }, o),
  endsWith: (field: string, value: string, o?: Opt): TextCondition => cond({ op: 'endsWith', field, value }, o),
  contains: (field: string, value: string, o?: Opt): TextCondition => cond({ op: 'contains', field, value }, o),
  exist: (field: string, o?: Opt): ExistenceCondition => cond({ op: 'exist', field }, o),
  notExist: (field: string, o?: Opt): ExistenceCondition => cond({ op: 'notExist', field }, o),
  in: (field: string, value: readonly ListValue[], o?: Opt): ListCondition => cond({ op: 'in', field, value }, o),
  notIn: (field: string, value: readonly ListValue[], o?: Opt): ListCondition => cond({ op: 'notIn', field, value }, o),
  and: (...items: Filter[]): FilterGroup => ({ op: 'and', items }),
  or: (...items: Filter[]): FilterGroup => ({ op: 'or', items }),
  /** "Every record": `{"op":"exist","field":"id"}`. */
  all: (): ExistenceCondition => ({ op: 'exist', field: 'id' }),
};

const CONDITION_SET = new Set<string>(CONDITION_OPERATORS);
const GROUP_SET = new Set<string>(GROUP_OPERATORS);
const ALLOWED_KEYS = new Set(['op', 'field', 'value', 'udf', 'items']);

function invalid(message: string): never {
  throw new AutotaskInvalidQueryError(`Invalid Autotask query: ${message}`);
}

function wireScalar(v: unknown, where: string, allowDate: boolean): string | number | boolean {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (allowDate && v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  return invalid(`${where} needs a string, finite number${allowDate ? ', boolean or Date' : ' or boolean'} (got ${v === null ? 'null' : typeof v})`);
}

function validateNode(node: unknown, path: string, udfs: { count: number }): WireFilter {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return invalid(`${path} is not a filter object`);
  const n = node as Record<string, unknown>;
  for (const key of Object.keys(n)) if (!ALLOWED_KEYS.has(key) && n[key] !== undefined) invalid(`${path} has unknown key "${key}"`);
  const op = n.op;
  if (typeof op !== 'string' || (!CONDITION_SET.has(op) && !GROUP_SET.has(op))) {
    return invalid(`${path} uses unknown operator ${JSON.stringify(op)}; Autotask knows ${[...CONDITION_OPERATORS, ...GROUP_OPERATORS].join(', ')}`);
  }
  if (GROUP_SET.has(op)) {
    if (n.field !== undefined || n.value !== undefined || n.udf !== undefined) invalid(`${path} (${op}) takes only "items"`);
    if (!Array.isArray(n.items) || n.items.length === 0) invalid(`${path} (${op}) needs a non-empty "items" array`);
    return { op, items: (n.items as unknown[]).map((c, i) => validateNode(c, `${path}.items[${i}]`, udfs)) };
  }
  if (n.items !== undefined) invalid(`${path} (${op}) is a condition and cannot have "items"`);
  if (typeof n.field !== 'string' || n.field.trim() === '') invalid(`${path} (${op}) needs a field name`);
  if (n.udf !== undefined && typeof n.udf !== 'boolean') invalid(`${path}.udf must be true or false`);
  const out: WireFilter = { op, field: n.field };
  if (n.udf === true) {
    udfs.count += 1;
    if (udfs.count > 1) invalid(`${path} is a second UDF condition; Autotask allows one UDF filter per query`);
    out.udf = true;
  }
  const at = `${path} (${op} ${n.field})`;
  if (op === 'exist' || op === 'notExist') {
    if (n.value !== undefined) invalid(`${at} takes no value`);
  } else if (op === 'in' || op === 'notIn') {
    if (!Array.isArray(n.value)) invalid(`${at} needs an array value`);
    if (n.value.length === 0) invalid(`${at} needs at least one value`);
    out.value = (n.value as unknown[]).map((v, i) => wireScalar(v, `${at} value[${i}]`, false));
  } else if (op === 'beginsWith' || op === 'endsWith' || op === 'contains') {
    if (typeof n.value !== 'string') invalid(`${at} needs a string value`);
    out.value = n.value;
  } else {
    if (n.value === undefined) invalid(`${at} needs a value`);
    out.value = wireScalar(n.value, at, true);
  }
  return out;
}

/** Validates a query and returns the exact body Autotask will receive. Throws AutotaskInvalidQueryError. */
export function buildQuery(input: QueryInput): QueryBody {
  if (!input || typeof input !== 'object') invalid('expected { filter, includeFields?, maxRecords? }');
  const filters: unknown[] = Array.isArray(input.filter) ? [...(input.filter as unknown[])] : input.filter === undefined || input.filter === null ? [] : [input.filter];
  if (filters.length === 0) invalid('a filter is mandatory (use where.all() for every record)');
  const udfs = { count: 0 };
  const body: QueryBody = { filter: filters.map((f, i) => validateNode(f, `filter[${i}]`, udfs)) };
  if (input.includeFields !== undefined) {
    if (!Array.isArray(input.includeFields) || input.includeFields.length === 0) invalid('includeFields must be a non-empty array of field names');
    const fields = input.includeFields.map((f, i) => (typeof f === 'string' && f.trim() !== '' ? f : invalid(`includeFields[${i}] is not a field name`)));
    if (!fields.some((f) => f.toLowerCase() === 'id')) fields.unshift('id');
    body.IncludeFields = fields;
  }
  if (input.maxRecords !== undefined) {
    const m = input.maxRecords;
    if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > 500) invalid(`maxRecords must be an integer from 1 to 500 (got ${String(m)})`);
    body.MaxRecords = m;
  }
  return body;
}

/** The `?search=` value of the GET form. */
export function searchParam(body: QueryBody): string {
  return encodeURIComponent(JSON.stringify(body));
}
