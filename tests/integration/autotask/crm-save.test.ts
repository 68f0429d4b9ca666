/**
 * The Appointment, To-Do and Contact saves against the sandbox over real HTTP: the answer to the
 * create is lost after Autotask committed it (drop-after-commit), and the form's lookup finds the
 * record instead of making a second one; a contact whose address exists is never created.
 */
import { where } from '../../../src/autotask';
import { COMPANY, CONTACT, RESOURCE } from '../../../src/sandbox';
import { appointmentBody } from '../../../src/addin/forms/appointment-form';
import { contactBody, blankContact } from '../../../src/addin/forms/contact-form';
import { saveContact } from '../../../src/addin/forms/contact-save';
import { appointmentPort, contactPort, searchTodoAssignees, todoPort } from '../../../src/addin/forms/crm-services';
import { searchResources } from '../../../src/addin/forms/entity-search';
import { saveRecordOnce } from '../../../src/addin/forms/record-save';
import { todoBody, blankTodo } from '../../../src/addin/forms/todo-form';
import { sandboxClient } from './helpers/sandbox-client';

describe('saving appointments, to-dos and contacts once (client against the sandbox)', () => {
  let env: Awaited<ReturnType<typeof sandboxClient>>;
  beforeAll(async () => {
    env = await sandboxClient();
  });
  afterAll(() => env.close());
  const dropNextPost = (path: RegExp) => env.sb.control.addFault({ match: { method: 'POST', path }, times: 1, kind: 'drop-after-commit' });

  it('an appointment whose answer was lost is found, not made twice; the times are stored in UTC', async () => {
    const body = appointmentBody({ title: 'Lost answer appointment', description: 'x', start: '2026-12-10T10:00', end: '2026-12-10T11:00' }, RESOURCE.samRivera);
    dropNextPost(/\/Appointments$/i);
    const saved = await saveRecordOnce(appointmentPort(env.at, body));
    expect(saved.recovered).toBe(true);
    const rows = await env.at.appointments.queryAll({ filter: [where.eq('title', 'Lost answer appointment')] });
    expect(rows.map((r) => r.id)).toEqual([saved.id]);
    expect(Date.parse(String(rows[0]!.startDateTime))).toBe(Date.parse(String(body.startDateTime)));
    expect(rows[0]!.resourceID).toBe(RESOURCE.samRivera);
  });

  it('a to-do whose answer was lost is found on its company, not made twice', async () => {
    const values = { ...blankTodo(new Date(2026, 11, 1, 8, 0), { id: RESOURCE.samRivera, name: 'Sam Rivera' }, 8), companyID: COMPANY.contoso, contactID: CONTACT.mariaLopez, description: 'Lost answer to-do' };
    dropNextPost(/\/Companies\/\d+\/ToDos$/i);
    const saved = await saveRecordOnce(todoPort(env.at, todoBody(values)));
    expect(saved.recovered).toBe(true);
    const rows = await env.at.companyToDos.queryAll({ filter: [where.eq('activityDescription', 'Lost answer to-do')] });
    expect(rows.map((r) => ({ id: r.id, companyID: r.companyID, contactID: r.contactID, actionType: r.actionType, assignedToResourceID: r.assignedToResourceID }))).toEqual([
      { id: saved.id, companyID: COMPANY.contoso, contactID: CONTACT.mariaLopez, actionType: 8, assignedToResourceID: RESOURCE.samRivera },
    ]);
  });

  it('a contact: an existing address is a duplicate; a lost answer is found by the address', async () => {
    const port = contactPort(env.at);
    const maria = await saveContact(port, contactBody({ ...blankContact(), companyID: COMPANY.contoso, firstName: 'Maria', lastName: 'Lopez', emailAddress: 'Maria.Lopez@contosodental.com' }));
    expect(maria).toMatchObject({ kind: 'duplicate', existing: [{ id: CONTACT.mariaLopez, name: 'Maria Lopez', companyName: 'Contoso Dental Group' }] });

    const body = contactBody({ ...blankContact(), companyID: COMPANY.contoso, firstName: 'Anh', lastName: 'Nguyen', emailAddress: 'anh.nguyen@contosodental.com', title: 'Hygienist' });
    dropNextPost(/\/Companies\/\d+\/Contacts$/i);
    const saved = await saveContact(port, body);
    expect(saved).toMatchObject({ kind: 'created', recovered: true });
    const rows = await env.at.contacts.queryAll({ filter: [where.eq('emailAddress', 'anh.nguyen@contosodental.com')] });
    expect(rows.map((r) => ({ id: r.id, companyID: r.companyID, isActive: r.isActive, title: r.title }))).toEqual([
      { id: (saved as { id: number }).id, companyID: COMPANY.contoso, isActive: 1, title: 'Hygienist' },
    ]);
    expect(await saveContact(port, body)).toMatchObject({ kind: 'duplicate' });
  });

  it('a to-do\'s assignee search leaves out the API user (no CRM access), in one query', async () => {
    const signal = new AbortController().signal;
    expect((await searchResources(env.at, 'Harb', signal)).map((r) => r.name)).toEqual(['Harborline Sandbox API']);
    await searchTodoAssignees(env.at, 'S', signal); // metadata, cached from here on
    const before = env.sent.length;
    expect(await searchTodoAssignees(env.at, 'Harb', signal)).toEqual([]);
    expect(env.sent.length - before).toBe(1);
    expect((await searchTodoAssignees(env.at, 'Sam', signal)).map((r) => [r.id, r.name, r.detail])).toEqual([[RESOURCE.samRivera, 'Sam Rivera', 'sam.rivera@harborline-it.com']]);
  });
});
