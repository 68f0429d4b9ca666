/** Ticket, project and task notes: the body of each kind, the checks from metadata, the remembered choices and the save that never makes a second note. */
import { AutotaskConnectionError, AutotaskValidationError, EntityFields } from '../../../src/autotask';
import { UncertainSaveError } from '../../../src/addin/forms/ticket-save';
import { blankWorkNote, checkWorkNote, noteChoice, projectWebUrl, rememberNoteChoice, workNoteBody, type WorkNoteState } from '../../../src/addin/forms/work-note';
import { saveWorkNote, type RecentNote, type WorkNotePort } from '../../../src/addin/forms/work-note-save';

const picklist = (values: [number, string, boolean?, boolean?][]) =>
  values.map(([value, label, isDefaultValue = false, isActive = true]) => ({ value: String(value), label, isDefaultValue, isActive, parentValue: undefined }));
const NOTE_TYPES = picklist([[1, 'Task Summary', true], [13, 'Email Correspondence'], [9, 'Retired', false, false]]);
const PUBLISH = picklist([[1, 'All Autotask Users', true], [2, 'Internal Only']]);

const common = (parent: string, titleRequired: boolean) => [
  { name: parent, isRequired: true, isReference: true },
  { name: 'title', dataType: 'string', length: 250, isRequired: titleRequired },
  { name: 'description', dataType: 'string', length: 32000, isRequired: true },
  { name: 'noteType', isRequired: true, isPickList: true, picklistValues: NOTE_TYPES },
  { name: 'publish', isRequired: true, isPickList: true, picklistValues: PUBLISH },
];
const TICKET_NOTES = new EntityFields('TicketNotes', common('ticketID', false));
const PROJECT_NOTES = new EntityFields('ProjectNotes', [...common('projectID', true), { name: 'isAnnouncement', dataType: 'boolean', isRequired: true }]);
const TASK_NOTES = new EntityFields('TaskNotes', common('taskID', false));

const state = (o: Partial<WorkNoteState> = {}): WorkNoteState => ({
  parent: { id: 7, name: 'T20261128.0001 VPN drops', extra: { ticketNumber: 'T20261128.0001' } }, task: null, title: 'VPN drops again', description: 'Three drops this morning.',
  noteType: 1, publish: 1, isAnnouncement: false, trimQuoted: true, attachments: [], ...o,
});

describe('note bodies', () => {
  it('a ticket note: ticketID, title, description, note type and publish; no announcement flag', () => {
    expect(workNoteBody('ticketNote', state(), TICKET_NOTES)).toEqual({ ticketID: 7, title: 'VPN drops again', description: 'Three drops this morning.', noteType: 1, publish: 1 });
  });

  it('a project note carries projectID and isAnnouncement; a task note the task, not the project', () => {
    const project = { id: 30, name: 'Contoso Dental — Microsoft 365 migration', detail: 'P20261102.0001' };
    expect(workNoteBody('projectNote', state({ parent: project, isAnnouncement: true }), PROJECT_NOTES)).toEqual({
      projectID: 30, title: 'VPN drops again', description: 'Three drops this morning.', noteType: 1, publish: 1, isAnnouncement: true,
    });
    expect(workNoteBody('taskNote', state({ parent: project, task: { id: 301, name: 'Mailbox migration' } }), TASK_NOTES)).toEqual({
      taskID: 301, title: 'VPN drops again', description: 'Three drops this morning.', noteType: 1, publish: 1,
    });
  });

  it('an empty title is left out (Autotask then decides whether the ticket needs one)', () => {
    expect(workNoteBody('ticketNote', state({ title: '   ' }), TICKET_NOTES)).not.toHaveProperty('title');
  });
});

describe('checks before sending', () => {
  it('a complete note passes', () => {
    expect(checkWorkNote('ticketNote', state(), TICKET_NOTES)).toEqual([]);
  });

  it('no ticket, no text and a title over 250 characters are named with their labels', () => {
    expect(checkWorkNote('ticketNote', state({ parent: null, description: '', title: 'x'.repeat(251) }), TICKET_NOTES)).toEqual([
      { field: 'ticketID', message: 'Ticket is required.' },
      { field: 'description', message: 'Description is required.' },
      { field: 'title', message: 'Title is 251 characters; Autotask allows 250.' },
    ]);
  });

  it('a title is required where the metadata requires it (project notes)', () => {
    const project = { id: 30, name: 'M365 migration' };
    expect(checkWorkNote('projectNote', state({ parent: project, title: '' }), PROJECT_NOTES)).toEqual([{ field: 'title', message: 'Title is required.' }]);
    expect(checkWorkNote('taskNote', state({ parent: project, task: { id: 301, name: 'Batch 1' }, title: '' }), TASK_NOTES)).toEqual([]);
  });

  it('a task note without a project asks for the project, with a project but no task for the task', () => {
    expect(checkWorkNote('taskNote', state({ parent: null }), TASK_NOTES).map((p) => p.field)).toEqual(['projectID', 'taskID']);
    expect(checkWorkNote('taskNote', state({ parent: { id: 30, name: 'M365' } }), TASK_NOTES).map((p) => p.field)).toEqual(['taskID']);
  });

  it('a note type Autotask no longer offers, or none, is refused', () => {
    expect(checkWorkNote('ticketNote', state({ noteType: 9 }), TICKET_NOTES)).toEqual([{ field: 'noteType', message: 'Note type: the value 9 is not one Autotask offers.' }]);
    expect(checkWorkNote('ticketNote', state({ publish: null }), TICKET_NOTES)).toEqual([{ field: 'publish', message: 'Publish is required.' }]);
  });
});

describe('remembered note type and publish', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  };

  it('a blank form takes the metadata defaults, then the last choice per kind', () => {
    const storage = memory();
    expect(noteChoice('ticketNote', TICKET_NOTES, storage)).toEqual({ noteType: 1, publish: 1 });
    rememberNoteChoice('ticketNote', { noteType: 13, publish: 2 }, storage);
    expect(blankWorkNote('ticketNote', TICKET_NOTES, storage)).toMatchObject({ parent: null, title: '', description: '', noteType: 13, publish: 2 });
    expect(noteChoice('taskNote', TASK_NOTES, storage)).toEqual({ noteType: 1, publish: 1 });
  });

  it('a remembered value the metadata no longer offers falls back to the default', () => {
    const storage = memory();
    rememberNoteChoice('ticketNote', { noteType: 9, publish: 77 }, storage);
    expect(noteChoice('ticketNote', TICKET_NOTES, storage)).toEqual({ noteType: 1, publish: 1 });
  });
});

describe('project link', () => {
  it('opens the project in a real zone, the projects page in the sandbox', () => {
    expect(projectWebUrl('https://ww5.autotask.net/', 30)).toBe('https://ww5.autotask.net/Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenProject&ProjectID=30');
    expect(projectWebUrl('http://127.0.0.1:4000/web', 30)).toBe('http://127.0.0.1:4000/web/projects');
  });
});

describe('saving without a second note', () => {
  const BODY = { ticketID: 7, title: 'VPN drops again', description: 'Three drops this morning.', noteType: 1, publish: 1 };
  const NOW = () => new Date('2026-11-30T13:00:00Z');
  const dropped = () => new AutotaskConnectionError('socket hang up', { mayHaveReachedServer: true, reason: 'network' });

  function port(o: { create?: () => Promise<number>; notes?: RecentNote[]; findFails?: boolean }) {
    const calls: string[] = [];
    const p: WorkNotePort = {
      create: async (parentId) => {
        calls.push(`create ${parentId}`);
        return (o.create ?? (async () => 501))();
      },
      findRecent: async (parentId, resourceId, since) => {
        calls.push(`find ${parentId} ${resourceId} ${since}`);
        if (o.findFails) throw dropped();
        return o.notes ?? [];
      },
    };
    return { p, calls };
  }

  it('creates once when all is well', async () => {
    const { p, calls } = port({});
    await expect(saveWorkNote(p, 7, BODY, 29, { now: NOW })).resolves.toEqual({ id: 501, recovered: false, startedAt: '2026-11-30T12:58:00.000Z' });
    expect(calls).toEqual(['create 7']);
  });

  it('after a dropped answer, the note Autotask made (same title and text, by me, since the attempt) is the result', async () => {
    const { p, calls } = port({ create: async () => Promise.reject(dropped()), notes: [{ id: 400, title: 'Older', description: 'x' }, { id: 502, title: BODY.title, description: BODY.description }] });
    await expect(saveWorkNote(p, 7, BODY, 29, { now: NOW })).resolves.toMatchObject({ id: 502, recovered: true });
    expect(calls).toEqual(['create 7', 'find 7 29 2026-11-30T12:58:00.000Z']);
  });

  it('after a dropped answer and a failed check, UncertainSaveError; the next attempt looks first and does not create again', async () => {
    const first = port({ create: async () => Promise.reject(dropped()), findFails: true });
    await expect(saveWorkNote(first.p, 7, BODY, 29, { now: NOW })).rejects.toBeInstanceOf(UncertainSaveError);
    const second = port({ notes: [{ id: 503, title: BODY.title, description: BODY.description }] });
    await expect(saveWorkNote(second.p, 7, BODY, 29, { uncertainSince: '2026-11-30T12:58:00.000Z' })).resolves.toMatchObject({ id: 503, recovered: true });
    expect(second.calls).toEqual(['find 7 29 2026-11-30T12:58:00.000Z']);
  });

  it('a refusal is thrown as it is, without looking', async () => {
    const refusal = new AutotaskValidationError('Autotask refused', { status: 500, errors: ['Title is required.'] });
    const { p, calls } = port({ create: async () => Promise.reject(refusal) });
    await expect(saveWorkNote(p, 7, BODY, 29)).rejects.toBe(refusal);
    expect(calls).toEqual(['create 7']);
  });
});
