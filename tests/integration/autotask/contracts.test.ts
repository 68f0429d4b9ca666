import { AutotaskValidationError, ContractSchema, DEFAULT_CONTRACT_FIELDS, where } from '../../../src/autotask';
import { COMPANY, CONTRACT, QUEUE } from '../../../src/sandbox';
import { sandboxClient } from './helpers/sandbox-client';

describe('contracts (client against the sandbox, real HTTP)', () => {
  let env: Awaited<ReturnType<typeof sandboxClient>>;
  beforeAll(async () => {
    env = await sandboxClient();
  });
  afterAll(() => env.close());

  it('get / query / count on /Contracts, records valid against ContractSchema', async () => {
    const c = await env.at.contracts.getRequired(CONTRACT.contosoManaged);
    expect(env.last()).toBe(`GET Contracts/${CONTRACT.contosoManaged}`);
    expect(ContractSchema.parse(c)).toMatchObject({ contractName: 'Contoso Dental Group — Managed Services', companyID: COMPANY.contoso, status: 1, isDefaultContract: true });
    expect(await env.at.contracts.count({ filter: where.eq('companyID', COMPANY.fabrikam) })).toBe(2);
    const all = await env.at.contracts.queryAll({ filter: where.all() });
    expect(all.length).toBe(8);
    expect(all.filter((x) => x.status === 0).map((x) => x.id)).toEqual([CONTRACT.contosoManaged2025]);
    const status = await env.at.metadata.picklist('Contracts', 'status');
    expect([status.label(1), status.label(0)]).toEqual(['Active', 'Inactive']);
  });

  it('defaultFor: the active default contract in one request with limited IncludeFields, or null', async () => {
    const before = env.sent.length;
    const contoso = await env.at.contracts.defaultFor(COMPANY.contoso);
    expect(env.sent.length - before).toBe(1);
    expect(env.last()).toBe('GET Contracts/query');
    const search = JSON.parse(new URL(env.sent[env.sent.length - 1]!.url).searchParams.get('search')!);
    expect(search.IncludeFields).toEqual(['id', ...DEFAULT_CONTRACT_FIELDS]);
    expect(contoso).toEqual({
      id: CONTRACT.contosoManaged, companyID: COMPANY.contoso, contractName: 'Contoso Dental Group — Managed Services', contractNumber: 'CDG-MS-2026',
      contractType: 7, contractCategory: 1, status: 1, isDefaultContract: true, startDate: '2026-01-01T00:00:00Z', endDate: '2026-12-31T00:00:00Z',
    });
    expect((await env.at.contracts.defaultFor(COMPANY.fabrikam))?.id).toBe(CONTRACT.fabrikamManaged); // not the block-hours contract
    expect((await env.at.contracts.defaultFor(COMPANY.northwindSeattle))?.id).toBe(CONTRACT.northwindSeattleManaged);
    expect(await env.at.contracts.defaultFor(COMPANY.tailspin)).toBeNull();
    expect(await env.at.contracts.defaultFor(COMPANY.adventureWorks)).toBeNull();
  });

  it('a ticket takes the default contract; an expired or foreign one is refused with Autotask\'s message', async () => {
    const contract = (await env.at.contracts.defaultFor(COMPANY.woodgrove))!;
    const base = { companyID: COMPANY.woodgrove, title: 'Contract from defaultFor', status: 1, priority: 2, queueID: QUEUE.serviceDesk };
    const id = await env.at.tickets.create({ ...base, contractID: contract.id });
    expect((await env.at.tickets.getRequired(id)).contractID).toBe(contract.id);
    for (const contractID of [CONTRACT.contosoManaged2025, CONTRACT.contosoManaged]) {
      const err = await env.at.tickets.create({ ...base, contractID }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AutotaskValidationError);
      expect((err as AutotaskValidationError).errors).toEqual(['Reference value on field: contractID of type: Contract does not exist or is invalid.']);
    }
  });
});
