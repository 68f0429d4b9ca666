import { AutotaskNotFoundError, where } from '../../../src/autotask';
import { COMPANY, CONTACT, PROJECT, QUEUE, RESOURCE, ROLE, TASK, TICKET } from '../../../src/sandbox';
import { sandboxClient } from './helpers/sandbox-client';

const at10 = (h: number) => `2026-11-30T${String(h).padStart(2, '0')}:00:00Z`;

describe('CRUD envelopes and parent–child URLs (sandbox, real HTTP)', () => {
  let env: Awaited<ReturnType<typeof sandboxClient>>;
  beforeAll(async () => {
    env = await sandboxClient();
  });
  afterAll(() => env.close());

  it('tickets: create → {itemId}, get → {item}, PATCH with the id in the body, PUT only as a full replace', async () => {
    const id = await env.at.tickets.create({ companyID: COMPANY.contoso, title: 'Printer', status: 1, priority: 2, queueID: QUEUE.serviceDesk });
    expect(env.last()).toBe('POST Tickets');
    expect(await env.at.tickets.get(id)).toMatchObject({ id, title: 'Printer', queueID: QUEUE.serviceDesk, ticketNumber: expect.stringMatching(/^T\d{8}\.\d{4}/) });
    expect(await env.at.tickets.update({ id, title: 'Printer jam' })).toBe(id);
    expect(env.last()).toBe('PATCH Tickets');
    expect(env.sent[env.sent.length - 1]!.body).toEqual({ id, title: 'Printer jam' });
    expect(await env.at.tickets.get(id)).toMatchObject({ title: 'Printer jam', status: 1, priority: 2 });
    const full = (await env.at.tickets.getRequired(id)) as Record<string, unknown> & { id: number };
    await env.at.tickets.replace({ ...full, title: 'Replaced' } as never);
    expect(env.last()).toBe('PUT Tickets');
    expect(await env.at.tickets.get(id)).toMatchObject({ title: 'Replaced', status: 1 });
  });

  it('missing records: get → null, getRequired → AutotaskNotFoundError (for {"item": null} and for 404)', async () => {
    expect(await env.at.tickets.get(999999)).toBeNull();
    await expect(env.at.tickets.getRequired(999999)).rejects.toBeInstanceOf(AutotaskNotFoundError);
    env.sb.control.addFault({ match: { path: /\/Tickets\/\d+$/i }, times: 2, kind: 'status', status: 404, body: { Message: 'Not Found' } });
    expect(await env.at.tickets.get(TICKET.fabrikamVpn)).toBeNull();
    await expect(env.at.tickets.getRequired(TICKET.fabrikamVpn)).rejects.toMatchObject({ code: 'AUTOTASK_NOT_FOUND' });
  });

  it('notes go through their parents; root queries find them by parent id', async () => {
    const noteId = await env.at.ticketNotes.create(TICKET.fabrikamVpn, { description: 'Called back', noteType: 1, publish: 1, title: 'Call' });
    expect(env.last()).toBe(`POST Tickets/${TICKET.fabrikamVpn}/Notes`);
    expect(env.sent[env.sent.length - 1]!.body).toEqual({ description: 'Called back', noteType: 1, publish: 1, title: 'Call', ticketID: TICKET.fabrikamVpn });
    await env.at.ticketNotes.update(TICKET.fabrikamVpn, { id: noteId, title: 'Call 2' });
    expect(env.last()).toBe(`PATCH Tickets/${TICKET.fabrikamVpn}/Notes`);
    const notes = await env.at.ticketNotes.queryByParent(TICKET.fabrikamVpn).toArray();
    expect(env.last()).toBe('GET TicketNotes/query');
    expect(notes.find((n) => n.id === noteId)).toMatchObject({ title: 'Call 2', ticketID: TICKET.fabrikamVpn });

    const base = { actionType: 1, assignedResourceID: RESOURCE.samRivera, startDateTime: at10(10), endDateTime: at10(11) };
    await env.at.companyNotes.create(COMPANY.contoso, { ...base, name: 'Called', note: 'Spoke to the office manager' });
    expect(env.last()).toBe(`POST Companies/${COMPANY.contoso}/Notes`);
    const contactNote = await env.at.companyNotes.createForContact(COMPANY.contoso, CONTACT.mariaLopez, { ...base, name: 'Contact note' });
    expect(await env.at.companyNotes.get(contactNote)).toMatchObject({ contactID: CONTACT.mariaLopez, companyID: COMPANY.contoso });
    await env.at.projectNotes.create(PROJECT.contosoM365, { title: 't', description: 'd', noteType: 1, publish: 1, isAnnouncement: false });
    expect(env.last()).toBe(`POST Projects/${PROJECT.contosoM365}/Notes`);
    await env.at.taskNotes.create(TASK.contosoTenant, { description: 'd', noteType: 1, publish: 1 });
    expect(env.last()).toBe(`POST Tasks/${TASK.contosoTenant}/Notes`);
  });

  it('contacts and to-dos under Companies, tasks under Projects, attachments under Tickets', async () => {
    const c = await env.at.contacts.create(COMPANY.fabrikam, { firstName: 'Ana', lastName: 'Lee', isActive: 1, emailAddress: 'ana.lee@fabrikamlogistics.com' });
    expect(env.last()).toBe(`POST Companies/${COMPANY.fabrikam}/Contacts`);
    expect((await env.at.contacts.findByEmail('ana.lee@fabrikamlogistics.com')).map((x) => x.id)).toEqual([c]);
    await env.at.contacts.update(COMPANY.fabrikam, { id: c, title: 'Dispatcher' });
    expect(env.last()).toBe(`PATCH Companies/${COMPANY.fabrikam}/Contacts`);
    await env.at.contacts.delete(COMPANY.fabrikam, c);
    expect(env.last()).toBe(`DELETE Companies/${COMPANY.fabrikam}/Contacts/${c}`);
    const todo = await env.at.companyToDos.create(COMPANY.fabrikam, { assignedToResourceID: RESOURCE.samRivera, actionType: 1, startDateTime: at10(9), endDateTime: at10(10) });
    expect(env.last()).toBe(`POST Companies/${COMPANY.fabrikam}/ToDos`);
    await env.at.companyToDos.delete(COMPANY.fabrikam, todo);
    expect(env.last()).toBe(`DELETE Companies/${COMPANY.fabrikam}/ToDos/${todo}`);
    await env.at.tasks.create(PROJECT.contosoM365, { title: 'Install', taskType: 1, status: 1 });
    expect(env.last()).toBe(`POST Projects/${PROJECT.contosoM365}/Tasks`);
    const data = Buffer.from('hello from the log file').toString('base64');
    const att = await env.at.ticketAttachments.create(TICKET.fabrikamVpn, { title: 'log', fullPath: 'log.txt', attachmentType: 'FILE_ATTACHMENT', publish: 1, data });
    expect(env.last()).toBe(`POST Tickets/${TICKET.fabrikamVpn}/Attachments`);
    expect(await env.at.ticketAttachments.get(TICKET.fabrikamVpn, att)).toMatchObject({ id: att, data });
    expect(env.last()).toBe(`GET Tickets/${TICKET.fabrikamVpn}/Attachments/${att}`);
    expect((await env.at.ticketAttachments.queryAll({ filter: where.eq('parentID', TICKET.fabrikamVpn) })).map((a) => a.id)).toContain(att);
    await env.at.ticketAttachments.delete(TICKET.fabrikamVpn, att);
    expect(env.last()).toBe(`DELETE Tickets/${TICKET.fabrikamVpn}/Attachments/${att}`);
  });

  it('time entries and appointments on the root; service calls, their tickets and resources', async () => {
    const te = await env.at.timeEntries.create({ resourceID: RESOURCE.samRivera, ticketID: TICKET.fabrikamVpn, roleID: ROLE.serviceDeskTechnician, dateWorked: '2026-11-30T00:00:00Z', startDateTime: at10(9), endDateTime: at10(10), hoursWorked: 1, summaryNotes: 'Reset the VPN appliance' });
    expect(env.last()).toBe('POST TimeEntries');
    expect(await env.at.timeEntries.get(te)).toMatchObject({ ticketID: TICKET.fabrikamVpn, timeEntryType: 2 });
    await env.at.timeEntries.delete(te);
    expect(env.last()).toBe(`DELETE TimeEntries/${te}`);
    const ap = await env.at.appointments.create({ resourceID: RESOURCE.samRivera, title: '', startDateTime: at10(14), endDateTime: at10(15) });
    expect(env.last()).toBe('POST Appointments');
    await env.at.appointments.delete(ap);
    const sc = await env.at.serviceCalls.create({ companyID: COMPANY.fabrikam, startDateTime: at10(13), endDateTime: at10(14), description: 'On site' });
    const sct = await env.at.serviceCallTickets.create(sc, { ticketID: TICKET.fabrikamVpn });
    expect(env.last()).toBe(`POST ServiceCalls/${sc}/Tickets`);
    await env.at.serviceCallTicketResources.create(sct, { resourceID: RESOURCE.samRivera, roleID: ROLE.serviceDeskTechnician });
    expect(env.last()).toBe(`POST ServiceCallTickets/${sct}/Resources`);
    expect(await env.at.serviceCallTicketResources.queryByParent(sct).toArray()).toEqual([expect.objectContaining({ resourceID: RESOURCE.samRivera, serviceCallTicketID: sct })]);
    await env.at.serviceCallTickets.delete(sc, sct);
    expect(env.last()).toBe(`DELETE ServiceCalls/${sc}/Tickets/${sct}`);
  });

  it('resources: lookup by email, roles by resource, read-only billing codes', async () => {
    expect((await env.at.resources.findByEmail('sam.rivera@harborline-it.com')).map((r) => r.id)).toEqual([RESOURCE.samRivera]);
    const roles = await env.at.resourceRoles.queryByParent(RESOURCE.samRivera).toArray();
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => r.resourceID === RESOURCE.samRivera)).toBe(true);
    expect((await env.at.billingCodes.queryAll({ filter: where.eq('isActive', true) })).length).toBeGreaterThan(0);
    expect((await env.at.roles.getRequired(ROLE.serviceDeskTechnician)).name).toBeTruthy();
    expect((await env.at.companies.getRequired(COMPANY.contoso)).companyName).toBe('Contoso Dental Group');
    expect((await env.at.projects.getRequired(PROJECT.contosoM365)).companyID).toBe(COMPANY.contoso);
  });

  it('ids are integers: nothing else reaches a path', async () => {
    const before = env.sent.length;
    await expect(env.at.tickets.get('1/../Companies' as unknown as number)).rejects.toThrow(TypeError);
    await expect(env.at.contacts.delete(COMPANY.contoso, -1)).rejects.toThrow(TypeError);
    expect(env.sent.length).toBe(before);
  });
});
