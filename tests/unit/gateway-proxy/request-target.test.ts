import { isRefusal, parseTarget, PROXY_PREFIX } from '../../../src/gateway/proxy/request-target';

const P = PROXY_PREFIX;
const SEARCH = encodeURIComponent(JSON.stringify({ filter: [{ op: 'eq', field: 'id', value: 1 }] }));

function refused(method: string, url: string): string {
  const t = parseTarget(method, url);
  if (!isRefusal(t)) throw new Error(`${method} ${url} was accepted as ${t.route.method} ${t.path}`);
  return t.refused;
}

describe('parseTarget: request target → allow-listed route', () => {
  it.each([
    ['DELETE', `${P}Tickets/1`, /not on the allow-list/],
    ['POST', `${P}Resources`, /not on the allow-list/],
    ['PATCH', `${P}Companies`, /not on the allow-list/],
    ['PUT', `${P}Tickets`, /not on the allow-list/],
    ['GET', `${P}ThresholdInformation`, /not on the allow-list/],
    ['GET', `${P}zoneInformation?user=x`, /not on the allow-list/],
    ['GET', `${P}Opportunities/1`, /not on the allow-list/],
    ['POST', `${P}Opportunities/query`, /not on the allow-list/],
    ['POST', `${P}TicketNotes`, /not on the allow-list/],
    ['GET', `${P}Tickets/1/Notes`, /not on the allow-list/],
    ['GET', `${P}Tickets/1/Attachments/2`, /not on the allow-list/],
    ['DELETE', `${P}Companies/1/Contacts/2`, /not on the allow-list/],
    ['HEAD', `${P}Tickets/1`, /not on the allow-list/],
    ['OPTIONS', `${P}Tickets/1`, /not on the allow-list/],
    ['GET', `${P}Contacts/query/prev?paging=x`, /not on the allow-list/],
    ['GET', `${P}Tickets/1234567890123456`, /not on the allow-list/],
    ['GET', `${P}Tickets/-1`, /character/],
    ['GET', `${P}../../etc/passwd`, /dot segment/],
    ['GET', `${P}Tickets/../Resources/1`, /dot segment/],
    ['GET', `${P}Tickets/./1`, /dot segment/],
    ['GET', `${P}Tickets%2f..%2fResources`, /percent/],
    ['GET', `${P}Tickets%2F1`, /percent/],
    ['GET', `${P}Tickets/%2e%2e/Resources/1`, /percent/],
    ['GET', `${P}Tickets/%252e%252e/Resources/1`, /percent/],
    ['GET', `${P}%54ickets/1`, /percent/],
    ['GET', `${P}Tickets%5c1`, /percent/],
    ['GET', `${P}Tickets\\1`, /backslash/],
    ['GET', `${P}Tickets/1%00`, /percent/],
    ['GET', `${P}Tickets/1\0`, /NUL/],
    ['GET', `${P}/evil.example/x`, /empty segment/],
    ['GET', `${P}Tickets//1`, /empty segment/],
    ['GET', `${P}https://evil/`, /empty segment|character/],
    ['GET', `${P}`, /empty path/],
    ['GET', `${P}Tickets;x=1/1`, /character/],
    ['GET', `${P}Tickets/1#frag`, /fragment/],
    ['GET', '//evil.example/x', /not under/],
    ['GET', 'https://evil/api/autotask/v1.0/Tickets/1', /not under/],
    ['GET', '/api/autotask/Tickets/1', /not under/],
    ['GET', '/api/autotask/v1%2e0/Tickets/1', /not under/],
    ['GET', `${P}Tickets/1?foo=bar`, /"foo" is not allowed/],
    ['GET', `${P}Tickets/1?search=${SEARCH}`, /"search" is not allowed/],
    ['GET', `${P}Tickets/query?search=${SEARCH}&search=${SEARCH}`, /repeated/],
    ['GET', `${P}Tickets/query?search=${SEARCH}&_method=DELETE`, /"_method" is not allowed/],
    ['GET', `${P}Tickets/query?search=not-json`, /JSON query object/],
    ['GET', `${P}Tickets/query?search=%5B1%5D`, /JSON query object/],
    ['GET', `${P}Tickets/query?search=%E0%A4%A`, /badly encoded/],
    ['GET', `${P}Tickets/query?search=`, /empty/],
    ['POST', `${P}Tickets/query?search=${SEARCH}`, /not allowed/],
    ['POST', `${P}Contacts/query/next`, /paging/],
    ['POST', `${P}Contacts/query/next?paging=x&search=${SEARCH}`, /"search" is not allowed/],
    ['GET', `${P}Contacts/query/next?paging=%0Ax`, /control character/],
  ])('refuses %s %s', (method, url, reason) => {
    expect(refused(method, url)).toMatch(reason);
  });

  it('accepts and re-encodes the query parameters, paging first', () => {
    const t = parseTarget('GET', `${P}contacts/query/next?SEARCH=${SEARCH}&paging=%7B%22pageSize%22%3A500%7D`);
    expect(isRefusal(t)).toBe(false);
    if (isRefusal(t)) return;
    expect(t.path).toBe('Contacts/query/next');
    expect(t.query).toBe(`paging=${encodeURIComponent('{"pageSize":500}')}&search=${SEARCH}`);
  });

  it("reads '+' as a space, as Autotask's query-string parser does, and re-encodes it", () => {
    const t = parseTarget('GET', `${P}Tickets/query?search=${encodeURIComponent('{"filter":[{"op":"eq","field":"title","value":"a')}+b%22%7D%5D%7D`);
    if (isRefusal(t)) throw new Error(t.refused);
    expect(decodeURIComponent(t.query!.slice('search='.length))).toBe('{"filter":[{"op":"eq","field":"title","value":"a b"}]}');
  });

  it('normalises ids and drops one trailing slash', () => {
    const t = parseTarget('GET', `${P}Tickets/000123/`);
    if (isRefusal(t)) throw new Error(t.refused);
    expect([t.path, t.query, t.pathId]).toEqual(['Tickets/123', undefined, 123]);
  });
});
