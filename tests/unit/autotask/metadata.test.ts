import { createAutotaskClient, EntityFields, Picklist, toMetadataValue, toRecordValue, type HttpRequest, type Transport } from '../../../src/autotask';
import { FieldInfoSchema } from '../../../src/autotask/metadata';
import { corpus } from './corpus';

const ticketFields = () => new EntityFields('Tickets', corpus<{ fields: unknown[] }>('entityinformation-fields-ticket-picklists.json').fields.map((f) => FieldInfoSchema.parse(f)));

describe('picklists', () => {
  it('converts metadata strings and record integers both ways', () => {
    expect(toRecordValue('1')).toBe(1);
    expect(toRecordValue('-3')).toBe(-3);
    expect(toRecordValue('ABC')).toBe('ABC');
    expect(toMetadataValue(12)).toBe('12');
  });

  it('reads the corpus Ticket status picklist: labels, values, order', () => {
    const status = ticketFields().picklist('Status')!;
    expect(status).toBeInstanceOf(Picklist);
    expect(status.label(10)).toBe('Scheduled');
    expect(status.label('12')).toBe('Waiting Vendor');
    expect(status.valueOf('escalate')).toBe(11);
    expect(status.entries.map((e) => e.value)).toEqual([10, 11, 9, 12]); // by sortOrder 3, 5, 6, 8
    expect(status.label(999)).toBeUndefined();
  });

  it('reads required / read-only flags, lengths and non-picklists from the corpus', () => {
    const fields = ticketFields();
    expect(fields.required().map((f) => f.name)).toEqual(['status', 'priority']);
    expect(fields.picklist('queueID')!.label(5)).toBe('Client Portal');
    const todo = new EntityFields('CompanyToDos', corpus<{ fields: unknown[] }>('entityinformation-fields-partial.json').fields.map((f) => FieldInfoSchema.parse(f)));
    expect(todo.maxLength('activityDescription')).toBe(32000);
    expect(todo.picklist('ActivityDescription')).toBeUndefined();
    expect(todo.picklist('actionType')!.valueOf('Phone Call')).toBe(1);
    expect(todo.field('ACTIONTYPE')?.isRequired).toBe(true);
  });

  it('finds the default and the children of a dependent picklist', () => {
    const sub = new Picklist('subIssueType', [
      { value: '10', label: 'Printer', parentValue: '2', isActive: true },
      { value: '11', label: 'Laptop', parentValue: '2', isActive: true, isDefaultValue: true },
      { value: '12', label: 'Old', parentValue: '2', isActive: false },
      { value: '20', label: 'Email', parentValue: '3', isActive: true },
    ], 'issueType');
    expect(sub.parentField).toBe('issueType');
    expect(sub.childrenOf(2).map((e) => e.label)).toEqual(['Laptop', 'Printer']);
    expect(sub.defaultEntry()?.value).toBe(11);
    expect(sub.label(12)).toBe('Old');
    expect(sub.active()).toHaveLength(3);
  });
});

describe('metadata cache', () => {
  const fakeTransport = (calls: HttpRequest[]): Transport => ({
    async send(req) {
      calls.push(req);
      await new Promise((r) => setTimeout(r, 5));
      if (/entityInformation\/fields$/.test(req.url)) return { status: 200, headers: {}, body: corpus('entityinformation-fields-ticket-picklists.json') };
      if (/entityInformation\/userDefinedFields$/.test(req.url)) return { status: 200, headers: {}, body: { fields: [{ name: 'CRM ID', type: 'string', label: 'CRM ID', length: 100, isRequired: false, isPickList: false, picklistValues: null }] } };
      if (/entityInformation$/.test(req.url)) return { status: 200, headers: {}, body: { info: { name: 'Ticket', canCreate: true, canDelete: false, canQuery: true, canUpdate: true, hasUserDefinedFields: true, userAccessForCreate: 1 } } };
      return { status: 404, headers: {}, body: undefined };
    },
  });

  it('fetches each entity once per client; concurrent callers share one request', async () => {
    const calls: HttpRequest[] = [];
    const at = createAutotaskClient({ mode: 'gateway', baseUrl: 'https://gw.example/api/autotask/', transport: fakeTransport(calls) });
    const [a, b, c] = await Promise.all([at.metadata.fields('Tickets'), at.metadata.fields('tickets'), at.metadata.picklist('Tickets', 'priority')]);
    expect(a).toBe(b);
    expect(c.label(1)).toBe('High');
    await at.metadata.fields('Tickets');
    expect(calls.filter((r) => r.url.endsWith('/Tickets/entityInformation/fields'))).toHaveLength(1);
    expect((await at.metadata.entity('Tickets')).canDelete).toBe(false);
    expect((await at.metadata.userDefinedFields('Tickets'))[0]).toMatchObject({ name: 'CRM ID', type: 'string' });
    await expect(at.metadata.picklist('Tickets', 'nope')).rejects.toThrow(TypeError);
    expect(calls).toHaveLength(3);
  });

  it('does not cache a failure', async () => {
    let fail = true;
    const at = createAutotaskClient({
      mode: 'gateway', baseUrl: 'https://gw.example/api/autotask/', retry: { maxRetries: 0 },
      transport: { send: async () => (fail ? { status: 403, headers: {}, body: undefined } : { status: 200, headers: {}, body: { fields: [] } }) },
    });
    await expect(at.metadata.fields('Tickets')).rejects.toMatchObject({ code: 'AUTOTASK_PERMISSION' });
    fail = false;
    await expect(at.metadata.fields('Tickets')).resolves.toBeInstanceOf(EntityFields);
  });
});
