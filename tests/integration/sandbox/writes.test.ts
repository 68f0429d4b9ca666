import { corpus, openApi, type Api } from './helpers';
import { BILLING_CODE, COMPANY, CONTACT, PROJECT, QUEUE, RESOURCE, ROLE, SERVICE_CALL, TASK, TICKET } from '../../../src/sandbox/index';

let api: Api;
beforeAll(async () => { api = await openApi({ clock: () => new Date('2026-11-29T10:00:00.250Z') }); });
afterAll(() => api.sb.close());

const minimalTicket = { companyID: COMPANY.fabrikam, title: 'Label printer jams', status: 1, priority: 2, queueID: QUEUE.serviceDesk };

describe('ticket create and update', () => {
  it('creates from the official mixed-case body and assigns the next ticket number for the day', async () => {
    const body = { ...corpus('request-create-ticket.json'), QueueID: QUEUE.serviceDesk, status: 1 };
    const res = await api.post('/Tickets', body);
    expect(res.status).toBe(200);
    const item = (await api.get(`/Tickets/${res.body.itemId}`)).body.item;
    expect(item).toMatchObject({ companyID: 0, queueID: QUEUE.serviceDesk, priority: 2, title: 'POSTMAN Create Ticket Test n', dueDateTime: '2030-03-21T00:00:00Z' });
    expect(item.ticketNumber).toBe('T20261129.0001');
    expect(item.createDate).toBe('2026-11-29T10:00:00.25Z');
    expect(item.creatorResourceID).toBe(RESOURCE.apiUser);
    expect(item.impersonatorCreatorResourceID).toBeNull();
    expect(item.ticketCategory).toBe(3);
    const second = await api.post('/Tickets', minimalTicket);
    expect((await api.get(`/Tickets/${second.body.itemId}`)).body.item.ticketNumber).toBe('T20261129.0002');
  });

  it('needs a queue or a resource + role, with Autotask messages', async () => {
    const noQueue = await api.post('/Tickets', { ...minimalTicket, queueID: null });
    expect(noQueue.status).toBe(500);
    expect(noQueue.body.errors[0]).toMatch(/^Data violation: AssignedResourceID, AssignedResourceRoleID, and QueueID cannot all be empty/);
    const half = await api.post('/Tickets', { ...minimalTicket, queueID: null, assignedResourceID: RESOURCE.samRivera });
    expect(half.body).toEqual({ errors: ['When assigning a Resource, you must assign both a assignedResourceID and assignedResourceRoleID.'] });
    const both = await api.post('/Tickets', { ...minimalTicket, queueID: null, assignedResourceID: RESOURCE.samRivera, assignedResourceRoleID: ROLE.serviceDeskTechnician });
    expect(both.status).toBe(200);
    const wrongRole = await api.post('/Tickets', { ...minimalTicket, assignedResourceID: RESOURCE.samRivera, assignedResourceRoleID: ROLE.fieldEngineer });
    expect(wrongRole.body.errors).toEqual(['Reference value on field: assignedResourceRoleID of type: Role does not exist or is invalid.']);
  });

  it('validates from metadata: required, length, picklists, references (missing or inactive)', async () => {
    const res = await api.post('/Tickets', { companyID: COMPANY.fabrikam, title: 'x'.repeat(256), status: 99, queueID: QUEUE.serviceDesk });
    expect(res.status).toBe(500);
    expect(res.body.errors).toEqual([
      'Value does not reference an existing entity for priority . ',
      'Value does not reference an existing entity for status . ',
      'String value exceeds maximum length (field:title). ',
    ]);
    const inactive = await api.post('/Tickets', { ...minimalTicket, companyID: COMPANY.contoso, contactID: CONTACT.paulGrant });
    expect(inactive.body).toEqual({ errors: ['Reference value on field: contactID of type: Contact does not exist or is invalid.'] });
    const otherCompany = await api.post('/Tickets', { ...minimalTicket, contactID: CONTACT.mariaLopez });
    expect(otherCompany.status).toBe(500);
    const badType = await api.post('/Tickets', { ...minimalTicket, priority: 'high' });
    expect(badType.body.errors[0]).toMatch(/Error converting value "high"/);
  });

  it('PATCH keeps unsent fields and ignores read-only ones; PUT nulls what is omitted', async () => {
    const id = (await api.post('/Tickets', { ...minimalTicket, description: 'keep me' })).body.itemId;
    const number = (await api.get(`/Tickets/${id}`)).body.item.ticketNumber;
    const patched = await api.call('PATCH', '/Tickets', { id, Status: 8, ticketNumber: 'T19990101.0001', createDate: '1999-01-01T00:00:00Z' });
    expect(patched.body).toEqual({ itemId: id });
    const after = (await api.get(`/Tickets/${id}`)).body.item;
    expect(after).toMatchObject({ status: 8, description: 'keep me', ticketNumber: number, createDate: '2026-11-29T10:00:00.25Z' });
    await api.call('PUT', '/Tickets', { id, companyID: COMPANY.fabrikam, title: 'Replaced', status: 5, priority: 3, queueID: QUEUE.serviceDesk });
    const put = (await api.get(`/Tickets/${id}`)).body.item;
    expect(put).toMatchObject({ title: 'Replaced', description: null, status: 5, ticketNumber: number });
    expect(put.completedDate).toBe('2026-11-29T10:00:00.25Z');
    const missing = await api.call('PATCH', '/Tickets', { status: 8 });
    expect(missing.status).toBe(500);
  });
});

describe('children, notes and attachments', () => {
  it('creates a ticket note through the parent from the official body', async () => {
    const res = await api.post(`/Tickets/${TICKET.contosoPrinter}/Notes`, { ...corpus<Record<string, unknown>>('request-create-ticket-note.json'), TicketID: 1 });
    expect(res.status).toBe(200);
    const note = (await api.get(`/TicketNotes/${res.body.itemId}`)).body.item;
    expect(note).toMatchObject({ ticketID: TICKET.contosoPrinter, noteType: 1, publish: 1, creatorResourceID: RESOURCE.apiUser });
  });

  it('takes contact-attributed notes only as published to all, from a contact of the ticket company', async () => {
    const ok = await api.post(`/Tickets/${TICKET.fabrikamVpn}/Notes`, { description: 'From Tom', noteType: 13, publish: 1, createdByContactID: CONTACT.tomBecker });
    expect((await api.get(`/TicketNotes/${ok.body.itemId}`)).body.item).toMatchObject({ createdByContactID: CONTACT.tomBecker, creatorResourceID: null });
    const internal = await api.post(`/Tickets/${TICKET.fabrikamVpn}/Notes`, { description: 'x', noteType: 13, publish: 2, createdByContactID: CONTACT.tomBecker });
    expect(internal.status).toBe(500);
    const stranger = await api.post(`/Tickets/${TICKET.fabrikamVpn}/Notes`, { description: 'x', noteType: 13, publish: 1, createdByContactID: CONTACT.mariaLopez });
    expect(stranger.status).toBe(500);
  });

  it('refuses notes on a Baseline project and its tasks', async () => {
    const body = { title: 'x', description: 'x', noteType: 5, publish: 1, isAnnouncement: false };
    const refused = await api.post(`/Projects/${PROJECT.woodgroveBaseline}/Notes`, body);
    expect([refused.status, refused.body]).toEqual([500, { errors: ['The logged in Resource does not have the adequate permissions to update this entity type.'] }]);
    expect((await api.post(`/Tasks/${TASK.woodgrovePatching}/Notes`, body)).status).toBe(500);
    expect((await api.post(`/Projects/${PROJECT.contosoM365}/Notes`, body)).status).toBe(200);
    expect((await api.post('/TaskNotes', { ...body, taskID: TASK.contosoMailboxes })).status).toBe(200);
  });

  it('stores attachments as base64, returns data only from the parent–child GET, enforces the size limit', async () => {
    const res = await api.post(`/Tickets/${TICKET.contosoPrinter}/Attachments`, corpus('request-create-ticket-attachment.json'));
    expect(res.status).toBe(200);
    const viaParent = (await api.get(`/Tickets/${TICKET.contosoPrinter}/Attachments/${res.body.itemId}`)).body.item;
    expect(viaParent).toMatchObject({ fullPath: 'TestText.txt', title: 'Test text to a ticket', contentType: 'text/plain', fileSize: 35, parentID: TICKET.contosoPrinter, ticketID: TICKET.contosoPrinter });
    expect(Buffer.from(viaParent.data, 'base64').toString()).toBe('Test text file to attach.\r\nLine 2\r\n');
    const viaQuery = await api.search('TicketAttachments', { filter: [{ op: 'eq', field: 'parentID', value: TICKET.contosoPrinter }] });
    expect(viaQuery.body.items[0].data).toBeNull();
    const tooBig = Buffer.alloc(6_291_457).toString('base64');
    const big = await api.post(`/Tickets/${TICKET.contosoPrinter}/Attachments`, { title: 'big', fullPath: 'big.bin', attachmentType: 'FILE_ATTACHMENT', publish: 1, data: tooBig });
    expect(big.status).toBe(500);
    expect(big.body.errors[0]).toMatch(/maximum file size of 6291456 bytes/);
    const gone = await api.call('DELETE', `/Tickets/${TICKET.contosoPrinter}/Attachments/${res.body.itemId}`);
    expect(gone.body).toEqual({ itemId: res.body.itemId });
  });

  it('creates, updates and deletes contacts through the company', async () => {
    const created = await api.post(`/Companies/${COMPANY.woodgrove}/Contacts`, { firstName: 'Alex', lastName: 'Kim', emailAddress: 'alex.kim@woodgrovelaw.com', isActive: 1 });
    const id = created.body.itemId;
    expect((await api.call('PATCH', `/Companies/${COMPANY.woodgrove}/Contacts`, { id, title: 'Paralegal' })).status).toBe(200);
    expect((await api.get(`/Contacts/${id}`)).body.item).toMatchObject({ companyID: COMPANY.woodgrove, title: 'Paralegal', isActive: 1 });
    expect((await api.call('PATCH', `/Companies/${COMPANY.contoso}/Contacts`, { id, title: 'x' })).status).toBe(500);
    expect((await api.call('DELETE', `/Companies/${COMPANY.woodgrove}/Contacts/${id}`)).body).toEqual({ itemId: id });
    expect((await api.get(`/Contacts/${id}`)).body).toEqual({ item: null });
  });
});

describe('time entries, to-dos, company notes and service calls', () => {
  const te = { resourceID: RESOURCE.samRivera, ticketID: TICKET.fabrikamVpn, roleID: ROLE.serviceDeskTechnician, summaryNotes: 'Rekey test' };

  it('accepts ticket time with a role of the resource, computing hours and the work date', async () => {
    const res = await api.post('/TimeEntries', { ...te, startDateTime: '2026-11-29T08:00:00', endDateTime: '2026-11-29T09:30:00' });
    expect(res.status).toBe(200);
    const item = (await api.get(`/TimeEntries/${res.body.itemId}`)).body.item;
    expect(item).toMatchObject({ hoursWorked: 1.5, hoursToBill: 1.5, dateWorked: '2026-11-29T00:00:00Z', timeEntryType: 2, billingCodeID: BILLING_CODE.remoteSupport, creatorUserID: RESOURCE.apiUser });
  });

  it('rejects hours outside (0, 24], a missing role, and a role the resource does not have', async () => {
    expect((await api.post('/TimeEntries', { ...te, hoursWorked: 0 })).body.errors).toEqual(['hoursWorked must be greater than 0 and no more than 24.']);
    expect((await api.post('/TimeEntries', { ...te, hoursWorked: 24.5 })).status).toBe(500);
    expect((await api.post('/TimeEntries', { ...te, hoursWorked: 24 })).status).toBe(200);
    expect((await api.post('/TimeEntries', { ...te, roleID: null, hoursWorked: 1 })).body.errors).toEqual(['TimeEntries for Tickets must have a roleID']);
    expect((await api.post('/TimeEntries', { ...te, roleID: ROLE.fieldEngineer, hoursWorked: 1 })).body.errors).toEqual(['Role does not exist or is invalid']);
    expect((await api.post('/TimeEntries', { ...te, roleID: ROLE.legacyHelpdesk, hoursWorked: 1 })).status).toBe(500);
  });

  it('creates a to-do and a contact note through the company', async () => {
    const todo = await api.post(`/Companies/${COMPANY.contoso}/ToDos`, { assignedToResourceID: RESOURCE.samRivera, actionType: 8, startDateTime: '2026-12-02T17:00:00Z', endDateTime: '2026-12-02T17:30:00Z', contactID: CONTACT.kevinZhao, activityDescription: 'Call back' });
    expect(todo.status).toBe(200);
    const note = await api.post(`/Companies/${COMPANY.northwindSeattle}/Notes`, { actionType: 3, assignedResourceID: RESOURCE.samRivera, startDateTime: '2026-11-29T09:00:00Z', endDateTime: '2026-11-29T09:05:00Z', contactID: CONTACT.priyankaShah, name: 'Email from accounts@', note: 'Parent company contact is fine.' });
    expect(note.status).toBe(200);
    const noAction = await api.post(`/Companies/${COMPANY.contoso}/Notes`, { assignedResourceID: RESOURCE.samRivera, startDateTime: '2026-11-29T09:00:00Z', endDateTime: '2026-11-29T09:05:00Z' });
    expect(noAction.body.errors).toEqual(['Value does not reference an existing entity for actionType . ']);
  });

  it('schedules a service call with a ticket and a resource, and deletes it with its children', async () => {
    const call = await api.post('/ServiceCalls', { companyID: COMPANY.fabrikam, startDateTime: '2026-12-01T16:00:00Z', endDateTime: '2026-12-01T17:30:00Z', description: 'Firmware update' });
    const callId = call.body.itemId;
    expect((await api.get(`/ServiceCalls/${callId}`)).body.item).toMatchObject({ isComplete: 0, duration: 1.5, status: 1 });
    const sct = await api.post(`/ServiceCalls/${callId}/Tickets`, { ticketID: TICKET.fabrikamVpn });
    expect(sct.status).toBe(200);
    expect((await api.post(`/ServiceCalls/${callId}/Tickets`, { ticketID: TICKET.contosoPrinter })).status).toBe(500);
    const res = await api.post(`/ServiceCallTickets/${sct.body.itemId}/Resources`, { resourceID: RESOURCE.samRivera, roleID: ROLE.remoteSupport });
    expect(res.status).toBe(200);
    expect((await api.call('DELETE', `/ServiceCalls/${callId}`)).body).toEqual({ itemId: callId });
    expect((await api.post('/ServiceCallTicketResources/query', { filter: [{ op: 'eq', field: 'id', value: res.body.itemId }] })).body.items).toEqual([]);
    expect((await api.get(`/ServiceCalls/${SERVICE_CALL.muellerOnsite}/Tickets`)).body.items).toHaveLength(1);
  });
});

describe('required integer flags', () => {
  it('needs Contact.isActive (0/1) on create, as the metadata says', async () => {
    const res = await api.post(`/Companies/${COMPANY.contoso}/Contacts`, { firstName: 'No', lastName: 'Flag' });
    expect(res.body).toEqual({ errors: ['Required field is missing (field:isActive). '] });
    expect((await api.post(`/Companies/${COMPANY.contoso}/Contacts`, { firstName: 'Bad', lastName: 'Flag', isActive: 2 })).status).toBe(500);
    expect((await api.post(`/Companies/${COMPANY.contoso}/Contacts`, { firstName: 'Yes', lastName: 'Flag', isActive: true })).status).toBe(200);
  });
});
