import { ProxyError } from '../../../src/gateway/proxy/proxy-errors';
import { commandOf, refusedBodyField, refusedHeader } from '../../../src/gateway/proxy/request-checks';
import { browserAnswer, createScrubber, toProxyUrl } from '../../../src/gateway/proxy/response';

const SECRET = 'Sup3r"Secret\\Value';
const scrub = createScrubber([SECRET, '20262026', 'api@harborline-it.com', 'abc']);
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => browserAnswer({ status, headers, body }, scrub);

describe("Autotask's answer → what the browser sees", () => {
  it('rewrites nextPageUrl and prevPageUrl to the proxy, whatever the zone host and casing', () => {
    const res = answer(200, {
      items: [{ id: 1 }],
      pageDetails: {
        count: 1, requestCount: 1,
        nextPageUrl: 'https://webservices3.autotask.net/ATServicesRest/V1.0/Contacts/query/next?paging=%7B%22a%22%3A1%7D&search=%7B%7D',
        prevPageUrl: 'https://webservices3.autotask.net/atservicesrest/v1.0/Contacts/query/prev?paging=x',
      },
    });
    expect(res).not.toBeInstanceOf(ProxyError);
    const body = JSON.parse((res as { text: string }).text);
    expect(body.pageDetails).toEqual({
      count: 1, requestCount: 1,
      nextPageUrl: '/api/autotask/v1.0/Contacts/query/next?paging=%7B%22a%22%3A1%7D&search=%7B%7D',
      prevPageUrl: '/api/autotask/v1.0/Contacts/query/prev?paging=x',
    });
    expect((res as { text: string }).text).not.toMatch(/autotask\.net/);
  });

  it('drops a page URL that does not point at the REST API', () => {
    expect(toProxyUrl('https://evil.example/steal?x=1')).toBeNull();
    expect(answer(200, { items: [], pageDetails: { nextPageUrl: 'https://evil.example/x', prevPageUrl: null } })).toMatchObject({ text: '{"items":[],"pageDetails":{"nextPageUrl":null,"prevPageUrl":null}}' });
  });

  it('passes error statuses and bodies through, with zone URLs in messages pointed at the proxy', () => {
    const res = answer(404, { Message: "No HTTP resource was found that matches the request URI 'https://webservices3.autotask.net/atservicesrest/v1.0/Foo'." });
    expect(res).toEqual({ status: 404, text: JSON.stringify({ Message: "No HTTP resource was found that matches the request URI '/api/autotask/v1.0/Foo'." }) });
    expect(answer(500, { errors: ['x'] })).toEqual({ status: 500, text: '{"errors":["x"]}' });
    expect(answer(405, 'Not Found: GET /x')).toEqual({ status: 405, text: '{"errors":["Not Found: GET /x"]}' });
    expect(answer(502, '<html>proxy error</html>')).toEqual({ status: 502, text: '{"errors":["Autotask answered HTTP 502."]}' });
  });

  it('keeps a sane Retry-After and nothing else from the upstream headers', () => {
    expect(answer(429, { errors: ['thread threshold of 3 threads has been exceeded'] }, { 'retry-after': '5', 'set-cookie': 'a=b' })).toMatchObject({ status: 429, retryAfter: '5' });
    expect(answer(429, {}, { 'retry-after': '5\r\nX-Evil: 1' })).not.toHaveProperty('retryAfter');
  });

  it("turns Autotask's 401 (the API user refused) into the gateway's 502, never a session error", () => {
    expect(answer(401, {})).toMatchObject({ code: 'autotask_credentials_rejected', statusCode: 502 });
    expect(answer(302, {})).toMatchObject({ code: 'autotask_bad_response' });
    expect(answer(200, 'not json')).toMatchObject({ code: 'autotask_bad_response' });
  });

  it('scrubs credentials inside strings and keys (raw or JSON-escaped) without breaking the JSON', () => {
    const res = answer(500, { errors: [`bad header Secret: ${SECRET}`, 'user api@harborline-it.com'], n: 20262026, [`k${SECRET}`]: 'abc' });
    const text = (res as { text: string }).text;
    expect(text).not.toContain(JSON.stringify(SECRET).slice(1, -1));
    expect(text).not.toContain('api@harborline-it.com');
    expect(JSON.parse(text)).toEqual({ errors: ['bad header Secret: [REDACTED]', 'user [REDACTED]'], n: 20262026, 'k[REDACTED]': 'abc' });
  });
});

describe('header and body rules', () => {
  it('refuses client impersonation, client credentials and method overrides', () => {
    expect(refusedHeader({ impersonationresourceid: '1' })).toMatchObject({ code: 'impersonation_refused', statusCode: 400 });
    for (const h of ['apiintegrationcode', 'username', 'secret']) expect(refusedHeader({ [h]: 'x' })).toMatchObject({ code: 'credentials_refused', statusCode: 400 });
    for (const h of ['x-http-method-override', 'x-http-method', 'x-method-override']) expect(refusedHeader({ [h]: 'DELETE' })).toMatchObject({ code: 'not_allowed', statusCode: 403 });
    expect(refusedHeader({ authorization: 'Bearer t', 'content-type': 'application/json' })).toBeUndefined();
  });

  it('refuses contact attribution in write bodies, in any casing, unless null', () => {
    expect(refusedBodyField({ CreatedByContactID: 5 })).toMatchObject({ code: 'impersonation_refused' });
    expect(refusedBodyField({ attachedByContactId: 5 })).toMatchObject({ code: 'impersonation_refused' });
    expect(refusedBodyField({ createdByContactID: null, description: 'x' })).toBeUndefined();
  });

  it.each([
    ['addTicketNote', 'addTicketNote'], ['createTicket', 'createTicket'], ['AddTicket', null], ['add-ticket', null], ['a', null],
    ['x'.repeat(42), null], ['addTicket\r\nX: 1', null], [undefined, null],
  ])('takes X-Autotask-Command %j as %j', (value, expected) => {
    expect(commandOf(value === undefined ? {} : { 'x-autotask-command': value })).toBe(expected);
  });
});
