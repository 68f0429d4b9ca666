import { createSandboxApp, createSandboxRuntime } from '../../../src/sandbox/index';
import { AttachmentBudget, MAX_ATTACHMENT_BYTES, WINDOW_BYTES } from '../../../src/sandbox/write/attachment-budget';

describe('attachment budget (6,291,456 bytes per file, 10,000,000 bytes per 5 minutes per API user)', () => {
  it('refuses for 5 minutes once the window is spent, per user', () => {
    let now = Date.parse('2026-11-29T10:00:00Z');
    const budget = new AttachmentBudget(() => new Date(now));
    expect(() => budget.spend('api', MAX_ATTACHMENT_BYTES + 1)).toThrow(/maximum file size/);
    budget.spend('api', MAX_ATTACHMENT_BYTES);
    budget.spend('api', WINDOW_BYTES - MAX_ATTACHMENT_BYTES);
    expect(() => budget.spend('api', 1)).toThrow(/10000000 bytes per 5 minutes/);
    budget.spend('other-api-user', 1_000);
    now += 4 * 60_000;
    expect(() => budget.spend('api', 1)).toThrow(/per 5 minutes/);
    now += 61_000;
    expect(() => budget.spend('api', 1)).not.toThrow();
  });
});

describe('createSandboxApp with inject()', () => {
  const rt = createSandboxRuntime({ seed: false });
  const app = createSandboxApp(rt);
  afterAll(async () => { await app.close(); rt.close(); });
  const auth = { apiintegrationcode: rt.credentials.integrationCode, username: rt.credentials.username, secret: rt.credentials.secret };

  it('serves the system minimum when seed is false: company 0 and the API user only', async () => {
    const company = await app.inject({ url: '/atservicesrest/v1.0/Companies/0', headers: auth });
    expect(company.json().item.companyName).toBe('Harborline IT');
    const count = await app.inject({ method: 'POST', url: '/atservicesrest/v1.0/Tickets/query/count', headers: { ...auth, 'content-type': 'application/json' }, payload: { filter: [{ op: 'exist', field: 'id' }] } });
    expect(count.json()).toEqual({ queryCount: 0 });
  });

  it('derives absolute URLs from the Host header before it listens', async () => {
    const res = await app.inject({ url: `/atservicesrest/v1.0/zoneInformation?user=${rt.credentials.username}`, headers: { host: 'sandbox.test:8080' } });
    expect(res.json().url).toBe('http://sandbox.test:8080/atservicesrest/');
  });

  it('counts requests per endpoint', async () => {
    rt.control.resetCounters();
    await app.inject({ url: '/atservicesrest/v1.0/Tickets/1', headers: auth });
    await app.inject({ url: '/atservicesrest/v1.0/nothing/here', headers: auth });
    expect(rt.control.requestCounts()).toEqual({ Tickets: 1, Unknown: 1 });
  });
});
