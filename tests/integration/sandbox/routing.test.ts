import { corpus, openApi, type Api } from './helpers';
import { COMPANY, CONTACT, PROJECT, SERVICE_CALL, TASK, TICKET } from '../../../src/sandbox/index';

let api: Api;
beforeAll(async () => { api = await openApi(); });
afterAll(() => api.sb.close());

describe('parent–child routing (reference §7)', () => {
  it.each([
    ['POST', '/TicketNotes', { ticketID: TICKET.fabrikamVpn, description: 'x', noteType: 1, publish: 1 }],
    ['POST', `/Tickets/${TICKET.fabrikamVpn}/TimeEntries`, { resourceID: 29682886, hoursWorked: 1 }],
    ['POST', '/Tasks', { projectID: PROJECT.contosoM365, title: 'x', status: 1, taskType: 1 }],
    ['POST', `/Projects/${PROJECT.contosoM365}/Tasks/${TASK.contosoMailboxes}/Notes`, { description: 'x' }],
    ['POST', '/Contacts', { companyID: COMPANY.contoso, firstName: 'A', lastName: 'B', isActive: 1 }],
    ['POST', '/CompanyToDos', {}],
    ['GET', '/Queues', undefined],
  ])('%s %s → 404', async (method, path, body) => {
    const res = await api.call(method, path, body);
    expect(res.status).toBe(404);
    expect(res.body.Message).toMatch(/No HTTP resource was found/);
  });

  it('answers a wrong method on an existing path with 405 and the Web API Message body', async () => {
    expect(await api.get('/Tickets').then((r) => [r.status, r.body])).toEqual([405, corpus('error-405-method-not-allowed.json')]);
    const del = await api.call('DELETE', `/Tickets/${TICKET.fabrikamVpn}`);
    expect([del.status, del.body]).toEqual([405, { Message: "The requested resource does not support http method 'DELETE'." }]);
    expect((await api.post('/Resources', { firstName: 'x' })).status).toBe(405);
    expect((await api.call('PATCH', `/ServiceCalls/${SERVICE_CALL.muellerOnsite}/Tickets`, { id: 801 })).status).toBe(405);
  });

  it('reads children through the parent and through the root', async () => {
    const list = await api.get(`/Tickets/${TICKET.fabrikamVpn}/Notes`);
    expect(list.body.items.map((n: { ticketID: number }) => n.ticketID)).toEqual([TICKET.fabrikamVpn, TICKET.fabrikamVpn]);
    const noteId = list.body.items[0].id;
    expect((await api.get(`/TicketNotes/${noteId}`)).body.item.id).toBe(noteId);
    expect((await api.get(`/Tickets/${TICKET.fabrikamVpn}/Notes/${noteId}`)).body.item.id).toBe(noteId);
    expect((await api.get(`/Tickets/${TICKET.contosoPrinter}/Notes/${noteId}`)).body).toEqual({ item: null });
    const roles = await api.get('/Resources/29682886/Roles');
    expect(roles.body.items.length).toBeGreaterThan(2);
  });

  it('is case-insensitive in paths, and a non-numeric id is 400', async () => {
    expect((await api.get(`/tickets/${TICKET.fabrikamVpn}`)).status).toBe(200);
    expect((await api.call('GET', `${api.sb.origin}/ATSERVICESREST/v1.0/CONTACTS/${CONTACT.tomBecker}`)).body.item.firstName).toBe('Tom');
    expect((await api.get('/Tickets/T20261128.0001')).status).toBe(400);
  });

  it('wants JSON bodies (400 malformed, 415 other media types)', async () => {
    const bad = await fetch(`${api.rest}/Tickets`, { method: 'POST', headers: api.headers, body: '{"title":' });
    expect(bad.status).toBe(400);
    const xml = await fetch(`${api.rest}/Tickets`, { method: 'POST', headers: { ...api.headers, 'Content-Type': 'application/xml' }, body: '<x/>' });
    expect(xml.status).toBe(415);
  });
});
