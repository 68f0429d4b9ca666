import { buildQuery, where, type Filter } from '../../../src/autotask';
import { COMPANY, QUEUE } from '../../../src/sandbox';
import { sandboxClient } from './helpers/sandbox-client';

describe('every operator and grouping reaches the server as sent (sandbox, real HTTP)', () => {
  let env: Awaited<ReturnType<typeof sandboxClient>>;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    env = await sandboxClient();
    const base = { status: 1, queueID: QUEUE.serviceDesk };
    ids.jam = await env.at.tickets.create({ ...base, title: 'QW Printer jam', priority: 2, companyID: COMPANY.contoso, dueDateTime: '2026-01-10T00:00:00Z' });
    ids.mail = await env.at.tickets.create({ ...base, title: 'QW Email down', priority: 1, companyID: COMPANY.fabrikam });
    ids.laptop = await env.at.tickets.create({
      ...base, title: 'QW New laptop', priority: 3, companyID: COMPANY.contoso, dueDateTime: '2026-02-01T00:00:00Z',
      userDefinedFields: [{ name: 'External Reference', value: 'CASE-77' }],
    });
  });
  afterAll(() => env.close());

  const scope = where.beginsWith('title', 'QW ');
  const cases: Array<[string, Filter | Filter[], string[]]> = [
    ['eq', where.eq('companyID', COMPANY.contoso), ['jam', 'laptop']],
    ['noteq', where.noteq('companyID', COMPANY.contoso), ['mail']],
    ['gt', where.gt('priority', 1), ['jam', 'laptop']],
    ['gte', where.gte('priority', 2), ['jam', 'laptop']],
    ['lt', where.lt('priority', 2), ['mail']],
    ['lte', where.lte('priority', 2), ['jam', 'mail']],
    ['beginsWith', where.beginsWith('title', 'QW Print'), ['jam']],
    ['endsWith', where.endsWith('title', 'down'), ['mail']],
    ['contains', where.contains('title', 'lapt'), ['laptop']],
    ['exist', where.exist('dueDateTime'), ['jam', 'laptop']],
    ['notExist', where.notExist('dueDateTime'), ['mail']],
    ['in', where.in('companyID', [COMPANY.fabrikam, COMPANY.woodgrove]), ['mail']],
    ['notIn', where.notIn('companyID', [COMPANY.fabrikam]), ['jam', 'laptop']],
    ['udf', where.eq('External Reference', 'CASE-77', { udf: true }), ['laptop']],
    ['and + or, nested', [where.eq('companyID', COMPANY.contoso), where.or(where.eq('priority', 3), where.and(where.eq('status', 1), where.contains('title', 'jam')))], ['jam', 'laptop']],
    ['date comparison', where.lt('dueDateTime', new Date(Date.UTC(2026, 0, 15))), ['jam']],
  ];

  it.each(cases)('%s (GET form and POST form)', async (_name, filter, expected) => {
    const want = expected.map((k) => ids[k]).sort((a, b) => a! - b!);
    const f = [scope, ...(Array.isArray(filter) ? filter : [filter])];
    const sent = buildQuery({ filter: f });
    const before = env.sent.length;
    const viaGet = (await env.at.tickets.queryAll({ filter: f }, { form: 'GET' })).map((t) => t.id);
    const viaPost = (await env.at.tickets.queryAll({ filter: f }, { form: 'POST' })).map((t) => t.id);
    expect(viaGet).toEqual(want);
    expect(viaPost).toEqual(want);
    const [getReq, postReq] = env.sent.slice(before);
    expect(getReq!.method).toBe('GET');
    expect(JSON.parse(new URL(getReq!.url).searchParams.get('search')!)).toEqual(sent);
    expect(postReq!.method).toBe('POST');
    expect(postReq!.body).toEqual(sent);
  });

  it('count uses /query/count in both forms', async () => {
    await expect(env.at.tickets.count({ filter: [scope, where.eq('companyID', COMPANY.contoso)] })).resolves.toBe(2);
    await expect(env.at.tickets.count({ filter: [scope] }, { form: 'POST' })).resolves.toBe(3);
    expect(env.sent.slice(-2).map((r) => `${r.method} ${r.path}`)).toEqual(['GET Tickets/query/count', 'POST Tickets/query/count']);
  });

  it('IncludeFields returns partial items and always carries id', async () => {
    const items = await env.at.tickets.queryAll({ filter: scope, includeFields: ['title'] });
    expect(items.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: ids.jam, title: 'QW Printer jam' }, { id: ids.mail, title: 'QW Email down' }, { id: ids.laptop, title: 'QW New laptop' },
    ]);
    expect(items[0]).not.toHaveProperty('status');
  });

  it('queryAll caps the collection: throws past the cap unless truncation is asked for', async () => {
    await expect(env.at.tickets.queryAll({ filter: scope, maxRecords: 1 }, { cap: 2 })).rejects.toThrow(RangeError);
    await expect(env.at.tickets.queryAll({ filter: scope, maxRecords: 1 }, { cap: 2, truncate: true })).resolves.toHaveLength(2);
  });
});
