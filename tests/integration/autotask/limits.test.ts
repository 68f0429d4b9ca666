import { AutotaskConnectionError, where } from '../../../src/autotask';
import { COMPANY, QUEUE } from '../../../src/sandbox';
import { sandboxClient } from './helpers/sandbox-client';

const ticket = (tag: string, i: number) => ({ companyID: COMPANY.contoso, title: `${tag} ${i}`, status: 1, priority: 2, queueID: QUEUE.serviceDesk });

describe('limits: thread limit, retries, no duplicate writes (sandbox)', () => {
  it('200 concurrent creates against a thread limit of 3: 200 records, no duplicates, no error, ≤ 3 in flight', async () => {
    const env = await sandboxClient({ threadLimit: 3, latencyMs: 5 });
    try {
      const ids = await Promise.all(Array.from({ length: 200 }, (_, i) => env.at.tickets.create(ticket('Load', i))));
      expect(new Set(ids).size).toBe(200);
      const created = await env.at.tickets.queryAll({ filter: where.beginsWith('title', 'Load '), includeFields: ['title'] });
      expect(created).toHaveLength(200);
      expect(new Set(created.map((t) => t.title)).size).toBe(200);
      expect(env.sb.control.maxConcurrency().Tickets).toBeLessThanOrEqual(3);
      expect(env.sent.filter((s) => s.method === 'POST')).toHaveLength(200); // the limiter kept every request inside the limit
    } finally {
      await env.close();
    }
  });

  it('when the client allows more than the server, refusals are retried and still no write is duplicated', async () => {
    const env = await sandboxClient({ threadLimit: 3, latencyMs: 5 }, { maxConcurrentPerEndpoint: 8, retry: { baseDelayMs: 10, maxDelayMs: 200, maxRetries: 30 } });
    try {
      const ids = await Promise.all(Array.from({ length: 60 }, (_, i) => env.at.tickets.create(ticket('Burst', i))));
      expect(env.sent.filter((s) => s.method === 'POST').length).toBeGreaterThan(60); // some were refused and retried
      expect(new Set(ids).size).toBe(60);
      const created = await env.at.tickets.queryAll({ filter: where.beginsWith('title', 'Burst '), includeFields: ['title'] });
      expect(created).toHaveLength(60);
      expect(new Set(created.map((t) => t.title)).size).toBe(60);
    } finally {
      await env.close();
    }
  });

  it('a dropped connection after the write committed is NOT retried: AutotaskConnectionError, mayHaveReachedServer', async () => {
    const env = await sandboxClient({ faults: [{ match: { method: 'POST', path: /\/Tickets$/i }, times: 1, kind: 'drop-after-commit' }] });
    try {
      const err = await env.at.tickets.create(ticket('Dropped', 1)).catch((e) => e);
      expect(err).toBeInstanceOf(AutotaskConnectionError);
      expect(err.mayHaveReachedServer).toBe(true);
      expect(env.sent.filter((s) => s.method === 'POST')).toHaveLength(1);
      // The caller checks before creating again: the record exists exactly once.
      expect(await env.at.tickets.count({ filter: where.eq('title', 'Dropped 1') })).toBe(1);
    } finally {
      await env.close();
    }
  });

  it('a dropped connection before anything was done is retried on a read, not on a write', async () => {
    const env = await sandboxClient({
      faults: [
        { match: { method: 'GET', path: /\/Companies\/query$/i }, times: 1, kind: 'drop' },
        { match: { method: 'POST', path: /\/Tickets$/i }, times: 1, kind: 'drop' },
      ],
    }, { retry: { baseDelayMs: 1 } });
    try {
      await expect(env.at.companies.queryAll({ filter: where.all() })).resolves.not.toHaveLength(0);
      expect(env.sent.filter((s) => /Companies\/query$/.test(s.path))).toHaveLength(2);
      await expect(env.at.tickets.create(ticket('Never', 1))).rejects.toMatchObject({ code: 'AUTOTASK_CONNECTION', mayHaveReachedServer: true });
      expect(await env.at.tickets.count({ filter: where.eq('title', 'Never 1') })).toBe(0);
    } finally {
      await env.close();
    }
  });

  it('a rate-limited create waits for Retry-After and then succeeds once', async () => {
    const sleeps: number[] = [];
    const env = await sandboxClient(
      { faults: [{ match: { method: 'POST', path: /\/Tickets$/i }, times: 1, kind: 'status', status: 429, body: '', headers: { 'Retry-After': '2' } }] },
      { clock: { sleep: async (ms) => void sleeps.push(ms) } },
    );
    try {
      const id = await env.at.tickets.create(ticket('Patient', 1));
      expect(sleeps).toEqual([2000]);
      expect(await env.at.tickets.count({ filter: where.eq('title', 'Patient 1') })).toBe(1);
      expect(id).toBeGreaterThan(0);
    } finally {
      await env.close();
    }
  });
});
