import {
  AutotaskAuthenticationError, AutotaskConnectionError, AutotaskError, AutotaskMethodNotAllowedError, AutotaskNotFoundError, AutotaskPermissionError,
  AutotaskRateLimitedError, AutotaskResponseShapeError, AutotaskServerError, AutotaskThreadLimitedError, AutotaskValidationError, createAutotaskClient, where,
} from '../../../src/autotask';
import { COMPANY, TICKET, type FaultRule } from '../../../src/sandbox';
import { corpus } from '../../unit/autotask/corpus';
import { sandboxClient } from './helpers/sandbox-client';

type Fault = { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> } | { kind: 'drop' };

describe('each error class from a real HTTP answer (sandbox)', () => {
  let env: Awaited<ReturnType<typeof sandboxClient>>;
  beforeAll(async () => {
    env = await sandboxClient({}, { retry: { maxRetries: 0 } });
  });
  afterAll(() => env.close());
  afterEach(() => env.sb.control.clearFaults());

  const table: Array<[string, Fault, new (...a: never[]) => AutotaskError]> = [
    ['401', { kind: 'status', status: 401, body: { Message: 'Authorization has been denied for this request.' } }, AutotaskAuthenticationError],
    ['500 IntegrationCode is invalid.', { kind: 'status', status: 500, body: corpus('error-integrationcode-invalid.json') }, AutotaskAuthenticationError],
    ['403', { kind: 'status', status: 403, body: '' }, AutotaskPermissionError],
    ['404', { kind: 'status', status: 404, body: { Message: 'No HTTP resource was found that matches the request URI' } }, AutotaskNotFoundError],
    ['405 (corpus)', { kind: 'status', status: 405, body: corpus('error-405-method-not-allowed.json') }, AutotaskMethodNotAllowedError],
    ['500 validation (corpus)', { kind: 'status', status: 500, body: corpus('error-duplicate-contactgroup.json') }, AutotaskValidationError],
    ['429 hourly', { kind: 'status', status: 429, body: '' }, AutotaskRateLimitedError],
    ['thread limit on a 500', { kind: 'status', status: 500, body: { errors: ['thread threshold of 3 threads has been exceeded'] } }, AutotaskThreadLimitedError],
    ['503', { kind: 'status', status: 503, body: '<html>maintenance</html>' }, AutotaskServerError],
    ['200 with a wrong envelope', { kind: 'status', status: 200, body: { result: [] } }, AutotaskResponseShapeError],
    ['dropped socket', { kind: 'drop' }, AutotaskConnectionError],
  ];

  it.each(table)('%s', async (_name, fault, cls) => {
    env.sb.control.addFault({ match: { method: 'PATCH', path: /\/Tickets$/i }, ...fault } as FaultRule);
    const err = await env.at.tickets.update({ id: TICKET.fabrikamVpn, title: 'x' }).catch((e) => e);
    expect(err).toBeInstanceOf(cls);
    if (fault.kind === 'status') expect(err.status).toBe(fault.status);
    expect(err.request).toMatchObject({ method: 'PATCH', headers: { Secret: '[REDACTED]', UserName: '[REDACTED]', ApiIntegrationCode: '[REDACTED]' } });
    expect(JSON.stringify(err) + String(err) + err.stack).not.toContain(env.sb.credentials.secret);
  });

  it('real validation errors from the sandbox keep their messages verbatim', async () => {
    const err = await env.at.tickets.create({ companyID: COMPANY.contoso, title: 'No queue', status: 1, priority: 2 }).catch((e) => e);
    expect(err).toBeInstanceOf(AutotaskValidationError);
    expect(err.status).toBe(500);
    expect(err.errors.length).toBeGreaterThan(0);
    expect(err.message).toContain(err.errors[0]);
  });

  it('keeps the Retry-After of a rate-limit refusal', async () => {
    env.sb.control.addFault({ match: { path: /\/Tickets\/\d+$/i }, kind: 'status', status: 429, body: '', headers: { 'Retry-After': '5' } });
    await expect(env.at.tickets.get(TICKET.fabrikamVpn)).rejects.toMatchObject({ code: 'AUTOTASK_RATE_LIMITED', retryAfterMs: 5000 });
  });

  it('a refused connection is a connection error that never reached Autotask', async () => {
    const gone = await sandboxClient();
    await gone.close();
    const err = await createAutotaskClient({ mode: 'direct', credentials: gone.sb.credentials, discoveryUrl: gone.sb.zoneUrl, retry: { maxRetries: 0 } }).tickets.count({ filter: where.all() }).catch((e) => e);
    expect(err).toBeInstanceOf(AutotaskConnectionError);
    expect(err).toMatchObject({ reason: 'refused', mayHaveReachedServer: false });
  });

  it('a timeout is a connection error that may have reached Autotask', async () => {
    env.sb.control.addFault({ match: { method: 'POST', path: /\/Tickets$/i }, times: 1, kind: 'delay', ms: 400 });
    const at = createAutotaskClient({ mode: 'direct', credentials: env.sb.credentials, discoveryUrl: env.sb.zoneUrl, timeoutMs: 100, retry: { maxRetries: 0 } });
    await expect(at.tickets.create({ companyID: COMPANY.contoso, title: 't', status: 1, priority: 1, queueID: 5 })).rejects.toMatchObject({ code: 'AUTOTASK_CONNECTION', reason: 'timeout', mayHaveReachedServer: true });
  });
});
