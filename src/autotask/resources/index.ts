/** Every typed resource of the client, by the property name it has on the client. */
import type { AttachmentBudget } from '../attachment-limits';
import type { Core } from '../core';
import { appointmentsResource } from './appointments';
import { billingCodesResource } from './billing-codes';
import { companiesResource } from './companies';
import { companyNotesResource } from './company-notes';
import { companyToDosResource } from './company-todos';
import { contactsResource } from './contacts';
import { contractsResource } from './contracts';
import { projectNotesResource } from './project-notes';
import { projectsResource } from './projects';
import { resourceRolesResource } from './resource-roles';
import { resourcesResource } from './resources';
import { rolesResource } from './roles';
import { serviceCallTicketResourcesResource } from './service-call-ticket-resources';
import { serviceCallTicketsResource } from './service-call-tickets';
import { serviceCallsResource } from './service-calls';
import { taskNotesResource } from './task-notes';
import { tasksResource } from './tasks';
import { ticketAttachmentsResource } from './ticket-attachments';
import { ticketNotesResource } from './ticket-notes';
import { ticketsResource } from './tickets';
import { timeEntriesResource } from './time-entries';

export function createResources(core: Core, attachmentBudget: AttachmentBudget) {
  return {
    tickets: ticketsResource(core),
    ticketNotes: ticketNotesResource(core),
    ticketAttachments: ticketAttachmentsResource(core, attachmentBudget),
    companyNotes: companyNotesResource(core),
    projectNotes: projectNotesResource(core),
    taskNotes: taskNotesResource(core),
    timeEntries: timeEntriesResource(core),
    appointments: appointmentsResource(core),
    companyToDos: companyToDosResource(core),
    contacts: contactsResource(core),
    companies: companiesResource(core),
    contracts: contractsResource(core),
    resources: resourcesResource(core),
    resourceRoles: resourceRolesResource(core),
    roles: rolesResource(core),
    billingCodes: billingCodesResource(core),
    projects: projectsResource(core),
    tasks: tasksResource(core),
    serviceCalls: serviceCallsResource(core),
    serviceCallTickets: serviceCallTicketsResource(core),
    serviceCallTicketResources: serviceCallTicketResourcesResource(core),
  };
}
