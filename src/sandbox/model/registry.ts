/**
 * All entities the sandbox serves, looked up case-insensitively by REST name, by type name
 * (`referenceEntityType`) and by parent + child segment (`/Tickets/{id}/Notes`).
 */
import { appointments, serviceCallTicketResources, serviceCallTickets, serviceCalls } from './entities-calendar';
import { contracts } from './entities-contracts';
import { companies, companyNotes, companyToDos, contacts } from './entities-crm';
import { billingCodes, resourceRoles, resources, roles } from './entities-people';
import { ticketAttachments, ticketNotes, tickets } from './entities-service';
import { projectNotes, projects, taskNotes, tasks, timeEntries } from './entities-work';
import type { EntityDef, FieldDef, UdfDef } from './types';
import { UDFS } from './udfs';

function finish(def: EntityDef): EntityDef {
  const [idField, ...rest] = def.fields;
  const fields = [idField!, ...rest.sort((a, b) => a.name.localeCompare(b.name, 'en'))];
  return { ...def, fields, udfs: UDFS[def.name] ?? def.udfs };
}

export const ENTITIES: readonly EntityDef[] = [
  tickets, ticketNotes, ticketAttachments,
  companies, contacts, companyNotes, companyToDos, contracts,
  resources, resourceRoles, roles, billingCodes,
  projects, tasks, projectNotes, taskNotes, timeEntries,
  appointments, serviceCalls, serviceCallTickets, serviceCallTicketResources,
].map(finish);

const byName = new Map(ENTITIES.map((e) => [e.name.toLowerCase(), e]));
const byType = new Map(ENTITIES.map((e) => [e.typeName.toLowerCase(), e]));
const byChild = new Map(
  ENTITIES.filter((e) => e.child).map((e) => [`${e.child!.parent.toLowerCase()}/${e.child!.segment.toLowerCase()}`, e]),
);
const fieldIndex = new Map(ENTITIES.map((e) => [e.name, new Map(e.fields.map((f) => [f.name.toLowerCase(), f]))]));
const udfIndex = new Map(ENTITIES.map((e) => [e.name, new Map(e.udfs.map((u) => [u.name.toLowerCase(), u]))]));

export function entityByName(name: string): EntityDef | undefined {
  return byName.get(name.toLowerCase());
}

export function entityByType(typeName: string): EntityDef | undefined {
  return byType.get(typeName.toLowerCase());
}

export function childEntity(parent: EntityDef, segment: string): EntityDef | undefined {
  return byChild.get(`${parent.name.toLowerCase()}/${segment.toLowerCase()}`);
}

export function mustEntity(name: string): EntityDef {
  const def = entityByName(name);
  if (!def) throw new Error(`Unknown sandbox entity ${name}`);
  return def;
}

/** Field by name, any casing. */
export function findField(def: EntityDef, name: string): FieldDef | undefined {
  return fieldIndex.get(def.name)?.get(name.toLowerCase());
}

export function findUdf(def: EntityDef, name: string): UdfDef | undefined {
  return udfIndex.get(def.name)?.get(name.toLowerCase());
}
