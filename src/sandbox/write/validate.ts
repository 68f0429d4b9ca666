/**
 * Metadata-driven validation: the same field metadata `entityInformation/fields` serves decides
 * required fields, string lengths, picklist values (incl. dependent picklists) and references,
 * which must exist and be active (reference §9–10).
 */
import { messages } from '../http/api-errors';
import { entityByType, mustEntity } from '../model/registry';
import type { EntityDef, FieldDef, Row, UdfValue } from '../model/types';
import { SECURITY_LEVELS } from '../seed/ids';
import type { Repository } from '../store/repository';

export function isActiveRow(def: EntityDef, row: Row | undefined): boolean {
  if (!row) return false;
  if (!def.activeField) return true;
  const v = row[def.activeField];
  return v === true || v === 1;
}

/** A resource that can own or be assigned work: active and not an API-only user. */
export function isAssignableResource(row: Row | undefined): boolean {
  if (!row || row.isActive !== true) return false;
  return !SECURITY_LEVELS[Number(row.securityLevelID)]?.apiOnly;
}

export function referenceIsValid(store: Repository, f: FieldDef, value: unknown): boolean {
  const target = entityByType(f.referenceEntityType ?? '');
  if (!target) return true; // entity not modelled by the sandbox (contracts, locations, …)
  const row = store.get(target.name, Number(value));
  if (target.name === 'Resources') return isAssignableResource(row);
  return isActiveRow(target, row);
}

function checkPicklist(f: FieldDef, rec: Row): boolean {
  const pv = f.picklist!.find((p) => p.value === String(rec[f.name]));
  if (!pv || !pv.isActive) return false;
  if (f.picklistParent && pv.parentValue !== '') return pv.parentValue === String(rec[f.picklistParent]);
  return true;
}

export function validateRecord(store: Repository, def: EntityDef, rec: Row, existing?: Row): string[] {
  const errors: string[] = [];
  for (const f of def.fields) {
    if (f.isReadOnly) continue;
    const v = rec[f.name];
    if (v === null || v === undefined) {
      if (f.isRequired) errors.push(f.picklist ? messages.picklist(f.name) : messages.required(f.name));
      continue;
    }
    if (f.dataType === 'string' && f.length > 0 && String(v).length > f.length) errors.push(messages.tooLong(f.name));
    if (f.intFlag && v !== 0 && v !== 1) errors.push(messages.invalidValue(f.name, v));
    const changed = !existing || existing[f.name] !== v || (f.picklistParent !== undefined && existing[f.picklistParent] !== rec[f.picklistParent]);
    if (f.picklist && changed && !checkPicklist(f, rec)) errors.push(messages.picklist(f.name));
    if (f.referenceEntityType && !referenceIsValid(store, f, v)) errors.push(messages.reference(f.name, f.referenceEntityType));
  }
  errors.push(...validateUdfs(def, rec.userDefinedFields as UdfValue[] | undefined));
  return errors;
}

function validateUdfs(def: EntityDef, udfs: UdfValue[] | undefined): string[] {
  const errors: string[] = [];
  for (const u of udfs ?? []) {
    const d = def.udfs.find((x) => x.name === u.name);
    if (!d || u.value === null) continue;
    if (d.length > 0 && u.value.length > d.length) errors.push(messages.tooLong(d.name));
    if (d.picklist && !d.picklist.some((p) => p.value === u.value && p.isActive)) errors.push(messages.picklist(d.name));
    if ((d.type === 'integer' || d.type === 'decimal') && Number.isNaN(Number(u.value))) errors.push(messages.invalidValue(d.name, u.value));
  }
  return errors;
}

/** Contacts of a company, its parent, or its children (Autotask accepts parent/child contacts). */
export function contactBelongsTo(store: Repository, contactId: unknown, companyId: unknown): boolean {
  if (contactId === null || contactId === undefined) return true;
  const contact = store.get('Contacts', Number(contactId));
  if (!contact) return false;
  if (contact.companyID === companyId) return true;
  const company = store.get('Companies', Number(companyId));
  const contactCompany = store.get('Companies', Number(contact.companyID));
  return company?.parentCompanyID === contact.companyID || contactCompany?.parentCompanyID === companyId;
}

/** Active ResourceRoles row for resource + role (and the role itself active). */
export function roleValidForResource(store: Repository, resourceId: unknown, roleId: unknown): boolean {
  const role = store.get('Roles', Number(roleId));
  if (!isActiveRow(mustEntity('Roles'), role)) return false;
  return store.list('ResourceRoles').some((rr) => rr.resourceID === resourceId && rr.roleID === roleId && rr.isActive === true);
}
