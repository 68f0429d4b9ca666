/**
 * Autotask's behaviour, described once (reference: ../shared/reference/autotask-rest-api.md) and
 * checked against the sandbox always, and against a real tenant when AUTOTASK_USERNAME,
 * AUTOTASK_SECRET and AUTOTASK_INTEGRATION_CODE are set (read-only checks only there; optional
 * AUTOTASK_DISCOVERY_URL). If the sandbox and a tenant ever disagree, this file says who is wrong.
 */
import { AutotaskAuthenticationError, createAutotaskClient, where, type AutotaskClient, type DirectClientOptions } from '../../../src/autotask';
import { directOptionsFromEnv } from '../../../src/autotask/env';
import { startSandbox, type Sandbox } from '../../../src/sandbox';

interface Target {
  options: DirectClientOptions;
  teardown?: () => Promise<void>;
}

/** `writable`: only the sandbox gets writes; on a real tenant the write checks are skipped (visibly). */
function describeAutotaskContract(name: string, writable: boolean, setup: () => Promise<Target>) {
  describe(`Autotask contract: ${name}`, () => {
    let target: Target;
    let at: AutotaskClient;
    let base: string;
    const headers = () => ({ ApiIntegrationCode: target.options.credentials.integrationCode, UserName: target.options.credentials.username, Secret: target.options.credentials.secret, 'Content-Type': 'application/json' });
    const raw = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(/^https?:/.test(path) ? path : `${base}${path}`, { method, headers: headers(), body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    };

    beforeAll(async () => {
      target = await setup();
      at = createAutotaskClient(target.options);
      base = (await at.zone())!.apiBase;
    }, 60_000);
    afterAll(async () => target?.teardown?.());

    it('§1 zoneInformation: unauthenticated; url has a trailing slash and no version', async () => {
      const discovery = target.options.discoveryUrl ?? 'https://webservices.autotask.net/atservicesrest/';
      const res = await fetch(`${discovery.replace(/\/?$/, '/')}v1.0/zoneInformation?user=${encodeURIComponent(target.options.credentials.username)}`);
      expect(res.status).toBe(200);
      const zone = (await res.json()) as { url: string; webUrl: string };
      expect(zone.url).toMatch(/^https?:\/\/.+\/atservicesrest\/$/i);
      expect(zone.webUrl).toMatch(/^https?:\/\//);
    });

    it('§1 unknown user: HTTP 500 {"errors":["Zone information could not be determined"]}', async () => {
      const discovery = target.options.discoveryUrl ?? 'https://webservices.autotask.net/atservicesrest/';
      const res = await fetch(`${discovery.replace(/\/?$/, '/')}v1.0/zoneInformation?user=${encodeURIComponent('no-such-user-7f3a@example.invalid')}`);
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ errors: ['Zone information could not be determined'] });
      const bad = createAutotaskClient({ ...target.options, credentials: { ...target.options.credentials, username: 'no-such-user-7f3a@example.invalid' }, retry: { maxRetries: 0 } });
      await expect(bad.resources.count({ filter: where.all() })).rejects.toBeInstanceOf(AutotaskAuthenticationError);
    });

    it('§2 wrong integration code: HTTP 500 {"errors":["IntegrationCode is invalid."]}', async () => {
      const res = await fetch(`${base}Resources/query/count?search=${encodeURIComponent('{"filter":[{"op":"exist","field":"id"}]}')}`, { headers: { ...headers(), ApiIntegrationCode: 'NOT-A-REAL-INTEGRATION-CODE' } });
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ errors: ['IntegrationCode is invalid.'] });
    });

    it('§5 query envelope: {items, pageDetails{count, requestCount, prevPageUrl, nextPageUrl}}; MaxRecords sets the page size', async () => {
      const res = await raw('POST', 'Resources/query', { filter: [{ op: 'exist', field: 'id' }], MaxRecords: 1 });
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort()).toEqual(['items', 'pageDetails']);
      expect(res.body.items).toHaveLength(1);
      expect(res.body.pageDetails).toMatchObject({ count: 1, requestCount: 1, prevPageUrl: null, nextPageUrl: expect.stringMatching(/^https?:\/\/.+\/query\/next\?/i) });
    });

    it('§5 POST paging: the next URL takes a re-POST of the same body; GET there answers 405 {"Message"}', async () => {
      const body = { filter: [{ op: 'exist', field: 'id' }], MaxRecords: 1 };
      const first = await raw('POST', 'Resources/query', body);
      const next: string = first.body.pageDetails.nextPageUrl;
      expect(new URL(next).origin).toBe(new URL(base).origin);
      const wrong = await raw('GET', next);
      expect(wrong.status).toBe(405);
      expect(wrong.body).toEqual({ Message: "The requested resource does not support http method 'GET'." });
      const second = await raw('POST', next, body);
      expect(second.status).toBe(200);
      expect(second.body.items[0].id).toBeGreaterThan(first.body.items[0].id);
    });

    it('§5 GET paging: the next URL carries search= and is followed by GET', async () => {
      const first = await raw('GET', `Resources/query?search=${encodeURIComponent(JSON.stringify({ filter: [{ op: 'exist', field: 'id' }], MaxRecords: 1 }))}`);
      const next: string = first.body.pageDetails.nextPageUrl;
      expect(new URL(next).searchParams.get('search')).toBeTruthy();
      const second = await raw('GET', next);
      expect(second.status).toBe(200);
      expect(second.body.items[0].id).toBeGreaterThan(first.body.items[0].id);
    });

    it('§5 count: {"queryCount": n} agrees with paging through everything', async () => {
      const res = await raw('POST', 'Resources/query/count', { filter: [{ op: 'exist', field: 'id' }] });
      expect(Object.keys(res.body)).toEqual(['queryCount']);
      const all = await at.resources.queryAll({ filter: where.all(), maxRecords: 2 }, { cap: 5000 });
      expect(all).toHaveLength(res.body.queryCount);
    });

    it('§4 a query needs a filter; an unknown field is an error', async () => {
      const none = await raw('POST', 'Tickets/query', { filter: [] });
      expect(none.status).toBe(500);
      expect(none.body.errors.length).toBeGreaterThan(0);
      const unknown = await raw('POST', 'TimeEntries/query', { filter: [{ op: 'eq', field: 'projectID', value: 1 }] });
      expect(unknown.status).toBe(500);
      expect(unknown.body.errors.join(' ')).toMatch(/projectID/i);
    });

    it('§6 missing get-by-id: {"item": null} or 404 — the client returns null either way', async () => {
      const res = await raw('GET', 'Tickets/2147480001');
      expect(res.status === 404 || (res.status === 200 && res.body.item === null)).toBe(true);
      expect(await at.tickets.get(2147480001)).toBeNull();
    });

    it('§8 entityInformation/fields: picklist values are strings, records hold integers', async () => {
      const res = await raw('GET', 'Tickets/entityInformation/fields');
      const status = (res.body.fields as Array<{ name: string; isPickList: boolean; picklistValues: Array<{ value: unknown }> }>).find((f) => f.name.toLowerCase() === 'status')!;
      expect(status.isPickList).toBe(true);
      expect(status.picklistValues.every((v) => typeof v.value === 'string')).toBe(true);
      const [t] = await at.tickets.queryAll({ filter: where.all(), maxRecords: 1, includeFields: ['status'] }, { cap: 1, truncate: true });
      if (t) expect(Number.isInteger(t.status)).toBe(true);
    });

    it('Contracts: companyID references Company; status is a picklist; defaultFor returns an active default contract of that company', async () => {
      const res = await raw('GET', 'Contracts/entityInformation/fields');
      expect(res.status).toBe(200);
      const fields = res.body.fields as Array<{ name: string; dataType: string; isReference: boolean; referenceEntityType: string; isPickList: boolean }>;
      const f = (name: string) => fields.find((x) => x.name.toLowerCase() === name.toLowerCase());
      expect(f('companyID')).toMatchObject({ isReference: true, referenceEntityType: 'Company' });
      expect(f('contractName')).toMatchObject({ dataType: 'string' });
      expect(f('isDefaultContract')).toMatchObject({ dataType: 'boolean' });
      expect(f('status')).toMatchObject({ isPickList: true });
      expect([f('startDate')?.dataType, f('endDate')?.dataType]).toEqual(['datetime', 'datetime']);
      const [some] = await at.contracts.queryAll({ filter: [where.eq('isDefaultContract', true), where.eq('status', 1)], maxRecords: 1, includeFields: ['companyID'] }, { cap: 1, truncate: true });
      if (!some) return; // a tenant without default contracts: nothing more to check
      const found = await at.contracts.defaultFor(some.companyID!);
      expect(found).toMatchObject({ companyID: some.companyID, isDefaultContract: true, status: 1 });
      expect(await at.contracts.defaultFor(2147480001)).toBeNull();
    });

    (writable ? it : it.skip)('§9/§10 a ticket\'s contractID must be an active contract of the ticket\'s company (the company rule is unconfirmed on a real tenant)', async () => {
      const defaults = await at.contracts.queryAll({ filter: [where.eq('isDefaultContract', true), where.eq('status', 1)], includeFields: ['companyID'] });
      const [mine, other] = [defaults[0]!, defaults.find((c) => c.companyID !== defaults[0]!.companyID)!];
      const queue = (await at.metadata.picklist('Tickets', 'queueID')).active()[0]!.value as number;
      const body = { companyID: mine.companyID, title: 'Contract reference', status: 1, priority: 2, queueID: queue };
      expect((await raw('POST', 'Tickets', { ...body, contractID: mine.id })).body).toEqual({ itemId: expect.any(Number) });
      const refused = await raw('POST', 'Tickets', { ...body, contractID: other.id });
      expect([refused.status, refused.body]).toEqual([500, { errors: ['Reference value on field: contractID of type: Contract does not exist or is invalid.'] }]);
    });

    it('§11 ThresholdInformation shape', async () => {
      await expect(at.thresholdInformation()).resolves.toEqual(expect.objectContaining({
        externalRequestThreshold: expect.any(Number), requestThresholdTimeframe: expect.any(Number), currentTimeframeRequestCount: expect.any(Number),
      }));
    });

    it('§12 paths and field names are case-insensitive', async () => {
      const res = await raw('GET', `${base.replace(/v1\.0\/$/i, 'V1.0/')}resources/query/count?search=${encodeURIComponent('{"filter":[{"op":"exist","field":"ID"}]}')}`);
      expect(res.status).toBe(200);
      expect(res.body.queryCount).toBeGreaterThan(0);
    });

    (writable ? it : it.skip)('§6/§7 writes: {"itemId"}; PATCH keeps unsent fields; child notes only through the parent', async () => {
      const [company] = await at.companies.queryAll({ filter: where.eq('isActive', true), maxRecords: 1 }, { cap: 1, truncate: true });
      const queue = (await at.metadata.picklist('Tickets', 'queueID')).active()[0]!.value as number;
      const created = await raw('POST', 'Tickets', { companyID: company!.id, title: 'Contract ticket', status: 1, priority: 2, queueID: queue });
      expect(Object.keys(created.body)).toEqual(['itemId']);
      const id = created.body.itemId as number;
      expect((await raw('PATCH', 'Tickets', { id, title: 'Contract ticket 2' })).body).toEqual({ itemId: id });
      expect((await at.tickets.getRequired(id))).toMatchObject({ title: 'Contract ticket 2', priority: 2 });
      expect((await raw('POST', 'TicketNotes', { ticketID: id, description: 'x', noteType: 1, publish: 1 })).status).toBe(404);
      expect((await raw('POST', `Tickets/${id}/Notes`, { ticketID: id, description: 'x', noteType: 1, publish: 1 })).body).toEqual({ itemId: expect.any(Number) });
      expect((await raw('POST', `Tickets/${id}/TimeEntries`, {})).status).toBe(404);
    });
  });
}

describeAutotaskContract('sandbox', true, async () => {
  const sb: Sandbox = await startSandbox({ port: 0, storage: 'memory' });
  return { options: { mode: 'direct', credentials: sb.credentials, discoveryUrl: sb.zoneUrl }, teardown: () => sb.close() };
});

const real = directOptionsFromEnv(process.env);
if (real) {
  describeAutotaskContract('real tenant (read-only)', false, async () => ({ options: real }));
} else {
  console.log(
    'Autotask contract tests against a real tenant are SKIPPED. To run them (read-only), set AUTOTASK_USERNAME, '
    + 'AUTOTASK_SECRET and AUTOTASK_INTEGRATION_CODE (and optionally AUTOTASK_DISCOVERY_URL), then run: '
    + 'npx jest tests/integration/contract',
  );
  describe.skip('Autotask contract: real tenant (read-only) — set AUTOTASK_USERNAME, AUTOTASK_SECRET, AUTOTASK_INTEGRATION_CODE to run', () => {
    it('is skipped without credentials', () => undefined);
  });
}
