/** A tiny vocabulary for declaring entity fields; defaults mirror Autotask's metadata. */
import type { FieldDef, PicklistValue } from './types';

type Opts = Partial<Omit<FieldDef, 'name' | 'dataType'>>;

function field(name: string, dataType: FieldDef['dataType'], o: Opts = {}): FieldDef {
  return { length: 0, isRequired: false, isReadOnly: false, isQueryable: true, ...o, name, dataType };
}

export const idField = (): FieldDef => field('id', 'long', { isRequired: true, isReadOnly: true });
export const str = (name: string, length: number, o: Opts = {}) => field(name, 'string', { ...o, length });
export const int = (name: string, o: Opts = {}) => field(name, 'integer', o);
export const bool = (name: string, o: Opts = {}) => field(name, 'boolean', { defaultValue: false, ...o });
export const dt = (name: string, o: Opts = {}) => field(name, 'datetime', o);
export const dec = (name: string, o: Opts = {}) => field(name, 'decimal', o);
export const ref = (name: string, entityType: string, o: Opts = {}) =>
  field(name, 'integer', { ...o, referenceEntityType: entityType });
export const pick = (name: string, picklist: PicklistValue[], o: Opts = {}) => field(name, 'integer', { ...o, picklist });
export const flag = (name: string, o: Opts = {}) => field(name, 'integer', { intFlag: true, defaultValue: 1, ...o });

/** Read-only variants for server-stamped fields. */
export const ro = {
  dt: (name: string) => dt(name, { isReadOnly: true }),
  ref: (name: string, entityType: string) => ref(name, entityType, { isReadOnly: true }),
  int: (name: string) => int(name, { isReadOnly: true }),
  str: (name: string, length: number) => str(name, length, { isReadOnly: true }),
};

/** The two impersonation fields every supported entity exposes (read-only). */
export const impersonatorFields = (updater = true): FieldDef[] => [
  ro.ref('impersonatorCreatorResourceID', 'Resource'),
  ...(updater ? [ro.ref('impersonatorUpdaterResourceID', 'Resource')] : []),
];

export interface PicklistEntry {
  value: number | string;
  label: string;
  sortOrder?: number;
  parent?: number | string;
  isDefault?: boolean;
  inactive?: boolean;
  system?: boolean;
}

/** Build picklist values (`value` is a string on the wire; the entity field is an integer). */
export function picklist(entries: PicklistEntry[]): PicklistValue[] {
  return entries.map((e, i) => ({
    value: String(e.value),
    label: e.label,
    isDefaultValue: e.isDefault ?? false,
    sortOrder: e.sortOrder ?? i + 1,
    parentValue: e.parent === undefined ? '' : String(e.parent),
    isActive: !e.inactive,
    isSystem: e.system ?? false,
  }));
}

/** What the server stamps on every note entity (TicketNotes, ProjectNotes, TaskNotes). */
export const noteStamps = {
  created: ['createDateTime'],
  modified: ['lastActivityDate'],
  creator: 'creatorResourceID',
  impersonatorCreator: 'impersonatorCreatorResourceID',
  impersonatorUpdater: 'impersonatorUpdaterResourceID',
};

/**
 * The fields of a note on a parent record: the shared ones, the parent reference, the note-type
 * picklist, and any entity-specific extras. Sorted by name, as Autotask's metadata is.
 */
export function noteFields(
  parent: { field: string; type: string },
  picklists: { noteType: PicklistValue[]; publish: PicklistValue[] },
  o: { contactAuthor?: boolean; titleRequired?: boolean; extra?: FieldDef[] } = {},
): FieldDef[] {
  const fields = [
    idField(),
    ro.dt('createDateTime'),
    ...(o.contactAuthor === false ? [] : [ref('createdByContactID', 'Contact')]),
    ro.ref('creatorResourceID', 'Resource'),
    str('description', 32000, { isRequired: true }),
    ...impersonatorFields(),
    ro.dt('lastActivityDate'),
    pick('noteType', picklists.noteType, { isRequired: true }),
    pick('publish', picklists.publish, { isRequired: true }),
    ref(parent.field, parent.type, { isRequired: true }),
    str('title', 250, o.titleRequired ? { isRequired: true } : {}),
    ...(o.extra ?? []),
  ];
  return fields.sort((a, b) => (a.name === 'id' ? -1 : b.name === 'id' ? 1 : a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })));
}
