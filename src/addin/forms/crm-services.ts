/**
 * The Autotask side of the Appointment, To-Do and Contact forms: the ports record-save.ts and
 * contact-save.ts work over (each lookup one query, IncludeFields limited), and web links.
 */
import { where, type AppointmentCreate, type AutotaskClient, type CompanyToDoCreate } from '../../autotask';
import { companyNames } from './autotask-services';
import type { ContactPort, ExistingContact } from './contact-save';
import type { RecordPort } from './record-save';

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
