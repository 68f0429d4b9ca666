/**
 * Saving ticket, project and task notes through the REST client against the sandbox, when the
 * connection drops: after the note was stored (the answer is lost) the save finds it instead of
 * making a second one; before it was stored, the error comes back and the next save makes one.
 * Either way Autotask ends up with exactly one note.
 */
import { AutotaskError, where } from '../../../src/autotask';
import { saveWorkNote, workNotePort } from '../../../src/addin/forms/work-note-save';
import type { WorkNoteTarget } from '../../../src/addin/forms/work-note';
import { PROJECT, RESOURCE, TASK, TICKET } from '../../../src/sandbox';
import { sandboxClient } from './helpers/sandbox-client';

let env: Awaited<ReturnType<typeof sandboxClient>>;
beforeAll(async () => {
  env = await sandboxClient();
});
afterAll(async () => {
  await env?.close();
});
afterEach(() => env.sb.control.clearFaults());

const CASES: [WorkNoteTarget, string, number, Record<string, unknown>][] = [
  ['ticketNote', 'Tickets', TICKET.fabrikamVpn, { noteType: 1, publish: 1 }],
  ['projectNote', 'Projects', PROJECT.contosoM365, { noteType: 5, publish: 1, isAnnouncement: false }],
  ['taskNote', 'Tasks', TASK.contosoMailboxes, { noteType: 5, publish: 1 }],
];

async function notesTitled(target: WorkNoteTarget, title: string): Promise<number> {
  const resource = target === 'ticketNote' ? env.at.ticketNotes : target === 'projectNote' ? env.at.projectNotes : env.at.taskNotes;
  return (await resource.queryAll({ filter: where.eq('title', title), includeFields: ['title'] })).length;
}

describe.each(CASES)('%s', (target, parent, parentId, extra) => {
  const field = target === 'ticketNote' ? 'ticketID' : target === 'projectNote' ? 'projectID' : 'taskID';

  it('an answer lost after Autotask stored the note: the note is found, not made twice', async () => {
    const title = `${target}: answer lost`;
    const body = { [field]: parentId, title, description: 'Checked the tunnel.', ...extra };
    env.sb.control.addFault({ match: { method: 'POST', path: new RegExp(`/${parent}/${parentId}/Notes$`, 'i') }, times: 1, kind: 'drop-after-commit' });
    const saved = await saveWorkNote(workNotePort(env.at, target), parentId, body, RESOURCE.apiUser);
    expect(saved.recovered).toBe(true);
    expect(await notesTitled(target, title)).toBe(1);
  });

  it('a connection dropped before Autotask stored anything: the error, then one note on the next save', async () => {
    const title = `${target}: dropped before`;
    const body = { [field]: parentId, title, description: 'Checked the tunnel again.', ...extra };
    env.sb.control.addFault({ match: { method: 'POST', path: new RegExp(`/${parent}/${parentId}/Notes$`, 'i') }, times: 1, kind: 'drop' });
    await expect(saveWorkNote(workNotePort(env.at, target), parentId, body, RESOURCE.apiUser)).rejects.toThrow();
    expect(await notesTitled(target, title)).toBe(0);
    const saved = await saveWorkNote(workNotePort(env.at, target), parentId, body, RESOURCE.apiUser);
    expect(saved.recovered).toBe(false);
    expect(await notesTitled(target, title)).toBe(1);
  });
});

describe('a ticket whose category requires titles on notes', () => {
  it('Autotask refuses a note without a title, in its own words, and the save does not look for one', async () => {
    const body = { ticketID: TICKET.woodgroveOnboarding, description: 'Laptop imaged.', noteType: 1, publish: 1 };
    const refused = saveWorkNote(workNotePort(env.at, 'ticketNote'), TICKET.woodgroveOnboarding, body, RESOURCE.apiUser);
    await expect(refused).rejects.toBeInstanceOf(AutotaskError);
    await expect(refused).rejects.toThrow(/field:title/);
    const saved = await saveWorkNote(workNotePort(env.at, 'ticketNote'), TICKET.woodgroveOnboarding, { ...body, title: 'Laptop ready' }, RESOURCE.apiUser);
    expect(saved.recovered).toBe(false);
    expect(await notesTitled('ticketNote', 'Laptop ready')).toBe(1);
  });
});
