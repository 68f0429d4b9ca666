import { ROUTES, type ProxyRoute } from '../../../src/gateway/proxy';
import { examplePath } from '../../../src/gateway/proxy/request-target';
import { COMPANY, RESOURCE, TICKET } from '../../../src/sandbox';
import { asSam, json, startStack, type Stack } from './helpers';

const P = '/api/autotask/v1.0';
const SEARCH = encodeURIComponent(JSON.stringify({ filter: [{ op: 'eq', field: 'id', value: 0 }] }));
const PAGING = encodeURIComponent(JSON.stringify({ pageSize: 500, previousIds: [-1], nextIds: [1] }));
const FILTER = JSON.stringify({ filter: [{ op: 'eq', field: 'id', value: 0 }] });

/** Sam's own service call and its ticket link: writes under them pass the proxy's ownership check. */
const own = { serviceCall: 0, serviceCallTicket: 0 };

/** A request for a route that Autotask can answer without creating anything (writes fail validation). */
function requestFor(r: ProxyRoute): { path: string; body?: string } {
  const params = r.params.map((p) => (p === 'search' ? `search=${SEARCH}` : `paging=${PAGING}`)).join('&');
  let example = examplePath(r, TICKET.fabrikamVpn);
  if (r.ownedBy === 'serviceCallCreator') {
    const parent = r.pattern.startsWith('ServiceCalls/') ? own.serviceCall : own.serviceCallTicket;
    example = examplePath({ ...r, pattern: r.pattern.replace('{id}', String(parent)) }, TICKET.fabrikamVpn);
  }
  const path = `${example}${params ? `?${params}` : ''}`;
  if (r.method === 'GET' || r.method === 'DELETE') return { path }; // a DELETE of an id that is no service call: Autotask refuses
  if (r.kind === 'read') return { path, body: FILTER };
  // Owned entities need the session's resource to get past the proxy; no title/dates → Autotask refuses.
  return { path, body: JSON.stringify(r.ownedBy ? { resourceID: RESOURCE.samRivera, ...(r.method === 'PATCH' ? { id: 9201, startDateTime: 'not a date' } : {}) } : {}) };
}

describe('Autotask proxy: the allow-list over real HTTP', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack();
    const create = async (path: string, body: unknown) =>
      ((await s.raw('POST', `${P}/${path}`, { headers: { ...asSam, ...json }, body: JSON.stringify(body) })).body as { itemId: number }).itemId;
    own.serviceCall = await create('ServiceCalls', { companyID: COMPANY.fabrikam, startDateTime: '2026-12-01T09:00:00Z', endDateTime: '2026-12-01T10:00:00Z', description: 'Allow-list' });
    own.serviceCallTicket = await create(`ServiceCalls/${own.serviceCall}/Tickets`, { ticketID: TICKET.fabrikamVpn });
  });
  afterAll(() => s.close());

  it.each(ROUTES.map((r) => [`${r.method} ${r.pattern}`, r] as const))('reaches Autotask for %s', async (_name, route) => {
    const counts = s.sb.control.requestCounts()[route.entity] ?? 0;
    const { path, body } = requestFor(route);
    const res = await s.raw(route.method, path, { headers: { ...asSam, ...(body ? json : {}) }, body });
    expect(res.body?.error).toBeUndefined(); // the proxy's own refusals carry `error`; Autotask's carry `errors`
    expect([404, 405]).not.toContain(res.status); // the route exists upstream
    expect(s.sb.control.requestCounts()[route.entity]).toBeGreaterThan(counts);
  });

  const attacks: Array<[string, string, string?, Record<string, string>?]> = [
    ['DELETE', `${P}/Tickets/${TICKET.fabrikamVpn}`],
    ['POST', `${P}/Resources`, '{"firstName":"x"}'],
    ['PATCH', `${P}/Companies`, '{"id":175,"companyName":"x"}'],
    ['PUT', `${P}/Tickets`, '{"id":1}'],
    ['GET', `${P}/ThresholdInformation`],
    ['GET', `${P}/zoneInformation?user=x`],
    ['GET', `${P}/Opportunities/1`],
    ['POST', `${P}/Opportunities/query`, FILTER],
    ['GET', `${P}/Tickets/${TICKET.fabrikamVpn}/Notes`],
    ['DELETE', `${P}/Appointments/9201`],
    ['GET', `${P}/../../etc/passwd`],
    ['GET', `/api/autotask/v1.0/../../../etc/passwd`],
    ['GET', `${P}/Tickets%2f..%2fResources`],
    ['GET', `${P}/Tickets/%2e%2e/Resources/${RESOURCE.samRivera}`],
    ['GET', `${P}/Tickets/%252e%252e/Resources/${RESOURCE.samRivera}`],
    ['GET', `${P}/Tickets%5c1`],
    ['GET', `${P}/Tickets\\..\\Resources`],
    ['GET', `${P}/Tickets/1%00`],
    ['GET', `${P}//evil.example/x`],
    ['GET', `${P}/https://evil/`],
    ['GET', `${P}/Tickets/./${TICKET.fabrikamVpn}`],
    ['GET', `${P}/Tickets/${TICKET.fabrikamVpn}?foo=bar`],
    ['GET', `${P}/Tickets/query?search=${SEARCH}&search=${SEARCH}`],
    ['POST', `${P}/Contacts/query/next`, FILTER],
    ['GET', '/api/autotask/Tickets/1'],
    ['HEAD', `${P}/Tickets/${TICKET.fabrikamVpn}`],
    ['POST', `${P}/Tickets/query`, FILTER, { 'x-http-method-override': 'DELETE' }],
    ['POST', `${P}/Tickets/query`, FILTER, { 'X-HTTP-Method': 'PUT' }],
  ];

  it.each(attacks.map((a) => [a[0], a[1], a] as const))('refuses %s %s with 403 not_allowed, and sends nothing to Autotask', async (method, path, a) => {
    const [, , body, headers = {}] = a;
    const before = s.sandboxHits();
    const res = await s.raw(method, path, { headers: { ...asSam, ...(body ? json : {}), ...headers }, body });
    expect(res.status).toBe(403);
    if (method !== 'HEAD') expect(res.body.error).toBe('not_allowed');
    expect(s.sandboxHits()).toBe(before);
  });

  it('never forwards an absolute-form or authority-form request target', async () => {
    const before = s.sandboxHits();
    for (const target of [`http://evil.example${P}/Tickets/1`, '//evil.example/x', 'evil.example:443']) {
      const res = await s.raw('GET', target, { headers: asSam }).catch(() => ({ status: 400 }));
      expect([400, 403, 404]).toContain(res.status);
    }
    expect(s.sandboxHits()).toBe(before);
  });

  it('checks the session before the allow-list: an anonymous probe learns nothing', async () => {
    const res = await s.raw('DELETE', `${P}/Tickets/1`);
    expect([res.status, res.body.error]).toEqual([401, 'invalid_session']);
  });
});
