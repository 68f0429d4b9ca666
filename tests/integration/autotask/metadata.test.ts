import { where } from '../../../src/autotask';
import { sandboxClient } from './helpers/sandbox-client';

describe('entity metadata from the sandbox', () => {
  let env: Awaited<ReturnType<typeof sandboxClient>>;
  beforeAll(async () => {
    env = await sandboxClient();
  });
  afterAll(() => env.close());

  it('reads Ticket picklists, converts values both ways, and fetches each entity once per client', async () => {
    const [status, status2, fields] = await Promise.all([
      env.at.metadata.picklist('Tickets', 'status'), env.at.metadata.picklist('Tickets', 'status'), env.at.metadata.fields('Tickets'),
    ]);
    expect(status.label(1)).toBe('New');
    expect(status.valueOf('Complete')).toBe(5);
    expect(status2.entries).toEqual(status.entries);
    expect(fields.required().map((f) => f.name)).toEqual(expect.arrayContaining(['companyID', 'title', 'status', 'priority']));
    expect(fields.maxLength('title')).toBe(255);
    expect(env.sent.filter((s) => /Tickets\/entityInformation\/fields$/i.test(s.path))).toHaveLength(1);
    const fresh = await env.at.tickets.queryAll({ filter: where.eq('status', status.valueOf('New')!) }, { cap: 500 });
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((t) => status.label(t.status) === 'New')).toBe(true);
  });

  it('walks a dependent picklist (subIssueType → issueType)', async () => {
    const fields = await env.at.metadata.fields('Tickets');
    const issue = fields.picklist('issueType')!;
    const sub = fields.picklist('subIssueType')!;
    expect(sub.parentField?.toLowerCase()).toBe('issuetype');
    const withChildren = issue.active().find((p) => sub.childrenOf(p.value).length > 0);
    expect(withChildren).toBeDefined();
    expect(sub.childrenOf(withChildren!.value).every((c) => String(c.parentValue) === String(withChildren!.value))).toBe(true);
  });

  it('entity information and UDF definitions', async () => {
    const info = await env.at.metadata.entity('Tickets');
    expect(info).toMatchObject({ canCreate: true, canQuery: true, hasUserDefinedFields: true });
    const udfs = await env.at.metadata.userDefinedFields('Tickets');
    expect(udfs.map((u) => u.name)).toContain('External Reference');
    const defaults = (await env.at.metadata.fields('Tickets')).list.filter((f) => f.picklistValues?.some((v) => v.isDefaultValue));
    for (const f of defaults) expect((await env.at.metadata.picklist('Tickets', f.name)).defaultEntry()?.isDefault).toBe(true);
  });
});
