/** Company and contact notes: the CompanyNotes body, checks from metadata, and the save that never makes a second note. */
import { AutotaskConnectionError, EntityFields, type CompanyNoteCreate } from '../../../src/autotask';
import { NOTE_LABELS, noteBody, rememberActionType, rememberedActionType, type NoteFormState } from '../../../src/addin/forms/NoteForm';
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

const state = (o: Partial<NoteFormState> = {}): NoteFormState => ({ companyID: 7, companyName: 'Contoso', contactID: 70, name: 'Printer', note: 'Text', actionType: 3, trimQuoted: false, ...o });
const NOW = new Date('2026-11-30T13:12:37Z');

describe('note body', () => {
  it('maps the form: contactID for a contact note, the signed-in resource, now as start and end', () => {
    expect(noteBody(state(), 29, NOW)).toEqual({
      companyID: 7, contactID: 70, name: 'Printer', note: 'Text', actionType: 3, assignedResourceID: 29,
      startDateTime: '2026-11-30T13:12:37.000Z', endDateTime: '2026-11-30T13:12:37.000Z',
    });
    expect(noteBody(state({ contactID: null }), 29, NOW)).not.toHaveProperty('contactID');
  });

  it('a contact note needs a contact; a name over 128 characters is refused before sending', () => {
    const body = noteBody(state({ contactID: null, name: 'x'.repeat(129) }), 29, NOW) as unknown as Record<string, unknown>;
    const problems = validateRecord(body, FIELDS, { alsoRequired: ['companyID', 'contactID'], labels: NOTE_LABELS });
    expect(problems).toEqual([
      { field: 'contactID', message: 'Contact is required.' },
      { field: 'name', message: 'Title is 129 characters; Autotask allows 128.' },
    ]);
  });
});

describe('saving a note', () => {
  const BODY = noteBody(state(), 29, NOW);
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
