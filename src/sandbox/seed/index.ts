/**
 * The seeded tenant, built fresh (deterministically) on every call. `seed: false` gives the
 * system minimum: Harborline IT (company 0), the API user, and the tenant's roles and work types.
 */
import type { Row } from '../model/types';
import type { SeedData } from '../store/repository';
import { appointmentRows, companyNoteRows, companyToDoRows, serviceCallRows, serviceCallTicketResourceRows, serviceCallTicketRows } from './calendar';
import { companyRows, contactRows, harborlineRow } from './companies';
import { contractRows } from './contracts';
import { ID_BASES } from './ids';
import { apiUserRow, billingCodeRows, resourceRoleRows, resourceRows, roleRows } from './people';
import { projectNoteRows, projectRows, taskNoteRows, taskRows } from './projects';
import { ticketAttachmentRows, ticketNoteRows, ticketRows, timeEntryRows } from './tickets';

export function buildSeed(): SeedData {
  const rows: Record<string, Row[]> = {
    Companies: companyRows(),
    Contacts: contactRows(),
    Contracts: contractRows(),
    Resources: resourceRows(),
    Roles: roleRows(),
    ResourceRoles: resourceRoleRows(),
    BillingCodes: billingCodeRows(),
    Tickets: ticketRows(),
    TicketNotes: ticketNoteRows(),
    TicketAttachments: ticketAttachmentRows(),
    TimeEntries: timeEntryRows(),
    Projects: projectRows(),
    Tasks: taskRows(),
    ProjectNotes: projectNoteRows(),
    TaskNotes: taskNoteRows(),
    Appointments: appointmentRows(),
    CompanyToDos: companyToDoRows(),
    CompanyNotes: companyNoteRows(),
    ServiceCalls: serviceCallRows(),
    ServiceCallTickets: serviceCallTicketRows(),
    ServiceCallTicketResources: serviceCallTicketResourceRows(),
  };
  return { rows, idBases: { ...ID_BASES } };
}

export function buildSystemSeed(): SeedData {
  return {
    rows: {
      Companies: [harborlineRow()],
      Resources: [apiUserRow()],
      Roles: roleRows(),
      BillingCodes: billingCodeRows(),
    },
    idBases: { ...ID_BASES },
  };
}
