import { openApi, type Api } from './helpers';
import { SECOND_INTEGRATION_CODE } from '../../../src/sandbox/seed/ids';

describe('thread limit per integration code + endpoint (reference §11)', () => {
  let api: Api;
  beforeAll(async () => { api = await openApi({ threadLimit: 3, latencyMs: 150 }); });
  afterAll(() => api.sb.close());

  it('refuses the 4th concurrent request to one endpoint with 429 and the thread-threshold text', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => api.get('/Tickets/8101')));
    const refused = results.filter((r) => r.status === 429);
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    expect(refused).toHaveLength(3);
    expect(refused[0]!.body.errors[0]).toMatch(/thread threshold of 3 threads has been exceeded/);
    expect(api.sb.control.maxConcurrency().Tickets).toBe(3);
  });

  it('counts endpoints and integration codes separately', async () => {
    const calls = [
      ...Array.from({ length: 3 }, () => api.get('/Tickets/8101')),
      ...Array.from({ length: 3 }, () => api.get('/Contacts/30683001')),
      ...Array.from({ length: 3 }, () => api.get('/Tickets/8101', { ApiIntegrationCode: SECOND_INTEGRATION_CODE })),
    ];
    expect((await Promise.all(calls)).map((r) => r.status)).toEqual(Array(9).fill(200));
  });

  it('can be changed at run time; zone discovery is exempt', async () => {
    api.sb.control.setThreadLimit(1);
    const two = await Promise.all([api.get('/Tickets/8101'), api.get('/Tickets/8101')]);
    expect(two.map((r) => r.status).sort()).toEqual([200, 429]);
    const zones = await Promise.all(Array.from({ length: 4 }, () => fetch(`${api.sb.origin}/atservicesrest/v1.0/zoneInformation?user=${api.sb.credentials.username}`)));
    expect(zones.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    api.sb.control.setThreadLimit(false);
    api.sb.control.setLatency(0);
    expect((await Promise.all(Array.from({ length: 8 }, () => api.get('/Tickets/8101')))).every((r) => r.status === 200)).toBe(true);
  });
});

describe('hourly threshold and ThresholdInformation', () => {
  let api: Api;
  beforeAll(async () => { api = await openApi({ hourlyThreshold: 5 }); });
  afterAll(() => api.sb.close());

  it('reports the count and refuses with 429 once the threshold is reached', async () => {
    const first = await api.get('/ThresholdInformation');
    expect(first.body).toEqual({ externalRequestThreshold: 5, requestThresholdTimeframe: 60, currentTimeframeRequestCount: 1 });
    for (let i = 0; i < 4; i++) expect((await api.get('/Tickets/8101')).status).toBe(200);
    const over = await api.get('/Tickets/8101');
    expect(over.status).toBe(429);
    expect(over.body.errors[0]).toMatch(/threshold/i);
    api.sb.control.setHourlyThreshold(false);
    const info = await api.get('/ThresholdInformation');
    expect(info.body).toEqual({ externalRequestThreshold: 10000, requestThresholdTimeframe: 60, currentTimeframeRequestCount: 6 });
    expect(api.sb.control.requestCounts()).toMatchObject({ ThresholdInformation: 2, Tickets: 5 });
  });
});

describe('injected faults', () => {
  let api: Api;
  beforeAll(async () => { api = await openApi(); });
  afterAll(() => api.sb.close());
  afterEach(() => api.sb.control.clearFaults());

  const ticket = { companyID: 175, title: 'Fault test', status: 1, priority: 2, queueID: 29683354 };
  const countTitled = async (title: string) => (await api.post('/Tickets/query/count', { filter: [{ op: 'eq', field: 'title', value: title }] })).body.queryCount as number;

  it('answers a configured status and body a given number of times', async () => {
    api.sb.control.setFaults([{ match: { method: 'GET', path: /\/Tickets\/\d+$/i }, times: 2, kind: 'status', status: 503, body: { errors: ['Service Unavailable'] }, headers: { 'retry-after': '1' } }]);
    const a = await api.get('/Tickets/8101');
    const b = await api.get('/Tickets/8101');
    const c = await api.get('/Tickets/8101');
    expect([a.status, b.status, c.status]).toEqual([503, 503, 200]);
    expect(a.body).toEqual({ errors: ['Service Unavailable'] });
    expect(a.headers.get('retry-after')).toBe('1');
  });

  it('drops the connection without an answer, and nothing is written', async () => {
    api.sb.control.addFault({ match: { method: 'POST', path: /\/Tickets$/i }, times: 1, kind: 'drop' });
    await expect(api.post('/Tickets', { ...ticket, title: 'Dropped' })).rejects.toThrow();
    expect(await countTitled('Dropped')).toBe(0);
  });

  it('drop-after-commit performs the write, then drops the connection (ambiguous failure)', async () => {
    api.sb.control.addFault({ match: { method: 'POST', path: /\/Tickets$/i }, times: 1, kind: 'drop-after-commit' });
    await expect(api.post('/Tickets', { ...ticket, title: 'Committed then dropped' })).rejects.toThrow();
    expect(await countTitled('Committed then dropped')).toBe(1);
  });

  it('delays matching requests', async () => {
    api.sb.control.addFault({ match: { path: /zoneInformation/i }, times: 1, kind: 'delay', ms: 200 });
    const t0 = Date.now();
    const res = await fetch(`${api.sb.origin}/atservicesrest/v1.0/zoneInformation?user=${api.sb.credentials.username}`);
    expect(res.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
  });

  it('reset() restores the seed and the start-up settings', async () => {
    await api.post('/Tickets', { ...ticket, title: 'Before reset' });
    api.sb.control.setLatency(5);
    api.sb.control.reset();
    expect(await countTitled('Before reset')).toBe(0);
    expect(api.sb.control.settings().latencyMs).toBe(0);
  });
});
