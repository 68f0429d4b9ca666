/** `entityInformation`, `entityInformation/fields`, `entityInformation/userDefinedFields` (reference §8). */
import type { EntityDef, FieldDef, UdfDef } from './types';

export function entityInfo(def: EntityDef): { info: Record<string, unknown> } {
  const canCreate = Boolean(def.root.create || def.child?.create);
  const canUpdate = Boolean(def.root.update || def.child?.update);
  const canDelete = Boolean(def.root.delete || def.child?.delete);
  const access = (can: boolean) => (can ? 1 : 0);
  return {
    info: {
      name: def.typeName,
      canCreate,
      canDelete,
      canQuery: true,
      canUpdate,
      userAccessForCreate: access(canCreate),
      userAccessForDelete: access(canDelete),
      userAccessForQuery: 1,
      userAccessForUpdate: access(canUpdate),
      hasUserDefinedFields: def.supportsUdfs,
      supportsWebhookCallouts: ['Tickets', 'Companies', 'Contacts', 'TicketNotes'].includes(def.name),
    },
  };
}

function fieldInfo(f: FieldDef): Record<string, unknown> {
  return {
    name: f.name,
    dataType: f.dataType,
    length: f.length,
    isRequired: f.isRequired,
    isReadOnly: f.isReadOnly,
    isQueryable: f.isQueryable,
    isReference: f.referenceEntityType !== undefined,
    referenceEntityType: f.referenceEntityType ?? '',
    isPickList: f.picklist !== undefined,
    picklistValues: f.picklist ? f.picklist.map((p) => ({ ...p })) : null,
    picklistParentValueField: f.picklistParent ?? '',
    isSupportedWebhookField: !f.writeOnly,
  };
}

export function entityFields(def: EntityDef): { fields: Record<string, unknown>[] } {
  return { fields: def.fields.map(fieldInfo) };
}

function udfInfo(u: UdfDef): Record<string, unknown> {
  return {
    name: u.name,
    label: u.label,
    type: u.type,
    length: u.length,
    description: u.description,
    defaultValue: null,
    isRequired: false,
    isReadOnly: false,
    isQueryable: true,
    isReference: false,
    referenceEntityType: '',
    isPickList: u.picklist !== undefined,
    picklistValues: u.picklist ? u.picklist.map((p) => ({ ...p })) : null,
    picklistParentValueField: '',
    isSupportedWebhookField: false,
  };
}

export function entityUdfs(def: EntityDef): { fields: Record<string, unknown>[] } {
  return { fields: def.udfs.map(udfInfo) };
}
