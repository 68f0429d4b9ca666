/**
 * The sandbox's entity model: field metadata (the same metadata `entityInformation/fields`
 * serves, and the only thing create/update validation reads) and route capabilities per
 * entity (reference §7).
 */

export type DataType = 'integer' | 'long' | 'string' | 'boolean' | 'datetime' | 'decimal' | 'double';

export interface PicklistValue {
  value: string;
  label: string;
  isDefaultValue: boolean;
  sortOrder: number;
  parentValue: string;
  isActive: boolean;
  isSystem: boolean;
}

export interface FieldDef {
  name: string;
  dataType: DataType;
  length: number;
  isRequired: boolean;
  isReadOnly: boolean;
  isQueryable: boolean;
  /** Entity type name (singular, e.g. `Contact`) when the field references another entity. */
  referenceEntityType?: string;
  picklist?: PicklistValue[];
  /** Dependent picklists: the field whose value each entry's `parentValue` refers to. */
  picklistParent?: string;
  /** Integer flag that reads 0/1 (e.g. `Contact.isActive`); booleans in filters map to 1/0. */
  intFlag?: boolean;
  /** Accepted on input, never echoed except where a route asks for it (attachment `data`). */
  writeOnly?: boolean;
  /** Value applied on create when the caller sends nothing. */
  defaultValue?: unknown;
}

export interface UdfDef {
  name: string;
  label: string;
  type: 'string' | 'integer' | 'decimal' | 'datetime';
  length: number;
  description: string;
  picklist?: PicklistValue[];
}

export interface WriteOps {
  create?: boolean;
  update?: boolean;
  delete?: boolean;
}

export interface ChildRoute extends WriteOps {
  parent: string;
  /** Path segment under the parent (`Notes`, `Contacts`, `ToDos`, …). */
  segment: string;
  /** Field of the child that holds the parent id. */
  parentField: string;
}

/** Names of the fields the server stamps on writes (all read-only). */
export interface Stamps {
  created?: string[];
  modified?: string[];
  creator?: string;
  updater?: string;
  impersonatorCreator?: string;
  impersonatorUpdater?: string;
}

export interface EntityDef {
  /** REST path name, plural (`Tickets`). */
  name: string;
  /** Type name used in messages and `referenceEntityType` (`Ticket`). */
  typeName: string;
  fields: FieldDef[];
  udfs: UdfDef[];
  /** Items carry `userDefinedFields` (possibly empty). */
  supportsUdfs: boolean;
  /** Field that makes a record an invalid reference when false/0. */
  activeField?: string;
  root: WriteOps;
  child?: ChildRoute;
  /** Listed in reference §3 as supporting `ImpersonationResourceId`. */
  impersonation: boolean;
  stamps: Stamps;
}

export interface Row {
  id: number;
  [field: string]: unknown;
}

export interface UdfValue {
  name: string;
  value: string | null;
}
