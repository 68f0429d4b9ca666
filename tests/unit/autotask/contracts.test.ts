import { ContractSchema, createAutotaskClient, DEFAULT_CONTRACT_FIELDS, type Contract, type HttpRequest, type HttpResponse, type Transport } from '../../../src/autotask';

const ZONE = 'https://webservices3.autotask.net/atservicesrest/';
const ok = (body: unknown): HttpResponse => ({ status: 200, headers: {}, body });
const page = (items: unknown[], nextPageUrl: string | null = null) => ok({ items, pageDetails: { count: items.length, requestCount: 10, prevPageUrl: null, nextPageUrl } });

function client(answer: (req: HttpRequest) => HttpResponse) {
  const calls: HttpRequest[] = [];
  const transport: Transport = { async send(req) { calls.push(req); return answer(req); } };
  const at = createAutotaskClient({ mode: 'direct', credentials: { username: 'u@x.com', secret: 's', integrationCode: 'c' }, zoneUrl: ZONE, transport });
  const search = (i: number) => JSON.parse(new URL(calls[i]!.url).searchParams.get('search')!) as Record<string, unknown>;
  return { at, calls, search };
}

describe('ContractSchema', () => {
  it('types the documented fields and keeps unknown ones', () => {
    const raw = { id: 29683361, companyID: 0, contractName: 'Standard', contractType: 7, status: 1, isDefaultContract: true, startDate: '2026-01-01T00:00:00Z', endDate: '2026-12-31T00:00:00Z', estimatedRevenue: 1200.5, timeReportingRequiresStartAndStopTimes: 1, userDefinedFields: [] };
    const c: Contract = ContractSchema.parse(raw);
    expect(c).toEqual(raw);
    expect(ContractSchema.safeParse({ ...raw, status: 'Active' }).success).toBe(false);
    expect(ContractSchema.safeParse({ ...raw, isDefaultContract: 1 }).success).toBe(false);
  });
});

describe('contracts.defaultFor(companyId)', () => {
  it('sends one query: company, default, active; IncludeFields limited to what a ticket form needs', async () => {
    const t = client(() => page([{ id: 7, companyID: 175, contractName: 'Managed', status: 1, isDefaultContract: true, startDate: '2026-01-01T00:00:00Z' }]));
    await expect(t.at.contracts.defaultFor(175)).resolves.toMatchObject({ id: 7, contractName: 'Managed' });
    expect(t.calls).toHaveLength(1);
    expect(t.calls[0]!.method).toBe('GET');
    expect(new URL(t.calls[0]!.url).pathname).toBe('/atservicesrest/v1.0/Contracts/query');
    expect(t.search(0)).toEqual({
      filter: [
        { op: 'eq', field: 'companyID', value: 175 },
        { op: 'eq', field: 'isDefaultContract', value: true },
        { op: 'eq', field: 'status', value: 1 },
      ],
      IncludeFields: ['id', ...DEFAULT_CONTRACT_FIELDS],
      MaxRecords: 10,
    });
    expect(t.search(0).IncludeFields).not.toContain('description');
  });

  it('returns null when the company has none', async () => {
    const t = client(() => page([]));
    await expect(t.at.contracts.defaultFor(180)).resolves.toBeNull();
  });

  it('never follows nextPageUrl, and with several defaults takes the one that started last', async () => {
    const t = client(() => page([
      { id: 3, startDate: '2025-01-01T00:00:00Z' },
      { id: 9, startDate: '2026-03-01T00:00:00Z' },
      { id: 4, startDate: null },
    ], `${ZONE}v1.0/Contracts/query/next?paging=abc`));
    await expect(t.at.contracts.defaultFor(175)).resolves.toMatchObject({ id: 9 });
    expect(t.calls).toHaveLength(1);
  });

  it('refuses a non-integer company id before sending anything', async () => {
    const t = client(() => page([]));
    await expect(t.at.contracts.defaultFor(1.5)).rejects.toThrow(TypeError);
    await expect(t.at.contracts.defaultFor(-1)).rejects.toThrow(TypeError);
    expect(t.calls).toHaveLength(0);
  });

  it('get/query/count go to /Contracts', async () => {
    const t = client((req) => (/query\/count/.test(req.url) ? ok({ queryCount: 2 }) : /query/.test(req.url) ? page([{ id: 1 }]) : ok({ item: { id: 5, contractName: 'X' } })));
    await expect(t.at.contracts.get(5)).resolves.toMatchObject({ contractName: 'X' });
    await expect(t.at.contracts.count({ filter: { op: 'eq', field: 'companyID', value: 174 } })).resolves.toBe(2);
    await expect(t.at.contracts.queryAll({ filter: { op: 'exist', field: 'id' } })).resolves.toEqual([{ id: 1 }]);
    expect(t.calls.map((c) => new URL(c.url).pathname.replace('/atservicesrest/v1.0/', ''))).toEqual(['Contracts/5', 'Contracts/query/count', 'Contracts/query']);
    expect('create' in t.at.contracts).toBe(false);
  });
});
