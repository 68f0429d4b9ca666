/**
 * Checks a record body against Autotask's field metadata before it is sent: required fields,
 * string lengths, picklist values (active, and the dependent picklist's parent), plus the rules
 * a form adds (e.g. a ticket needs a queue when it names no resource). Pure.
 */
import type { EntityFields, PicklistValue } from '../../autotask';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ValidationRules {
  /** Fields the form requires on top of metadata's `isRequired`. */
  alsoRequired?: readonly string[];
  /** Labels for messages (field name → label); the field name otherwise. */
  labels?: Readonly<Record<string, string>>;
  /** Fields the form fills itself and the user cannot fix (skipped for "required"). */
  ignore?: readonly string[];
}

const empty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export function validateRecord(body: Readonly<Record<string, unknown>>, fields: EntityFields, rules: ValidationRules = {}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const label = (name: string) => rules.labels?.[name] ?? name;
  const ignore = new Set((rules.ignore ?? []).map((n) => n.toLowerCase()));
  const required = new Set<string>();
  for (const f of fields.required()) if (f.isReadOnly !== true && f.name.toLowerCase() !== 'id') required.add(f.name);
  for (const n of rules.alsoRequired ?? []) required.add(fields.field(n)?.name ?? n);

  for (const name of required) {
    if (ignore.has(name.toLowerCase())) continue;
    const value = body[name];
    const isReference = fields.field(name)?.isReference === true || /ID$/.test(name);
    if (empty(value) || (isReference && typeof value === 'number' && value <= 0)) {
      problems.push({ field: name, message: `${label(name)} is required.` });
    }
  }
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') {
      const max = fields.maxLength(name);
      if (max !== undefined && value.length > max) {
        problems.push({ field: name, message: `${label(name)} is ${value.length.toLocaleString('en-US')} characters; Autotask allows ${max.toLocaleString('en-US')}.` });
      }
    }
    const picklist = fields.picklist(name);
    if (picklist && !empty(value)) {
      const entry = picklist.entry(value as PicklistValue);
      if (!entry || !entry.isActive) {
        problems.push({ field: name, message: `${label(name)}: the value ${String(value)} is not one Autotask offers.` });
      } else if (picklist.parentField && entry.parentValue !== undefined) {
        const parent = body[fields.field(picklist.parentField)?.name ?? picklist.parentField];
        if (empty(parent) || String(parent) !== String(entry.parentValue)) {
          problems.push({ field: name, message: `${label(name)} "${entry.label}" does not belong to the chosen ${label(picklist.parentField)}.` });
        }
      }
    }
  }
  return problems;
}
