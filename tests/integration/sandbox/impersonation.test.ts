import { openApi, type Api } from './helpers';
import { COMPANY, QUEUE, RESOURCE, ROLE, TICKET } from '../../../src/sandbox/index';

let api: Api;
beforeAll(async () => { api = await openApi(); });
afterAll(() => api.sb.close());

const ticket = { companyID: COMPANY.fabrikam, title: 'Created from Outlook', status: 1, priority: 2, queueID: QUEUE.serviceDesk };
const NO_PERMISSION = { errors: ['The logged in Resource does not have the adequate permissions to update this entity type.'] };
const as = (id: number | string) => ({ ImpersonationResourceId: String(id) });

describe('ImpersonationResourceId (reference §3)', () => {
  it('attributes a created ticket to the impersonated resource, the API user as impersonator', async () => {
    const res = await api.post('/Tickets', ticket, as(RESOURCE.samRivera));
    const item = (await api.get(`/Tickets/${res.body.itemId}`)).body.item;
    expect(item).toMatchObject({ creatorResourceID: RESOURCE.samRivera, impersonatorCreatorResourceID: RESOURCE.apiUser, lastActivityResourceID: RESOURCE.samRivera });
  });

  it('stamps notes, attachments and time entries, and the updater on PATCH', async () => {
    const note = await api.post(`/Tickets/${TICKET.fabrikamVpn}/Notes`, { description: 'Called Tom', noteType: 1, publish: 1 }, as(RESOURCE.danOkafor));
    expect((await api.get(`/TicketNotes/${note.body.itemId}`)).body.item).toMatchObject({ creatorResourceID: RESOURCE.danOkafor, impersonatorCreatorResourceID: RESOURCE.apiUser, impersonatorUpdaterResourceID: null });
    await api.call('PATCH', `/Tickets/${TICKET.fabrikamVpn}/Notes`, { id: note.body.itemId, title: 'Call' }, as(RESOURCE.samRivera));
    expect((await api.get(`/TicketNotes/${note.body.itemId}`)).body.item).toMatchObject({ creatorResourceID: RESOURCE.danOkafor, impersonatorUpdaterResourceID: RESOURCE.apiUser, title: 'Call' });
    const file = await api.post(`/Tickets/${TICKET.fabrikamVpn}/Attachments`, { title: 'x', fullPath: 'x.txt', attachmentType: 'FILE_ATTACHMENT', publish: 1, data: 'eA==' }, as(RESOURCE.samRivera));
    expect((await api.get(`/Tickets/${TICKET.fabrikamVpn}/Attachments/${file.body.itemId}`)).body.item).toMatchObject({ attachedByResourceID: RESOURCE.samRivera, impersonatorCreatorResourceID: RESOURCE.apiUser });
    const time = await api.post('/TimeEntries', { resourceID: RESOURCE.samRivera, ticketID: TICKET.fabrikamVpn, roleID: ROLE.serviceDeskTechnician, hoursWorked: 0.25 }, as(RESOURCE.samRivera));
    expect((await api.get(`/TimeEntries/${time.body.itemId}`)).body.item).toMatchObject({ creatorUserID: RESOURCE.samRivera, impersonatorCreatorResourceID: RESOURCE.apiUser });
  });

  it.each([
    ['an inactive resource', RESOURCE.oliviaBrandt],
    ['a resource whose security level does not allow impersonation', RESOURCE.chrisDale],
    ['the API-only user', RESOURCE.apiUser],
    ['an unknown resource', 1],
    ['a non-numeric id', 'sam'],
  ])('refuses %s with HTTP 500 "adequate permissions"', async (_label, id) => {
    const res = await api.post('/Tickets', ticket, as(id));
    expect([res.status, res.body]).toEqual([500, NO_PERMISSION]);
  });

  it('refuses impersonated writes to entities Autotask does not list (Appointments, Tasks, …)', async () => {
    const res = await api.post('/Appointments', { resourceID: RESOURCE.samRivera, title: 'x', startDateTime: '2026-12-01T10:00:00Z', endDateTime: '2026-12-01T11:00:00Z' }, as(RESOURCE.samRivera));
    expect([res.status, res.body]).toEqual([500, NO_PERMISSION]);
    const plain = await api.post('/Appointments', { resourceID: RESOURCE.samRivera, title: 'x', startDateTime: '2026-12-01T10:00:00Z', endDateTime: '2026-12-01T11:00:00Z' });
    expect(plain.status).toBe(200);
  });

  it('ignores the header on reads', async () => {
    expect((await api.get(`/Appointments/9201`, as(RESOURCE.chrisDale))).status).toBe(200);
  });

  it('never lets the API user own or be assigned records', async () => {
    const res = await api.post('/Tickets', { ...ticket, assignedResourceID: RESOURCE.apiUser, assignedResourceRoleID: ROLE.serviceDeskTechnician });
    expect(res.body.errors).toContain('Reference value on field: assignedResourceID of type: Resource does not exist or is invalid.');
  });
});
