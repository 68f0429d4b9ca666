import { ALLOW_LIST, ALLOWED_METHODS, ROUTES } from '../../../src/gateway/proxy/allow-list';
import { examplePath, isRefusal, parseTarget, PROXY_PREFIX, type Target } from '../../../src/gateway/proxy/request-target';

/** Reference §3: the entities Autotask supports impersonation for. */
const IMPERSONATION_SUPPORTED = new Set([
  'AttachmentInfo', 'TicketAttachments', 'Companies', 'CompanyNotes', 'CompanyToDos', 'Contacts', 'ContractNotes', 'ConfigurationItems',
  'InventoryItems', 'Opportunities', 'Products', 'Projects', 'ProjectNotes', 'PurchaseOrders', 'Quotes', 'SalesOrders', 'ServiceCalls',
  'Subscriptions', 'TaskNotes', 'Tickets', 'TicketNotes', 'TimeEntries',
]);

const query = (r: { params: readonly string[] }) =>
  r.params.length === 0 ? '' : `?${r.params.map((p) => (p === 'search' ? 'search=%7B%22filter%22%3A%5B%5D%7D' : 'paging=abc')).join('&')}`;

function target(method: string, url: string): Target {
  const t = parseTarget(method, url);
  if (isRefusal(t)) throw new Error(`${method} ${url} refused: ${t.refused}`);
  return t;
}

describe('the allow-list table', () => {
  it('expands to unique (method, pattern) routes, each matched back by its own example path', () => {
    const keys = ROUTES.map((r) => `${r.method} ${r.pattern.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of ROUTES) expect(target(r.method, examplePath(r, 12) + query(r)).route).toBe(r);
  });

  it('matches entity names and keywords in any casing, with one trailing slash, and forwards the canonical spelling', () => {
    const t = target('GET', `${PROXY_PREFIX}tICKETs/entityinformation/FIELDS/`);
    expect(t.path).toBe('Tickets/entityInformation/fields');
    const n = target('POST', `${PROXY_PREFIX}tickets/0012/notes`);
    expect([n.path, n.route.entity, n.pathId]).toEqual(['Tickets/12/Notes', 'TicketNotes', 12]);
  });

  it('has no PUT, DELETE only for removing a half-made service call, and writes only where the product needs them', () => {
    expect(ROUTES.filter((r) => r.method === 'PUT')).toEqual([]);
    expect(ROUTES.filter((r) => r.method === 'DELETE').map((r) => r.pattern).sort()).toEqual(
      ['ServiceCallTickets/{id}/Resources/{id}', 'ServiceCalls/{id}', 'ServiceCalls/{id}/Tickets/{id}'],
    );
    expect(ALLOWED_METHODS).toEqual(['GET', 'POST', 'PATCH', 'DELETE']);
    const writes = ROUTES.filter((r) => r.kind === 'write').map((r) => `${r.method} ${r.pattern}`);
    expect(writes.sort()).toEqual([
      'PATCH Appointments', 'PATCH Companies/{id}/Contacts', 'PATCH Tickets',
      'POST Appointments', 'POST Companies/{id}/Contacts', 'POST Companies/{id}/Notes', 'POST Companies/{id}/ToDos',
      'POST Projects/{id}/Notes', 'POST ServiceCallTickets/{id}/Resources', 'POST ServiceCalls', 'POST ServiceCalls/{id}/Tickets',
      'POST Tasks/{id}/Notes', 'POST Tickets', 'POST Tickets/{id}/Attachments', 'POST Tickets/{id}/Notes', 'POST TimeEntries',
      'DELETE ServiceCalls/{id}', 'DELETE ServiceCalls/{id}/Tickets/{id}', 'DELETE ServiceCallTickets/{id}/Resources/{id}',
    ].sort());
  });

  it('marks impersonation exactly for the entities Autotask supports it on', () => {
    for (const rule of ALLOW_LIST) expect([rule.entity, rule.impersonation]).toEqual([rule.entity, IMPERSONATION_SUPPORTED.has(rule.entity)]);
  });

  it('gives the larger body limit to ticket attachments only, and owner checks to the writes Autotask cannot impersonate', () => {
    expect(ROUTES.filter((r) => r.bodyLimit === 'attachments').map((r) => `${r.method} ${r.pattern}`)).toEqual(['POST Tickets/{id}/Attachments']);
    const owned = (by: string) => [...new Set(ROUTES.filter((r) => r.ownedBy === by).map((r) => r.entity))];
    expect(owned('resourceID')).toEqual(['Appointments']);
    expect(owned('serviceCallCreator')).toEqual(['ServiceCallTickets', 'ServiceCallTicketResources']);
    // Every write Autotask cannot impersonate has an owner check.
    expect(ROUTES.filter((r) => r.kind === 'write' && !r.impersonation && !r.ownedBy)).toEqual([]);
  });

  it('treats query POSTs as reads (not audited) and every other POST as a write', () => {
    for (const r of ROUTES.filter((x) => x.method === 'POST')) expect(r.kind).toBe(/\/query(\/count|\/next)?$/.test(r.pattern) ? 'read' : 'write');
  });
});
