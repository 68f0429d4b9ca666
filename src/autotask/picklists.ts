/**
 * Picklists: metadata holds values as strings (`"1"`), records hold integers (`1`). A `Picklist`
 * converts both ways, finds labels, defaults and the children of a dependent picklist
 * (`subIssueType` → `issueType` via `picklistParentValueField` / `parentValue`).
 */

export type PicklistValue = number | string;

export interface PicklistValueInfo {
  value: string;
  label: string;
  isDefaultValue?: boolean | null;
  sortOrder?: number | null;
  parentValue?: string | null;
  isActive?: boolean | null;
  isSystem?: boolean | null;
}

export interface PicklistEntry {
  /** As stored on records: an integer when the metadata string is an integer, else the string. */
  value: PicklistValue;
  label: string;
  isDefault: boolean;
  isActive: boolean;
  isSystem: boolean;
  sortOrder: number;
  /** The parent picklist's value this entry belongs to (dependent picklists), else undefined. */
  parentValue: PicklistValue | undefined;
}

/** Metadata string → record value (`"1"` → `1`; non-integer strings stay strings). */
export function toRecordValue(value: string): PicklistValue {
  return /^-?\d+$/.test(value.trim()) ? Number(value) : value;
}

/** Record value → metadata string (`1` → `"1"`). */
export function toMetadataValue(value: PicklistValue): string {
  return String(value);
}

export class Picklist {
  readonly field: string;
  /** Name of the field this picklist depends on, when it is a dependent picklist. */
  readonly parentField: string | undefined;
  /** Every entry, ordered by `sortOrder` then label. */
  readonly entries: readonly PicklistEntry[];

  constructor(field: string, values: readonly PicklistValueInfo[], parentField?: string | null) {
    this.field = field;
    this.parentField = parentField ? parentField : undefined;
    this.entries = values
      .map((v): PicklistEntry => ({
        value: toRecordValue(v.value),
        label: v.label,
        isDefault: v.isDefaultValue === true,
        isActive: v.isActive !== false,
        isSystem: v.isSystem === true,
        sortOrder: v.sortOrder ?? 0,
        parentValue: v.parentValue === undefined || v.parentValue === null || v.parentValue === '' ? undefined : toRecordValue(v.parentValue),
      }))
      .sort((a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label));
  }

  /** Entries a user may pick (inactive values stay readable through `label`). */
  active(): PicklistEntry[] {
    return this.entries.filter((e) => e.isActive);
  }

  /** The entry for a record value (`1` or `"1"`). */
  entry(value: PicklistValue | null | undefined): PicklistEntry | undefined {
    if (value === null || value === undefined) return undefined;
    const key = toMetadataValue(value);
    return this.entries.find((e) => toMetadataValue(e.value) === key);
  }

  label(value: PicklistValue | null | undefined): string | undefined {
    return this.entry(value)?.label;
  }

  /** Record value for a label (case-insensitive, active entries first). */
  valueOf(label: string): PicklistValue | undefined {
    const l = label.trim().toLowerCase();
    const match = (e: PicklistEntry) => e.label.trim().toLowerCase() === l;
    return (this.active().find(match) ?? this.entries.find(match))?.value;
  }

  /** The entry flagged `isDefaultValue` (active only). */
  defaultEntry(): PicklistEntry | undefined {
    return this.entries.find((e) => e.isDefault && e.isActive);
  }

  /** Active entries of a dependent picklist that belong to `parentValue`. */
  childrenOf(parentValue: PicklistValue): PicklistEntry[] {
    const key = toMetadataValue(parentValue);
    return this.active().filter((e) => e.parentValue !== undefined && toMetadataValue(e.parentValue) === key);
  }
}
