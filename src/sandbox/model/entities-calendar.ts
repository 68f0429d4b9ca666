/** Scheduling entities: Appointments, ServiceCalls and their ticket/resource children (reference §7, §9). */
import { dec, dt, flag, idField, pick, ref, ro, str } from './field-builders';
import type { EntityDef } from './types';
import * as P from '../seed/picklists';

export const appointments: EntityDef = {
  name: 'Appointments',
  typeName: 'Appointment',
  root: { create: true, update: true, delete: true },
  impersonation: false,
  supportsUdfs: false,
  udfs: [],
  stamps: { created: ['createDateTime'], modified: ['updateDateTime'], creator: 'creatorResourceID' },
  fields: [
    idField(),
    ro.dt('createDateTime'),
    ro.ref('creatorResourceID', 'Resource'),
    str('description', 8000),
    dt('endDateTime', { isRequired: true }),
    ref('resourceID', 'Resource', { isRequired: true }),
    dt('startDateTime', { isRequired: true }),
    str('title', 256, { isRequired: true }),
    ro.dt('updateDateTime'),
  ],
};

export const serviceCalls: EntityDef = {
  name: 'ServiceCalls',
  typeName: 'ServiceCall',
  root: { create: true, update: true, delete: true },
  impersonation: true,
  supportsUdfs: false,
  udfs: [],
  stamps: {
    created: ['createDateTime'],
    modified: ['lastModifiedDateTime'],
    creator: 'creatorResourceID',
    impersonatorCreator: 'impersonatorCreatorResourceID',
  },
  fields: [
    idField(),
    ref('companyID', 'Company', { isRequired: true }),
    ref('companyLocationID', 'CompanyLocation'),
    ro.dt('createDateTime'),
    ro.ref('creatorResourceID', 'Resource'),
    str('description', 2000),
    dec('duration', { isReadOnly: true }),
    dt('endDateTime', { isRequired: true }),
    ro.ref('impersonatorCreatorResourceID', 'Resource'),
    flag('isComplete', { defaultValue: 0 }),
    ro.dt('lastModifiedDateTime'),
    dt('startDateTime', { isRequired: true }),
    pick('status', P.SERVICE_CALL_STATUS, { defaultValue: 1 }),
  ],
};

export const serviceCallTickets: EntityDef = {
  name: 'ServiceCallTickets',
  typeName: 'ServiceCallTicket',
  root: {},
  child: { parent: 'ServiceCalls', segment: 'Tickets', parentField: 'serviceCallID', create: true, delete: true },
  impersonation: false,
  supportsUdfs: false,
  udfs: [],
  stamps: {},
  fields: [
    idField(),
    ref('serviceCallID', 'ServiceCall', { isRequired: true }),
    ref('ticketID', 'Ticket', { isRequired: true }),
  ],
};

export const serviceCallTicketResources: EntityDef = {
  name: 'ServiceCallTicketResources',
  typeName: 'ServiceCallTicketResource',
  root: {},
  child: {
    parent: 'ServiceCallTickets',
    segment: 'Resources',
    parentField: 'serviceCallTicketID',
    create: true,
    delete: true,
  },
  impersonation: false,
  supportsUdfs: false,
  udfs: [],
  stamps: {},
  fields: [
    idField(),
    ref('resourceID', 'Resource', { isRequired: true }),
    ref('roleID', 'Role'),
    ref('serviceCallTicketID', 'ServiceCallTicket', { isRequired: true }),
  ],
};
