import { ALL, openApi, type Api } from './helpers';
import { COMPANY, CONTRACT, QUEUE, RESOURCE, ROLE, TICKET } from '../../../src/sandbox/index';

let api: Api;
beforeAll(async () => { api = await openApi(); });
afterAll(() => api.sb.close());

const CONTRACT_REF = 'Reference value on field: contractID of type: Contract does not exist or is invalid.';
const ticket = (extra: Record<string, unknown>) => ({ companyID: COMPANY.contoso, title: 'Contract check', status: 1, priority: 2, queueID: QUEUE.serviceDesk, ...extra });

describe('Contracts: read-only entity', () => {
  it('GET /Contracts/{id} returns the record in {item}; an unknown id gives {"item": null}', async () => {
    const res = await api.get(`/Contracts/${CONTRACT.contosoManaged}`);
    expect(res.status).toBe(200);
    expect(res.body.item).toEqual({
      id: CONTRACT.contosoManaged, companyID: COMPANY.contoso, contactID: expect.any(Number), contractCategory: 1,
      contractName: 'Contoso Dental Group — Managed Services', contractNumber: 'CDG-MS-2026', contractType: 7,
      description: expect.any(String), endDate: '2026-12-31T00:00:00Z', estimatedHours: null, isDefaultContract: true,
      purchaseOrderNumber: null, startDate: '2026-01-01T00:00:00Z', status: 1,
    });
    expect((await api.get('/Contracts/1')).body).toEqual({ item: null });
  });

  it('every active customer has exactly one active default contract; prospects, vendors, inactive companies and Harborline have none', async () => {
    const companies = (await api.post('/Companies/query', { filter: ALL })).body.items as Array<{ id: number; companyType: number; isActive: boolean }>;
    const contracts = (await api.post('/Contracts/query', { filter: [{ op: 'eq', field: 'isDefaultContract', value: true }, { op: 'eq', field: 'status', value: 1 }] })).body.items as Array<{ companyID: number }>;
    const defaults = new Map<number, number>();
    for (const c of contracts) defaults.set(c.companyID, (defaults.get(c.companyID) ?? 0) + 1);
    const activeCustomers = companies.filter((c) => c.companyType === 1 && c.isActive && c.id !== COMPANY.harborline).map((c) => c.id).sort();
    expect([...defaults.keys()].sort()).toEqual(activeCustomers);
    expect([...defaults.values()].every((n) => n === 1)).toBe(true);
    expect(activeCustomers).toEqual(expect.arrayContaining([COMPANY.contoso, COMPANY.fabrikam, COMPANY.northwindSeattle]));
    expect(activeCustomers).not.toContain(COMPANY.tailspin);
  });

  it('also seeds an expired (inactive) contract and an active one that is not the default', async () => {
    const expired = (await api.get(`/Contracts/${CONTRACT.contosoManaged2025}`)).body.item;
    expect(expired).toMatchObject({ companyID: COMPANY.contoso, status: 0, isDefaultContract: false, endDate: '2025-12-31T00:00:00Z' });
    const block = (await api.get(`/Contracts/${CONTRACT.fabrikamBlockHours}`)).body.item;
    expect(block).toMatchObject({ companyID: COMPANY.fabrikam, status: 1, isDefaultContract: false, contractType: 4 });
    expect((await api.post('/Contracts/query/count', { filter: [{ op: 'eq', field: 'companyID', value: COMPANY.contoso }] })).body).toEqual({ queryCount: 2 });
    const search = await api.search('Contracts', { filter: [{ op: 'beginsWith', field: 'contractName', value: 'fabrikam' }], IncludeFields: ['contractName'] });
    expect(search.body.items).toEqual([
      { id: CONTRACT.fabrikamManaged, contractName: 'Fabrikam Logistics — Managed Services' },
      { id: CONTRACT.fabrikamBlockHours, contractName: 'Fabrikam Logistics — Wi-Fi upgrade block hours' },
    ]);
  });

  it('metadata: read-only, with the documented fields and picklists', async () => {
    expect((await api.get('/Contracts/entityInformation')).body.info).toMatchObject({ name: 'Contract', canCreate: false, canUpdate: false, canDelete: false, canQuery: true });
    const fields = (await api.get('/Contracts/entityInformation/fields')).body.fields as Array<Record<string, unknown>>;
    const f = (name: string) => fields.find((x) => x.name === name);
    expect(f('companyID')).toMatchObject({ dataType: 'integer', isReference: true, referenceEntityType: 'Company', isRequired: true });
    expect(f('contractName')).toMatchObject({ dataType: 'string', length: 100, isRequired: true });
    expect(f('isDefaultContract')).toMatchObject({ dataType: 'boolean' });
    expect(f('startDate')).toMatchObject({ dataType: 'datetime', isRequired: true });
    expect(f('endDate')).toMatchObject({ dataType: 'datetime', isRequired: true });
    expect(f('contractCategory')).toMatchObject({ isPickList: true, isRequired: false });
    expect(f('contractType')).toMatchObject({ isPickList: true });
    expect((f('status')!.picklistValues as Array<{ value: string; label: string }>).map((v) => [v.value, v.label])).toEqual([['1', 'Active'], ['0', 'Inactive']]);
  });

  it('no writes over REST: POST and PATCH /Contracts answer 404, DELETE by id 405', async () => {
    expect((await api.post('/Contracts', { companyID: COMPANY.contoso, contractName: 'x' })).status).toBe(404);
    expect((await api.call('PATCH', '/Contracts', { id: CONTRACT.contosoManaged, contractName: 'x' })).status).toBe(404);
    expect((await api.call('DELETE', `/Contracts/${CONTRACT.contosoManaged}`)).status).toBe(405);
  });

  it('the web view lists a company\'s contracts', async () => {
    const page = await (await fetch(`${api.sb.webUrl}companies/${COMPANY.contoso}`)).text();
    expect(page).toContain('Contracts (2)');
    expect(page).toContain('Contoso Dental Group — Managed Services 2025');
  });
});

describe('tickets validate contractID: an existing, active contract of the same company', () => {
  it('accepts the company\'s active contracts, default or not', async () => {
    expect((await api.post('/Tickets', ticket({ contractID: CONTRACT.contosoManaged }))).status).toBe(200);
    const res = await api.post('/Tickets', ticket({ companyID: COMPANY.fabrikam, contractID: CONTRACT.fabrikamBlockHours }));
    expect(res.status).toBe(200);
    expect((await api.get(`/Tickets/${res.body.itemId}`)).body.item.contractID).toBe(CONTRACT.fabrikamBlockHours);
  });

  it.each([
    ['does not exist', 29600001],
    ['is inactive (expired)', CONTRACT.contosoManaged2025],
    ['belongs to another company', CONTRACT.fabrikamManaged],
  ])('refuses a contract that %s with Autotask\'s reference message', async (_why, contractID) => {
    const res = await api.post('/Tickets', ticket({ contractID }));
    expect([res.status, res.body]).toEqual([500, { errors: [CONTRACT_REF] }]);
  });

  it('PATCH checks it too: a new contract, and a company change that leaves the contract behind', async () => {
    const id = (await api.post('/Tickets', ticket({ contractID: CONTRACT.contosoManaged }))).body.itemId;
    expect((await api.call('PATCH', '/Tickets', { id, contractID: CONTRACT.woodgroveManaged })).body).toEqual({ errors: [CONTRACT_REF] });
    expect((await api.call('PATCH', '/Tickets', { id, companyID: COMPANY.woodgrove })).body).toEqual({ errors: [CONTRACT_REF] });
    expect((await api.call('PATCH', '/Tickets', { id, companyID: COMPANY.woodgrove, contractID: CONTRACT.woodgroveManaged })).body).toEqual({ itemId: id });
    expect((await api.call('PATCH', '/Tickets', { id, contractID: null })).body).toEqual({ itemId: id });
  });

  it('seeded tickets carry their company\'s contract and stay updatable', async () => {
    expect((await api.get(`/Tickets/${TICKET.fabrikamVpn}`)).body.item.contractID).toBe(CONTRACT.fabrikamManaged);
    expect((await api.get(`/Tickets/${TICKET.fabrikamSwitch}`)).body.item.contractID).toBe(CONTRACT.fabrikamManaged);
    expect((await api.get(`/Tickets/${TICKET.muellerPos}`)).body.item.contractID).toBe(CONTRACT.muellerBreakFix);
    expect((await api.call('PATCH', '/Tickets', { id: TICKET.fabrikamVpn, priority: 2 })).body).toEqual({ itemId: TICKET.fabrikamVpn });
  });

  it('other entities check only that the contract exists and is active', async () => {
    const base = { resourceID: RESOURCE.samRivera, ticketID: TICKET.fabrikamVpn, roleID: ROLE.serviceDeskTechnician, hoursWorked: 1, startDateTime: '2026-11-30T09:00:00Z', endDateTime: '2026-11-30T10:00:00Z' };
    expect((await api.post('/TimeEntries', { ...base, contractID: CONTRACT.contosoManaged2025 })).body).toEqual({ errors: [CONTRACT_REF] });
    expect((await api.post('/TimeEntries', { ...base, contractID: CONTRACT.fabrikamManaged })).status).toBe(200);
  });
});
