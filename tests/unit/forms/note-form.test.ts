/** Company and contact notes: the CompanyNotes body, checks from metadata, and the save that never makes a second note. */
import { AutotaskConnectionError, EntityFields, type CompanyNoteCreate } from '../../../src/autotask';
import { NOTE_LABELS, noteBody, noteTimeProblems, noteTimes, rememberActionType, rememberedActionType, type NoteFormState } from '../../../src/addin/forms/NoteForm';
import { toLocalInput } from '../../../src/addin/forms/schedule';
import { saveNote, type NotePort } from '../../../src/addin/forms/note-save';
import { UncertainSaveError } from '../../../src/addin/forms/ticket-save';
import { validateRecord } from '../../../src/addin/forms/validation';

const FIELDS = new EntityFields('CompanyNotes', [
  { name: 'companyID', isRequired: true, isReference: true },
  { name: 'contactID', isReference: true },
  { name: 'name', dataType: 'string', length: 128 },
  { name: 'note', dataType: 'string', length: 32000 },
  { name: 'actionType', isRequired: true, isPickList: true, picklistValues: [
    { value: '3', label: 'General', isDefaultValue: true, isActive: true, parentValue: undefined },
    { value: '4', label: 'Phone call', isActive: true, parentValue: undefined },
    { value: '5', label: 'Old', isActive: false, parentValue: undefined },
  ] },
  { name: 'assignedResourceID', isRequired: true, isReference: true },
  { name: 'startDateTime', isRequired: true },
  { name: 'endDateTime', isRequired: true },
]);

const NOW = new Date('2026-12-01T09:00:00Z');
const RECEIVED = new Date('2026-11-30T13:12:37Z');
const state = (o: Partial<NoteFormState> = {}): NoteFormState => ({
  companyID: 7, companyName: 'Contoso', contactID: 70, name: 'Printer', note: 'Text', actionType: 3, ...noteTimes({ dateTimeCreated: RECEIVED }, NOW), trimQuoted: false, ...o,
});

describe('note body', () => {
  it('maps the form: contactID for a contact note, the signed-in resource, the message\'s time as start and end', () => {
    expect(noteBody(state(), 29)).toEqual({
      companyID: 7, contactID: 70, name: 'Printer', note: 'Text', actionType: 3, assignedResourceID: 29,
      startDateTime: '2026-11-30T13:12:37.000Z', endDateTime: '2026-11-30T13:12:37.000Z',
    });
    expect(noteBody(state({ contactID: null }), 29)).not.toHaveProperty('contactID');
  });

  it('start and end: the message\'s time to the second, shown in local time; now without a message; edits go to Autotask in UTC', () => {
    const fromMessage = noteTimes({ dateTimeCreated: new Date('2026-11-27T19:03:51Z') }, NOW);
    expect(fromMessage).toEqual({ start: toLocalInput(new Date('2026-11-27T19:03:51Z'), true), end: toLocalInput(new Date('2026-11-27T19:03:51Z'), true) });
    expect(fromMessage.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:51$/);
    expect(noteTimes({ dateTimeCreated: null }, NOW)).toEqual({ start: toLocalInput(NOW, true), end: toLocalInput(NOW, true) });
    expect(noteTimes(null, NOW)).toEqual(noteTimes({ dateTimeCreated: null }, NOW));

    // The user moves the end half an hour later (local wall time, as the input gives it).
    const end = toLocalInput(new Date(RECEIVED.getTime() + 30 * 60_000));
    const body = noteBody(state({ end }), 29);
    expect(body.startDateTime).toBe('2026-11-30T13:12:37.000Z');
    expect(body.endDateTime).toBe('2026-11-30T13:42:00.000Z');
  });

  it('start and end are checked: required, real dates, the end not before the start', () => {
    expect(noteTimeProblems(state())).toEqual([]);
    expect(noteTimeProblems(state({ start: '', end: '2026-02-30T10:00' }))).toEqual([
      { field: 'startDateTime', message: 'Start is required.' },
      { field: 'endDateTime', message: 'End is not a valid date and time.' },
    ]);
    expect(noteTimeProblems(state({ start: '2026-11-30T10:00', end: '2026-11-30T09:59:59' }))).toEqual([
      { field: 'endDateTime', message: 'End is before Start.' },
    ]);
    // Invalid times never reach Autotask as dates.
    expect(noteBody(state({ start: 'soon' }), 29).startDateTime).toBeNull();
  });

  it('a contact note needs a contact; a name over 128 characters is refused before sending', () => {
    const body = noteBody(state({ contactID: null, name: 'x'.repeat(129) }), 29) as unknown as Record<string, unknown>;
    const problems = validateRecord(body, FIELDS, { alsoRequired: ['companyID', 'contactID'], labels: NOTE_LABELS });
    expect(problems).toEqual([
      { field: 'contactID', message: 'Contact is required.' },
      { field: 'name', message: 'Title is 129 characters; Autotask allows 128.' },
    ]);
  });
});

describe('saving a note', () => {
  const BODY = noteBody(state(), 29);
  function port(opts: { createFails?: unknown; stored?: boolean; findFails?: number } = {}) {
    const notes: { id: number; name: string }[] = [];
    let findFails = opts.findFails ?? 0;
    let fails = opts.createFails;
    const p: NotePort = {
      create: jest.fn(async (_c: number, body: CompanyNoteCreate) => {
        const id = 900 + notes.length;
        if (fails) {
          const e = fails;
          fails = undefined;
          if (opts.stored) notes.push({ id, name: String(body.name) });
          throw e;
        }
        notes.push({ id, name: String(body.name) });
        return id;
      }),
      findRecent: jest.fn(async (_c: number, name: string) => {
        if (findFails > 0) {
          findFails--;
          throw new AutotaskConnectionError('offline', { mayHaveReachedServer: false, reason: 'network' });
        }
        return notes.filter((n) => n.name === name).map((n) => n.id);
      }),
    };
    return { p, notes };
  }
  const ambiguous = () => new AutotaskConnectionError('timeout', { mayHaveReachedServer: true, reason: 'timeout' });

  it('creates under the company', async () => {
    const { p } = port();
    expect(await saveNote(p, 7, BODY, { now: () => NOW })).toMatchObject({ id: 900, recovered: false });
    expect(p.create).toHaveBeenCalledWith(7, BODY);
  });

  it('an ambiguous failure that did save: found by the query, not made twice', async () => {
    const { p, notes } = port({ createFails: ambiguous(), stored: true });
    expect(await saveNote(p, 7, BODY, { now: () => NOW })).toMatchObject({ id: 900, recovered: true });
    expect(notes).toHaveLength(1);
    // The look-back is by creation time (a minute before the attempt), not by the note's start: the message's time is days earlier.
    expect(p.findRecent).toHaveBeenCalledWith(7, 'Printer', 29, '2026-12-01T08:59:00.000Z');
  });

  it('unchecked: UncertainSaveError, and the retry looks first', async () => {
    const { p, notes } = port({ createFails: ambiguous(), stored: true, findFails: 1 });
    await expect(saveNote(p, 7, BODY, { now: () => NOW })).rejects.toBeInstanceOf(UncertainSaveError);
    expect(await saveNote(p, 7, BODY, { uncertainSince: '2026-11-30T13:00:00Z' })).toMatchObject({ id: 900, recovered: true });
    expect(notes).toHaveLength(1);
    expect(p.create).toHaveBeenCalledTimes(1);
  });
});

describe('the last action type', () => {
  const memory = () => {
    const data = new Map<string, string>();
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
  };
  it('is remembered and offered next time while it is still active; else the metadata default', () => {
    const store = memory();
    expect(rememberedActionType(FIELDS, store)).toBe(3);
    rememberActionType(4, store);
    expect(rememberedActionType(FIELDS, store)).toBe(4);
    rememberActionType(5, store);
    expect(rememberedActionType(FIELDS, store)).toBe(3);
    expect(rememberedActionType(FIELDS, null)).toBe(3);
  });
});
