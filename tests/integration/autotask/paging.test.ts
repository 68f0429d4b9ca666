import { AutotaskForeignOriginError, where } from '../../../src/autotask';
import { startSandbox } from '../../../src/sandbox';
import { sandboxClient } from './helpers/sandbox-client';

describe('paging over real HTTP (sandbox)', () => {
  let env: Awaited<ReturnType<typeof sandboxClient>>;
  let total: number;
  beforeAll(async () => {
    env = await sandboxClient();
    env.sb.control.seedBulkContacts(1200);
    total = await env.at.contacts.count({ filter: where.all() });
  });
  afterAll(() => env.close());

  it('follows nextPageUrl by GET for a GET query and stops cleanly on null', async () => {
    const before = env.sent.length;
    const sizes: number[] = [];
    const ids: number[] = [];
    for await (const page of env.at.contacts.query({ filter: where.all(), maxRecords: 250 }).pages()) {
      sizes.push(page.items.length);
      ids.push(...page.items.map((c) => c.id));
    }
    expect(total).toBeGreaterThan(1200);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(sizes.slice(0, -1).every((n) => n === 250)).toBe(true);
    const sent = env.sent.slice(before);
    expect(sent).toHaveLength(Math.ceil(total / 250));
    expect(sent.every((r) => r.method === 'GET')).toBe(true);
    expect(sent.slice(1).every((r) => /query\/next$/i.test(r.path))).toBe(true);
  });

  it('re-POSTs the same body to nextPageUrl for a POST query (default page size 500)', async () => {
    const before = env.sent.length;
    const n = (await env.at.contacts.queryAll({ filter: [where.exist('id')] }, { form: 'POST' })).length;
    expect(n).toBe(total);
    const sent = env.sent.slice(before);
    expect(sent).toHaveLength(Math.ceil(total / 500));
    expect(sent.every((r) => r.method === 'POST')).toBe(true);
    expect(sent.every((r) => JSON.stringify(r.body) === JSON.stringify({ filter: [{ op: 'exist', field: 'id' }] }))).toBe(true);
  });

  it('iterates items lazily: breaking early fetches no further pages', async () => {
    const before = env.sent.length;
    let seen = 0;
    for await (const _c of env.at.contacts.query({ filter: where.all(), maxRecords: 10 })) if (++seen === 15) break;
    expect(env.sent.length - before).toBe(2);
  });

  it('refuses a nextPageUrl on a foreign origin: nothing is sent there, credentials stay home', async () => {
    const foreign = await startSandbox({ port: 0, storage: 'memory' });
    try {
      env.sb.control.addFault({
        match: { method: 'GET', path: /\/Tickets\/query$/i }, times: 1, kind: 'status', status: 200,
        body: { items: [{ id: 1 }], pageDetails: { count: 1, requestCount: 1, prevPageUrl: null, nextPageUrl: `${foreign.zoneUrl}V1.0/Tickets/query/next?paging=x` } },
      });
      const before = env.sent.length;
      const seen: number[] = [];
      const run = async () => {
        for await (const t of env.at.tickets.query({ filter: where.all() })) seen.push(t.id);
      };
      await expect(run()).rejects.toBeInstanceOf(AutotaskForeignOriginError);
      expect(seen).toEqual([1]);
      expect(env.sent.length - before).toBe(1);
      expect(Object.values(foreign.control.requestCounts()).reduce((a, b) => a + b, 0)).toBe(0);
    } finally {
      env.sb.control.clearFaults();
      await foreign.close();
    }
  });
});
