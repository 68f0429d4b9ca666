import { inspect } from 'node:util';
import {
  AutotaskAuthenticationError, AutotaskConnectionError, AutotaskError, AutotaskMethodNotAllowedError, AutotaskNotFoundError,
  AutotaskPermissionError, AutotaskRateLimitedError, AutotaskServerError, AutotaskThreadLimitedError, AutotaskValidationError,
  createAutotaskError, REDACTED,
} from '../../../src/autotask';
import { redactRequest, redactUrl } from '../../../src/autotask/redact';
import { toConnectionError } from '../../../src/autotask/transport';
import { corpus } from './corpus';

const SECRET = 'Sup3r-Secret-Value';
const USER = 'api.user@harborline-it.com';
const CODE = 'ZX9-INTEGRATION-CODE';
const request = redactRequest({
  method: 'post',
  url: `https://webservices3.autotask.net/atservicesrest/v1.0/zoneInformation?user=${encodeURIComponent(USER)}`,
  headers: { Secret: SECRET, UserName: USER, ApiIntegrationCode: CODE, 'X-Session-Token': 'sess-123456', 'X-Gateway-Sid': 'sid-abcdef', Accept: 'application/json' },
}, ['X-Gateway-Sid']);

describe('createAutotaskError: one factory, every documented body', () => {
  it.each([
    ['corpus zone-not-determined (500)', 500, corpus('error-zone-not-determined.json'), AutotaskAuthenticationError, 'AUTOTASK_AUTHENTICATION'],
    ['corpus IntegrationCode invalid (500)', 500, corpus('error-integrationcode-invalid.json'), AutotaskAuthenticationError, 'AUTOTASK_AUTHENTICATION'],
    ['corpus duplicate ContactGroup (500)', 500, corpus('error-duplicate-contactgroup.json'), AutotaskValidationError, 'AUTOTASK_VALIDATION'],
    ['corpus 405 {"Message"}', 405, corpus('error-405-method-not-allowed.json'), AutotaskMethodNotAllowedError, 'AUTOTASK_METHOD_NOT_ALLOWED'],
    ['401 without a body', 401, undefined, AutotaskAuthenticationError, 'AUTOTASK_AUTHENTICATION'],
    ['403', 403, undefined, AutotaskPermissionError, 'AUTOTASK_PERMISSION'],
    ['adequate permissions text on 500', 500, { errors: ['The logged in Resource does not have the adequate permissions to update this entity type.'] }, AutotaskPermissionError, 'AUTOTASK_PERMISSION'],
    ['404', 404, { Message: 'Not Found' }, AutotaskNotFoundError, 'AUTOTASK_NOT_FOUND'],
    ['429 hourly threshold', 429, undefined, AutotaskRateLimitedError, 'AUTOTASK_RATE_LIMITED'],
    ['thread threshold on 429', 429, { errors: ['thread threshold of 3 threads has been exceeded'] }, AutotaskThreadLimitedError, 'AUTOTASK_THREAD_LIMITED'],
    ['thread threshold on 500', 500, { errors: ['Internal error: The thread threshold of 3 threads has been exceeded. (Itgenatr005)'] }, AutotaskThreadLimitedError, 'AUTOTASK_THREAD_LIMITED'],
    ['thread threshold as plain text on a 400', 400, 'thread threshold exceeded for endpoint', AutotaskThreadLimitedError, 'AUTOTASK_THREAD_LIMITED'],
    ['request threshold text on 500', 500, { errors: ['Request rejected: exceeded external request threshold'] }, AutotaskRateLimitedError, 'AUTOTASK_RATE_LIMITED'],
    ['500 {message} objects', 500, { errors: [{ message: 'Unable to find projectID in the TimeEntry Entity', field: 'projectID' }] }, AutotaskValidationError, 'AUTOTASK_VALIDATION'],
    ['500 without errors[] (unhandled)', 500, { Message: 'An error has occurred.' }, AutotaskServerError, 'AUTOTASK_SERVER'],
    ['502 HTML', 502, '<html>Bad gateway</html>', AutotaskServerError, 'AUTOTASK_SERVER'],
    ['400 malformed', 400, undefined, AutotaskValidationError, 'AUTOTASK_VALIDATION'],
    ['302 redirect (never followed)', 302, undefined, AutotaskServerError, 'AUTOTASK_SERVER'],
  ])('%s', (_name, status, body, cls, code) => {
    const e = createAutotaskError({ status, body, request });
    expect(e).toBeInstanceOf(cls);
    expect(e).toBeInstanceOf(AutotaskError);
    expect(e.code).toBe(code);
    expect(e.status).toBe(status);
  });

  it('keeps several Autotask messages verbatim, in order', () => {
    const msgs = ['String value exceeds maximum length (field:description). ', 'Error updating entity for record number [1].'];
    const e = createAutotaskError({ status: 500, body: { errors: msgs } });
    expect(e.errors).toEqual(msgs);
    expect(e.message).toContain(msgs[0]);
    expect(e.message).toContain(msgs[1]);
  });

  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(createAutotaskError({ status: 429, body: undefined, headers: { 'retry-after': '7' } }).retryAfterMs).toBe(7000);
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    const e = createAutotaskError({ status: 429, body: undefined, headers: { 'retry-after': new Date(now + 30_000).toUTCString() }, now });
    expect(e.retryAfterMs).toBe(30_000);
  });
});

describe('redaction: credentials never leave in an error', () => {
  const everyForm = (e: unknown) => [String(e), (e as Error).message, JSON.stringify(e), inspect(e, { depth: 10 }), (e as Error).stack ?? ''].join('\n');
  const leaks = (text: string) => [SECRET, USER, CODE, 'sess-123456', 'sid-abcdef', encodeURIComponent(USER)].filter((s) => text.includes(s));

  it('redacts the credential headers, session headers and the user query parameter', () => {
    expect(request.headers).toEqual({ Secret: REDACTED, UserName: REDACTED, ApiIntegrationCode: REDACTED, 'X-Session-Token': REDACTED, 'X-Gateway-Sid': REDACTED, Accept: 'application/json' });
    expect(request.url).toBe(`https://webservices3.autotask.net/atservicesrest/v1.0/zoneInformation?user=${REDACTED}`);
    expect(redactUrl('https://h/x/query?search=%7B%7D&User=bob')).toBe(`https://h/x/query?search=%7B%7D&User=${REDACTED}`);
  });

  it.each([401, 403, 404, 405, 429, 500, 503])('status %i: no credential in message, toString, JSON, inspect or stack', (status) => {
    const e = createAutotaskError({ status, body: { errors: [`echo ${SECRET}`] }, request, secrets: [SECRET, USER, CODE] });
    expect(leaks(everyForm(e))).toEqual([]);
  });

  it('a connection error built from an axios-like error keeps no headers', () => {
    const axiosLike = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET', config: { headers: { Secret: SECRET, UserName: USER } } });
    const e = toConnectionError(axiosLike, request);
    expect(e).toBeInstanceOf(AutotaskConnectionError);
    expect(e.mayHaveReachedServer).toBe(true);
    expect(leaks(everyForm(e))).toEqual([]);
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({ code: 'AUTOTASK_CONNECTION', reason: 'reset', mayHaveReachedServer: true });
  });

  it('classifies connection failures conservatively', () => {
    const of = (code: string, message = code) => toConnectionError(Object.assign(new Error(message), { code }), request);
    expect(of('ECONNREFUSED').mayHaveReachedServer).toBe(false);
    expect(of('ENOTFOUND').mayHaveReachedServer).toBe(false);
    expect(of('ECONNABORTED', 'timeout of 10ms exceeded')).toMatchObject({ reason: 'timeout', mayHaveReachedServer: true });
    expect(of('ERR_NETWORK', 'Network Error')).toMatchObject({ reason: 'network', mayHaveReachedServer: true });
    expect(of('ERR_CANCELED', 'canceled')).toMatchObject({ reason: 'aborted' });
  });
});
