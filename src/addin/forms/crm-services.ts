/**
 * The Autotask side of the Appointment, To-Do and Contact forms: the ports record-save.ts and
 * contact-save.ts work over (each lookup one query, IncludeFields limited), and who may own a to-do.
 */
import { where, type AppointmentCreate, type AutotaskClient, type CompanyToDoCreate, type Filter } from '../../autotask';
import { companyNames } from './autotask-services';
import type { ContactPort, ExistingContact } from './contact-save';
import { PICKER_PAGE, type EntitySearch, type PickedEntity } from './entity-search';
import type { RecordPort } from './record-save';

/**
 * License types that never have CRM access, by their system labels (Resources metadata). CRM
 * access itself is a security-level permission the REST API does not expose, so a Full licence
 * may still lack it: Autotask's refusal then says so.
 */
const NO_CRM_LICENSES = ['API User', 'Co-managed Help Desk'];

async function licensesWithoutCrm(client: AutotaskClient): Promise<(string | number)[]> {
  try {
    const picklist = (await client.metadata.fields('Resources')).picklist('licenseType');
    const wanted = new Set(NO_CRM_LICENSES.map((l) => l.toLowerCase()));
    return picklist ? picklist.entries.filter((e) => wanted.has(e.label.toLowerCase())).map((e) => e.value) : [];
  } catch {
    return [];
  }
}

/** The to-do's "Assigned to" search: active resources by name or email, without licences that cannot have CRM access. One query per search. */
export const searchTodoAssignees: EntitySearch = async (client, text, signal) => {
  const q = text.trim();
  const excluded = await licensesWithoutCrm(client);
  const filter: Filter[] = [where.or(where.beginsWith('firstName', q), where.beginsWith('lastName', q), where.beginsWith('email', q)), where.eq('isActive', true)];
  if (excluded.length) filter.push(where.notIn('licenseType', excluded));
  const rows = await client.resources.queryAll({ filter, includeFields: ['firstName', 'lastName', 'email'], maxRecords: PICKER_PAGE }, { signal, cap: PICKER_PAGE, truncate: true });
  return rows
    .map((r): PickedEntity => ({ id: r.id, name: `${r.firstName ?? ''} ${r.lastName ?? ''}`.trim(), ...(r.email ? { detail: r.email } : {}) }))
    .sort((a, b) => a.name.localeCompare(b.name));
};

const sameMoment = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b);

/** Creating this appointment; "made since" = the user's appointments with this title and start. */
export function appointmentPort(client: AutotaskClient, body: AppointmentCreate): RecordPort {
  return {
    create: () => client.appointments.create(body),
    async findSince(since) {
      const rows = await client.appointments.queryAll({
        filter: [where.eq('resourceID', body.resourceID), where.eq('title', body.title), where.gte('createDateTime', since)],
        includeFields: ['startDateTime'],
      });
      return rows.filter((r) => sameMoment(r.startDateTime, body.startDateTime)).map((r) => r.id);
    },
  };
}

/** Creating this to-do; "made since" = the company's to-dos for this assignee and action starting then. */
export function todoPort(client: AutotaskClient, body: CompanyToDoCreate): RecordPort {
  const companyId = Number(body.companyID);
  return {
    create: () => client.companyToDos.create(companyId, body),
    async findSince(since) {
      const rows = await client.companyToDos.queryAll({
        filter: [where.eq('companyID', companyId), where.eq('assignedToResourceID', body.assignedToResourceID), where.gte('createDateTime', since)],
        includeFields: ['startDateTime', 'actionType'],
      });
      return rows.filter((r) => sameMoment(r.startDateTime, body.startDateTime) && Number(r.actionType) === Number(body.actionType)).map((r) => r.id);
    },
  };
}

const CONTACT_FIELDS = ['firstName', 'lastName', 'emailAddress', 'companyID'];

export function contactPort(client: AutotaskClient): ContactPort {
  const withCompanies = async (rows: { id: number; firstName?: string | null; lastName?: string | null; emailAddress?: string | null; companyID?: number | null }[]): Promise<ExistingContact[]> => {
    const names = await companyNames(client, rows.map((r) => r.companyID ?? 0));
    return rows.map((r) => ({
      id: r.id, name: `${r.firstName ?? ''} ${r.lastName ?? ''}`.trim(), companyID: r.companyID ?? 0, companyName: names.get(r.companyID ?? 0) ?? '', email: r.emailAddress ?? '',
    }));
  };
  return {
    async findByEmail(email) {
      const rows = await client.contacts.queryAll({
        filter: where.or(where.eq('emailAddress', email), where.eq('emailAddress2', email), where.eq('emailAddress3', email)),
        includeFields: CONTACT_FIELDS,
      });
      return withCompanies(rows);
    },
    async findByName(companyId, firstName, lastName) {
      const rows = await client.contacts.queryAll({
        filter: [where.eq('companyID', companyId), where.eq('firstName', firstName), where.eq('lastName', lastName)],
        includeFields: CONTACT_FIELDS,
      });
      return withCompanies(rows);
    },
    create: (companyId, body) => client.contacts.create(companyId, body),
  };
}
