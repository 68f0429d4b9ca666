/**
 * Ticket Time and Project Time against the sandbox over real HTTP: the signed-in resource's roles
 * and work types as the form lists them, the ticket named in a subject, and the save: Autotask's
 * refusal in its own words, one entry only after a dropped answer, and a failed status change
 * reported beside the saved time.
 */
import { where, type TimeEntryCreate } from '../../../src/autotask';
import { myRoles, ticketFromSubject, timeEntryPort, workTypes } from '../../../src/addin/forms/time-entry-services';
import { saveTimeEntry } from '../../../src/addin/forms/time-save';
import { errorText } from '../../../src/addin/forms/attachments-upload';
import { BILLING_CODE, QUEUE, RESOURCE, ROLE, TASK, TICKET } from '../../../src/sandbox/seed/ids';
import { sandboxClient } from './helpers/sandbox-client';

let api: Awaited<ReturnType<typeof sandboxClient>>;
beforeAll(async () => {
  api = await sandboxClient();
});
afterAll(() => api.close());
afterEach(() => api.sb.control.clearFaults());

const body = (o: Partial<TimeEntryCreate> = {}): TimeEntryCreate => ({
  resourceID: RESOURCE.samRivera, ticketID: TICKET.fabrikamVpn, roleID: ROLE.serviceDeskTechnician, billingCodeID: BILLING_CODE.remoteSupport,
  dateWorked: '2026-11-30T00:00:00.000Z', startDateTime: '2026-11-30T14:00:00.000Z', endDateTime: '2026-11-30T15:30:00.000Z',
  hoursWorked: 1.5, summaryNotes: 'Reset the VPN profile', ...o,
});
const entriesLike = (b: TimeEntryCreate) => api.at.timeEntries.queryAll({
  filter: [where.eq('resourceID', b.resourceID), where.eq('ticketID', Number(b.ticketID)), where.eq('startDateTime', String(b.startDateTime))],
  includeFields: ['hoursWorked'],
});

describe('what the form lists', () => {
  it('Sam\'s active roles, the default first, the role per queue; the retired role left out', async () => {
    const roles = await myRoles(api.at, RESOURCE.samRivera);
    expect(roles.roles.map((r) => r.name)).toEqual(['Service Desk Technician', 'Dispatcher', 'Remote Support']);
    expect(roles.defaultRoleID).toBe(ROLE.serviceDeskTechnician);
    expect(roles.byQueue.get(QUEUE.levelTwo)).toBe(ROLE.remoteSupport);
    expect(roles.byQueue.get(QUEUE.serviceDesk)).toBe(ROLE.serviceDeskTechnician);
  });

  it('active work types by name', async () => {
    expect((await workTypes(api.at)).map((w) => w.name)).toEqual(['After Hours Support', 'Internal / Admin', 'Onsite Support', 'Project Work', 'Remote Support']);
  });

  it('the ticket a reply\'s subject names; none for a subject without a known number', async () => {
    expect(await ticketFromSubject(api.at, 'RE: [T20261128.0001] VPN keeps dropping')).toMatchObject({ id: TICKET.fabrikamVpn, name: 'T20261128.0001 VPN drops every afternoon' });
    expect(await ticketFromSubject(api.at, 'RE: [T19990101.0001] old')).toBeNull();
    expect(await ticketFromSubject(api.at, 'Printer offline')).toBeNull();
  });
});

describe('saving', () => {
  it('a role the resource does not have: Autotask\'s own words, nothing saved', async () => {
    const b = body({ roleID: ROLE.projectManager, startDateTime: '2026-11-30T16:00:00.000Z', endDateTime: '2026-11-30T17:00:00.000Z', hoursWorked: 1 });
    const error = await saveTimeEntry(timeEntryPort(api.at), b).catch((e: unknown) => e);
    expect(errorText(error)).toBe('Role does not exist or is invalid');
    expect(await entriesLike(b)).toHaveLength(0);
  });

  it('the answer dropped after Autotask saved: found again, one entry', async () => {
    const b = body({ startDateTime: '2026-11-30T18:00:00.000Z', endDateTime: '2026-11-30T19:00:00.000Z', hoursWorked: 1 });
    api.sb.control.addFault({ match: { method: 'POST', path: /\/TimeEntries$/i }, times: 1, kind: 'drop-after-commit' });
    const saved = await saveTimeEntry(timeEntryPort(api.at), b);
    expect(saved.recovered).toBe(true);
    const found = await entriesLike(b);
    expect(found.map((e) => e.id)).toEqual([saved.id]);
  });

  it('task time: found again by task after a dropped answer (hours only: by day and hours)', async () => {
    const { ticketID: _t, startDateTime: _s, endDateTime: _e, ...rest } = body();
    const b: TimeEntryCreate = { ...rest, taskID: TASK.contosoMailboxes, hoursWorked: 2.25 };
    api.sb.control.addFault({ match: { method: 'POST', path: /\/TimeEntries$/i }, times: 1, kind: 'drop-after-commit' });
    const saved = await saveTimeEntry(timeEntryPort(api.at), b);
    expect(saved.recovered).toBe(true);
    const rows = await api.at.timeEntries.queryAll({ filter: [where.eq('taskID', TASK.contosoMailboxes), where.eq('hoursWorked', 2.25)], includeFields: ['taskID'] });
    expect(rows.map((r) => r.id)).toEqual([saved.id]);
  });

  it('the status change refused: the time is saved and the refusal is reported beside it', async () => {
    const b = body({ startDateTime: '2026-11-30T20:00:00.000Z', endDateTime: '2026-11-30T20:30:00.000Z', hoursWorked: 0.5 });
    api.sb.control.addFault({ match: { method: 'PATCH', path: /\/Tickets$/i }, times: 1, kind: 'status', status: 500, body: { errors: ['The ticket is locked by another user.'] } });
    const saved = await saveTimeEntry(timeEntryPort(api.at), b, { status: 7 });
    expect(saved.status.kind).toBe('failed');
    expect(saved.status.kind === 'failed' && errorText(saved.status.error)).toBe('The ticket is locked by another user.');
    expect(await entriesLike(b)).toHaveLength(1);
    const [ticket] = await api.at.tickets.queryAll({ filter: where.eq('id', TICKET.fabrikamVpn), includeFields: ['status'] });
    expect(ticket!.status).not.toBe(7);
  });

  it('the status change made: the ticket has the new status', async () => {
    const b = body({ startDateTime: '2026-11-30T21:00:00.000Z', endDateTime: '2026-11-30T21:30:00.000Z', hoursWorked: 0.5 });
    expect((await saveTimeEntry(timeEntryPort(api.at), b, { status: 7 })).status.kind).toBe('changed');
    const [ticket] = await api.at.tickets.queryAll({ filter: where.eq('id', TICKET.fabrikamVpn), includeFields: ['status'] });
    expect(ticket!.status).toBe(7);
  });
});
