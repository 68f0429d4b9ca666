import { ALL, corpus, openApi, type Api } from './helpers';
import { BILLING_CODE, COMPANY, CONTACT, TICKET } from '../../../src/sandbox/index';

let api: Api;
beforeAll(async () => { api = await openApi(); });
afterAll(() => api.sb.close());

type Json = Record<string, unknown>;
const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Every field we emit exists in the live capture, with the same JSON type where both are non-null. */
function expectSubsetOfCapture(ours: Json, capture: Json): void {
  for (const [k, v] of Object.entries(ours)) {
    expect({ field: k, known: k in capture }).toEqual({ field: k, known: true });
    if (v !== null && capture[k] !== null) expect({ field: k, type: kind(v) }).toEqual({ field: k, type: kind(capture[k]) });
  }
}

describe('envelopes against the corpus (reference §5–6)', () => {
  it('ticket items look like the live capture: camelCase, trimmed Z timestamps, decimals as numbers', async () => {
    const res = await api.get(`/Tickets/${TICKET.fabrikamVpn}`);
    expect(res.status).toBe(200);
    const item = res.body.item as Json;
    expectSubsetOfCapture(item, corpus('ticket-item.json'));
    expect(item.ticketNumber).toBe('T20261128.0001');
    expect(item.title).toBe('VPN drops every afternoon');
    expect(item.createDate).toBe('2026-11-28T08:14:09.4Z');
    expect(item.dueDateTime).toBe('2026-11-30T17:00:00Z');
    expect(item.estimatedHours).toBe(2.5);
    expect(item.userDefinedFields).toEqual([{ name: 'External Reference', value: 'FAB-IT-4471' }]);
    expect(Object.keys(item)[0]).toBe('id');
  });

  it('contacts carry isActive as an integer and UDFs as {name, value}', async () => {
    const item = (await api.get(`/Contacts/${CONTACT.kevinZhao}`)).body.item as Json;
    expectSubsetOfCapture(item, corpus('contact-item-with-udfs.json'));
    expect(item.isActive).toBe(1);
    expect(item.emailAddress3).toBe('kevin.zhao.dds@outlook.com');
    expect(item.userDefinedFields).toEqual([{ name: 'Preferred Language', value: 'ENU' }, { name: 'CRM ID', value: 'DCB71616-857F-E811-A971-000D3AB4CCCD' }]);
  });

  it('time entries and billing codes match their captures', async () => {
    const te = (await api.search('TimeEntries', { filter: [{ op: 'eq', field: 'ticketID', value: TICKET.fabrikamVpn }] })).body.items[0] as Json;
    expectSubsetOfCapture(te, corpus('timeentry-item-ticket-time.json'));
    expect(te.timeEntryType).toBe(2);
    expect(te.dateWorked).toBe('2026-11-28T00:00:00Z');
    const bc = (await api.get(`/BillingCodes/${BILLING_CODE.remoteSupport}`)).body.item as Json;
    expect(Object.keys(bc).sort()).toEqual(Object.keys(corpus('billingcode-item.json')).sort());
  });

  it('query with IncludeFields returns only those fields plus id and userDefinedFields, and pageDetails', async () => {
    const res = await api.post('/Companies/query', { IncludeFields: ['city', 'companyName', 'state'], filter: [{ op: 'eq', field: 'id', value: COMPANY.contoso }] });
    const expected = corpus<{ items: Json[]; pageDetails: Json }>('query-response-includefields.json');
    expect(Object.keys(res.body)).toEqual(Object.keys(expected));
    expect(Object.keys(res.body.items[0])).toEqual(Object.keys(expected.items[0]!));
    expect(res.body.items[0]).toEqual({ id: COMPANY.contoso, city: 'Bellevue', companyName: 'Contoso Dental Group', state: 'WA', userDefinedFields: [] });
    expect(res.body.pageDetails).toEqual(expected.pageDetails);
  });

  it('a missing id is 200 {"item": null}; count is {queryCount}', async () => {
    expect(await api.get('/Tickets/424242').then((r) => [r.status, r.body])).toEqual([200, { item: null }]);
    const count = await api.post('/Companies/query/count', { filter: ALL });
    expect(count.body).toEqual({ queryCount: 10 });
  });

  it('writes answer {itemId} (shape of the corpus create, patch and delete responses)', async () => {
    const created = await api.post('/Appointments', { ...corpus<Record<string, unknown>>('request-create-appointment.json'), resourceID: 29682886 });
    expect(Object.keys(created.body)).toEqual(Object.keys(corpus('create-response.json')));
    const patched = await api.call('PATCH', '/Appointments', { id: created.body.itemId, title: 'Renamed' });
    expect(Object.keys(patched.body)).toEqual(Object.keys(corpus('patch-response.json')));
    const deleted = await api.call('DELETE', `/Appointments/${created.body.itemId}`);
    expect(deleted.body).toEqual({ itemId: created.body.itemId });
    expect(Object.keys(deleted.body)).toEqual(Object.keys(corpus('delete-response.json')));
  });

  it('entityInformation, fields and userDefinedFields use Autotask shapes', async () => {
    const info = (await api.get('/Tickets/entityInformation')).body.info as Json;
    expect(Object.keys(info).sort()).toEqual(['canCreate', 'canDelete', 'canQuery', 'canUpdate', 'hasUserDefinedFields', 'name', 'supportsWebhookCallouts', 'userAccessForCreate', 'userAccessForDelete', 'userAccessForQuery', 'userAccessForUpdate']);
    expect(info).toMatchObject({ name: 'Ticket', canCreate: true, canUpdate: true, canDelete: false, canQuery: true });
    const fields = (await api.get('/Tickets/entityInformation/fields')).body.fields as Json[];
    const sample = corpus<{ fields: Json[] }>('entityinformation-fields-ticket-picklists.json').fields[0]!;
    expect(Object.keys(fields[0]!).sort()).toEqual(Object.keys(sample).sort());
    const status = fields.find((f) => f.name === 'status')!;
    expect(status).toMatchObject({ dataType: 'integer', isRequired: true, isPickList: true });
    expect((status.picklistValues as Json[])[0]).toEqual({ value: '1', label: 'New', isDefaultValue: true, sortOrder: 1, parentValue: '', isActive: true, isSystem: true });
    const sub = fields.find((f) => f.name === 'subIssueType')!;
    expect(sub.picklistParentValueField).toBe('issueType');
    expect((sub.picklistValues as Json[]).find((p) => p.label === 'VPN')?.parentValue).toBe('7');
    for (const name of ['queueID', 'priority', 'issueType', 'source', 'ticketType']) expect(fields.find((f) => f.name === name)?.isPickList).toBe(true);
    expect(fields.find((f) => f.name === 'contactID')).toMatchObject({ isReference: true, referenceEntityType: 'Contact' });
    const udfs = (await api.get('/Companies/entityInformation/userDefinedFields')).body.fields as Json[];
    expect(udfs.map((u) => u.name)).toEqual(['Customer Ranking', 'NAV ID', 'Seats Under Contract']);
    expect(udfs[0]).toMatchObject({ label: 'Customer Ranking', type: 'string', isPickList: true });
    const noteFields = (await api.get('/Tickets/8101/Notes/entityInformation/fields')).body.fields as Json[];
    expect(noteFields.find((f) => f.name === 'publish')?.isPickList).toBe(true);
  });

  it('serves metadata for every entity of the brief', async () => {
    for (const e of ['Tickets', 'TicketNotes', 'TicketAttachments', 'CompanyNotes', 'ProjectNotes', 'TaskNotes', 'TimeEntries', 'Appointments', 'CompanyToDos', 'Contacts', 'Companies', 'Resources', 'ResourceRoles', 'Roles', 'BillingCodes', 'Projects', 'Tasks', 'ServiceCalls', 'ServiceCallTickets', 'ServiceCallTicketResources']) {
      const res = await api.get(`/${e}/entityInformation/fields`);
      expect({ e, status: res.status, has: Array.isArray(res.body.fields) }).toEqual({ e, status: 200, has: true });
      expect((await api.search(e, { filter: ALL })).status).toBe(200);
    }
  });
});
