/** The ticket form's logic: values → Tickets body, checks from metadata, the no-duplicate save, uploads, marking the message. */
import { AutotaskConnectionError, AutotaskValidationError, EntityFields, type FieldInfo, type TicketCreate } from '../../../src/autotask';
import type { PlannedAttachment } from '../../../src/addin/email/attachments';
import { AUTOTASK_CATEGORY, SAVED_MARKER_PROPERTY, parseSavedMarker } from '../../../src/addin/email/saved-marker';
import { uploadAttachments } from '../../../src/addin/forms/attachments-upload';
import { ticketWebUrl } from '../../../src/addin/forms/links';
import { markMessageSaved, readSavedMarker } from '../../../src/addin/forms/mark-message';
import { assignmentProblems, picklistDefaults, ticketBody, TICKET_LABELS, type TicketFormValues } from '../../../src/addin/forms/ticket-form';
import { restoreDraft } from '../../../src/addin/forms/restore-draft';
import { defaultRole, roleOptions, type RoleChoice } from '../../../src/addin/forms/resource-roles';
import { saveTicket, UncertainSaveError, type TicketPort, type TicketRef } from '../../../src/addin/forms/ticket-save';
import { validateRecord } from '../../../src/addin/forms/validation';

const pick = (name: string, values: { value: string; label: string; isDefaultValue?: boolean; parentValue?: string; isActive?: boolean }[], extra: Partial<FieldInfo> = {}): FieldInfo => ({
  name, dataType: 'integer', isPickList: true, picklistValues: values.map((v) => ({ isActive: true, parentValue: undefined, ...v })), ...extra,
});

const FIELDS = new EntityFields('Tickets', [
  { name: 'id', dataType: 'long', isRequired: true, isReadOnly: true },
  { name: 'companyID', dataType: 'integer', isRequired: true, isReference: true },
  { name: 'contactID', dataType: 'integer', isReference: true },
  { name: 'title', dataType: 'string', length: 255, isRequired: true },
  { name: 'description', dataType: 'string', length: 8000 },
  { name: 'externalID', dataType: 'string', length: 50 },
  { name: 'ticketNumber', dataType: 'string', length: 50, isReadOnly: true, isRequired: true },
  pick('status', [{ value: '1', label: 'New', isDefaultValue: true }, { value: '5', label: 'Complete' }], { isRequired: true }),
  pick('priority', [{ value: '1', label: 'High' }, { value: '2', label: 'Medium', isDefaultValue: true }, { value: '9', label: 'Old', isActive: false }], { isRequired: true }),
  pick('queueID', [{ value: '29682833', label: 'Service Desk', isDefaultValue: true }]),
  pick('issueType', [{ value: '10', label: 'Hardware', isDefaultValue: true }, { value: '11', label: 'Software' }]),
  pick('subIssueType', [{ value: '100', label: 'Printer', parentValue: '10', isDefaultValue: true }, { value: '110', label: 'Email', parentValue: '11' }], { picklistParentValueField: 'issueType' }),
  pick('source', [{ value: '4', label: 'Email', isDefaultValue: true }]),
]);

function values(overrides: Partial<TicketFormValues> = {}): TicketFormValues {
  return { companyID: 7, contactID: 70, title: 'Printer down', description: 'It does not scan.', ...picklistDefaults(FIELDS), dueDate: '', contractID: null, assignedResourceID: null, assignedResourceRoleID: null, ...overrides };
}

const rules = { alsoRequired: ['queueID', 'companyID'], labels: TICKET_LABELS };

describe('values → Tickets body', () => {
  it('takes defaults from isDefaultValue (a dependent default only under its parent)', () => {
    expect(picklistDefaults(FIELDS)).toEqual({ status: 1, priority: 2, queueID: 29682833, issueType: 10, subIssueType: 100, source: 4 });
  });

  it('maps the form to the entity body with externalID; unset optional fields are left out', () => {
    const body = ticketBody(values({ contactID: null, issueType: null, subIssueType: 100, title: '  Printer down  ' }), 'olk:abc');
    expect(body).toEqual({ companyID: 7, title: 'Printer down', description: 'It does not scan.', status: 1, priority: 2, queueID: 29682833, source: 4, externalID: 'olk:abc' });
  });

  it('carries the company\'s default contract when there is one', () => {
    expect(ticketBody(values({ contractID: 4201 }), null)).toMatchObject({ companyID: 7, contractID: 4201 });
    expect(ticketBody(values({ contractID: null }), null)).not.toHaveProperty('contractID');
  });

  it('a due date becomes an ISO date-time; no company is company 0, which validation refuses', () => {
    const body = ticketBody(values({ dueDate: '2026-12-01', companyID: null }), null) as Record<string, unknown>;
    expect(typeof body.dueDateTime).toBe('string');
    expect(new Date(body.dueDateTime as string).getDate()).toBe(1);
    expect(body.companyID).toBe(0);
    expect(validateRecord(body, FIELDS, rules)).toEqual([{ field: 'companyID', message: 'Company is required.' }]);
  });
});

describe('primary resource and role', () => {
  it('both go into the body; a role without a resource is left out', () => {
    expect(ticketBody(values({ assignedResourceID: 29682886, assignedResourceRoleID: 29683461 }), null)).toMatchObject({ assignedResourceID: 29682886, assignedResourceRoleID: 29683461 });
    const body = ticketBody(values({ assignedResourceID: null, assignedResourceRoleID: 29683461 }), null);
    expect(body).not.toHaveProperty('assignedResourceID');
    expect(body).not.toHaveProperty('assignedResourceRoleID');
  });

  it('Autotask takes both or neither, and a queue or a resource', () => {
    expect(assignmentProblems({ queueID: 5, assignedResourceID: 29, assignedResourceRoleID: null })).toEqual([{ field: 'assignedResourceRoleID', message: 'Choose a role for the primary resource: Autotask takes both or neither.' }]);
    expect(assignmentProblems({ queueID: null, assignedResourceID: null, assignedResourceRoleID: null })).toEqual([{ field: 'queueID', message: 'Choose a queue or a primary resource: Autotask needs one of them.' }]);
    expect(assignmentProblems({ queueID: null, assignedResourceID: 29, assignedResourceRoleID: 4 })).toEqual([]);
    expect(assignmentProblems({ queueID: 5, assignedResourceID: null, assignedResourceRoleID: null })).toEqual([]);
  });

  const rows: RoleChoice[] = [
    { roleID: 1, name: 'Service Desk Technician', queueID: 10, isDefault: true },
    { roleID: 1, name: 'Service Desk Technician', queueID: 11, isDefault: false },
    { roleID: 2, name: 'Remote Support', queueID: 12, isDefault: false },
    { roleID: 3, name: 'Dispatcher', queueID: null, isDefault: false },
  ];

  it('one option per role, by name; the queue\'s role first, else the default role', () => {
    const options = roleOptions(rows);
    expect(options.map((o) => o.name)).toEqual(['Dispatcher', 'Remote Support', 'Service Desk Technician']);
    expect(defaultRole(options, 12)).toBe(2);
    expect(defaultRole(options, '11')).toBe(1);
    expect(defaultRole(options, 99)).toBe(1);
    expect(defaultRole(options, null)).toBe(1);
    expect(defaultRole(roleOptions([rows[2]!]), null)).toBe(2);
    expect(defaultRole(roleOptions([rows[2]!, rows[3]!]), null)).toBeNull();
  });
});

describe('drafts', () => {
  const initial = { values: values(), companyName: '', roleChosen: false };
  it('an older draft keeps what was typed and takes newer fields from the initial state', () => {
    const old = { ...initial, values: { ...values({ title: 'Typed' }) } } as Record<string, unknown>;
    delete (old.values as Record<string, unknown>).assignedResourceID;
    delete old.roleChosen;
    const restored = restoreDraft(JSON.stringify(old), { ...initial, values: values({ assignedResourceID: 29 }) });
    expect(restored.values.title).toBe('Typed');
    expect(restored.values.assignedResourceID).toBe(29);
    expect(restored.roleChosen).toBe(false);
  });
  it('a damaged draft is ignored', () => {
    expect(restoreDraft('{not json', initial)).toBe(initial);
    expect(restoreDraft('[1]', initial)).toBe(initial);
    expect(restoreDraft(JSON.stringify({ companyName: 'x' }), initial)).toBe(initial);
  });
});

describe('checks from metadata', () => {
  it('a complete form passes', () => {
    expect(validateRecord(ticketBody(values(), 'olk:x') as unknown as Record<string, unknown>, FIELDS, rules)).toEqual([]);
  });

  it('required fields (metadata and the form\'s own), lengths, inactive values and a sub-issue of another issue', () => {
    const body = { ...ticketBody(values({ title: '', status: null, queueID: null }), null), description: 'x'.repeat(8001), priority: 9, issueType: 11, subIssueType: 100 } as Record<string, unknown>;
    const problems = validateRecord(body, FIELDS, rules);
    expect(problems.map((p) => p.field).sort()).toEqual(['description', 'priority', 'queueID', 'status', 'subIssueType', 'title']);
    expect(problems.find((p) => p.field === 'description')!.message).toBe('Description is 8,001 characters; Autotask allows 8,000.');
    expect(problems.find((p) => p.field === 'subIssueType')!.message).toBe('Sub-issue type "Printer" does not belong to the chosen Issue type.');
    // Read-only required fields (id, ticketNumber) are Autotask's to fill.
    expect(problems.some((p) => p.field === 'ticketNumber' || p.field === 'id')).toBe(false);
  });
});

function fakePort(initial: TicketRef[] = []) {
  const tickets = [...initial];
  let next = 500;
  const calls: string[] = [];
  const port: TicketPort & { fail: (e: unknown, opts?: { store: boolean }) => void } = {
    findByExternalId: jest.fn(async (ext: string) => {
      calls.push(`find ${ext}`);
      return tickets.filter((t) => (t as TicketRef & { ext?: string }).ext === ext).map(({ id, ticketNumber }) => ({ id, ticketNumber }));
    }),
    create: jest.fn(async (body: TicketCreate) => {
      calls.push('create');
      const id = next++;
      const stored = { id, ticketNumber: `T20261130.0${id}`, ext: body.externalID ?? undefined };
      if (failure) {
        const f = failure;
        failure = null;
        if (f.store) tickets.push(stored);
        throw f.error;
      }
      tickets.push(stored);
      return id;
    }),
    numberOf: jest.fn(async (id: number) => tickets.find((t) => t.id === id)?.ticketNumber ?? null),
    fail: (error, opts = { store: false }) => {
      failure = { error, store: opts.store };
    },
  };
  let failure: { error: unknown; store: boolean } | null = null;
  return { port, tickets, calls };
}

const BODY = { companyID: 7, title: 'Printer down', status: 1, priority: 2, queueID: 3, externalID: 'olk:m1' } as TicketCreate;

describe('saving without duplicates', () => {
  it('queries by externalID first, then creates and reads the number', async () => {
    const { port, calls } = fakePort();
    const result = await saveTicket(port, BODY);
    expect(result).toEqual({ kind: 'created', ticket: { id: 500, ticketNumber: 'T20261130.0500' }, recovered: false });
    expect(calls).toEqual(['find olk:m1', 'create']);
  });

  it('an existing ticket with the externalID: asks (duplicate) and creates nothing until allowed', async () => {
    const { port, calls } = fakePort([{ id: 42, ticketNumber: 'T20261129.0042', ext: 'olk:m1' } as TicketRef]);
    expect(await saveTicket(port, BODY)).toEqual({ kind: 'duplicate', existing: [{ id: 42, ticketNumber: 'T20261129.0042' }] });
    expect(calls).toEqual(['find olk:m1']);
    const second = await saveTicket(port, BODY, { allowDuplicate: true });
    expect(second).toMatchObject({ kind: 'created', ticket: { id: 500 } });
  });

  it('an ambiguous failure that did create: the query finds the new ticket, no second create', async () => {
    const { port, calls, tickets } = fakePort();
    port.fail(new AutotaskConnectionError('socket hang up', { mayHaveReachedServer: true, reason: 'network' }), { store: true });
    const result = await saveTicket(port, BODY);
    expect(result).toEqual({ kind: 'created', ticket: { id: 500, ticketNumber: 'T20261130.0500' }, recovered: true });
    expect(calls).toEqual(['find olk:m1', 'create', 'find olk:m1']);
    expect(tickets).toHaveLength(1);
  });

  it('an ambiguous failure with an earlier (allowed) duplicate: only a ticket that was not there before counts', async () => {
    const { port } = fakePort([{ id: 42, ticketNumber: 'T1', ext: 'olk:m1' } as TicketRef]);
    port.fail(new AutotaskConnectionError('timeout', { mayHaveReachedServer: true, reason: 'timeout' }), { store: false });
    await expect(saveTicket(port, BODY, { allowDuplicate: true })).rejects.toBeInstanceOf(AutotaskConnectionError);
  });

  it('an ambiguous failure that cannot be checked: UncertainSaveError; the retry checks first and never creates twice', async () => {
    const { port, calls, tickets } = fakePort();
    port.fail(new AutotaskConnectionError('timeout', { mayHaveReachedServer: true, reason: 'timeout' }), { store: true });
    const find = port.findByExternalId;
    let n = 0;
    port.findByExternalId = async (ext) => {
      n += 1;
      if (n === 2) throw new AutotaskConnectionError('offline', { mayHaveReachedServer: false, reason: 'network' });
      return find(ext);
    };
    let uncertain: readonly number[] | null = null;
    try {
      await saveTicket(port, BODY);
    } catch (e) {
      expect(e).toBeInstanceOf(UncertainSaveError);
      uncertain = (e as UncertainSaveError).knownIds;
    }
    expect(uncertain).toEqual([]);
    const retry = await saveTicket(port, BODY, { uncertain });
    expect(retry).toMatchObject({ kind: 'created', ticket: { id: 500 }, recovered: true });
    expect(tickets).toHaveLength(1);
    expect(calls.filter((c) => c === 'create')).toHaveLength(1);
  });

  it('Autotask\'s refusal is passed on as is (the form shows its text)', async () => {
    const { port } = fakePort();
    const refusal = new AutotaskValidationError('Autotask refused the request', { status: 500, errors: ['Value does not exist for the required field queueID.'] });
    port.fail(refusal);
    await expect(saveTicket(port, { ...BODY, externalID: null } as unknown as TicketCreate)).rejects.toBe(refusal);
  });
});

describe('after the ticket exists', () => {
  const planned = (id: string, name: string): PlannedAttachment => ({ id, source: 'message', kind: 'file', name, originalName: name, size: 10, contentType: 'application/pdf', selected: true, selectable: true, real: true, flags: [] });

  it('uploads each checked attachment; a failure is listed and the rest still go', async () => {
    const upload = jest.fn(async (_ticket: number, a: PlannedAttachment) => {
      if (a.id === 'b') throw Object.assign(new Error('refused'), { errors: ['The file is too large.'] });
      return 1;
    });
    const report = await uploadAttachments({ content: async () => 'QUJD', upload }, 500, [planned('a', 'a.pdf'), planned('b', 'b.pdf'), planned('c', 'c.pdf')]);
    expect(report).toEqual({ uploaded: ['a.pdf', 'c.pdf'], failed: [{ name: 'b.pdf', reason: 'The file is too large.' }] });
    expect(upload).toHaveBeenCalledWith(500, expect.objectContaining({ id: 'a' }), 'QUJD');
  });

  it('marks the message: category and custom property; a refused category is a note, never a crash', async () => {
    const saved = new Map<string, string>();
    const store = {
      addItemCategories: jest.fn(async () => {
        throw new Error('Invalid categories were provided.');
      }),
      setItemCustomProperty: jest.fn(async (name: string, value: string) => void saved.set(name, value)),
      getItemCustomProperty: jest.fn(async (name: string) => saved.get(name)),
    };
    const notes = await markMessageSaved({ isSetSupported: async () => true, store }, { type: 'ticket', id: 500, number: 'T20261130.0500' });
    expect(store.addItemCategories).toHaveBeenCalledWith([AUTOTASK_CATEGORY]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/category "Autotask"/);
    expect(parseSavedMarker(saved.get(SAVED_MARKER_PROPERTY))).toEqual({ type: 'ticket', id: 500, number: 'T20261130.0500' });
    expect(await readSavedMarker(store)).toEqual({ type: 'ticket', id: 500, number: 'T20261130.0500' });
  });

  it('without Mailbox 1.8 no category is tried', async () => {
    const store = { addItemCategories: jest.fn(async () => undefined), setItemCustomProperty: jest.fn(async () => undefined) };
    const notes = await markMessageSaved({ isSetSupported: async () => false, store }, { type: 'ticket', id: 1 });
    expect(store.addItemCategories).not.toHaveBeenCalled();
    expect(notes).toEqual([expect.stringMatching(/cannot set categories/)]);
  });

  it('links to the ticket page of the sandbox web view, or Autotask\'s ExecuteCommand', () => {
    expect(ticketWebUrl('https://localhost:4000/web/', 500)).toBe('https://localhost:4000/web/tickets/500');
    expect(ticketWebUrl('https://ww3.autotask.net/', 500)).toBe('https://ww3.autotask.net/Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenTicketDetail&TicketID=500');
  });
});
