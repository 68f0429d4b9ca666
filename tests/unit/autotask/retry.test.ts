import {
  AutotaskConnectionError, AutotaskInvalidQueryError, AutotaskValidationError, backoffDelay, createAutotaskError, DEFAULT_RETRY, shouldRetry,
  type AutotaskError, type RequestKind,
} from '../../../src/autotask';

const conn = (mayHaveReachedServer: boolean, reason: AutotaskConnectionError['reason'] = 'reset') =>
  new AutotaskConnectionError('x', { mayHaveReachedServer, reason });
const status = (s: number, body?: unknown) => createAutotaskError({ status: s, body });
const thread = status(429, { errors: ['thread threshold of 3 threads has been exceeded'] });
const threadOn500 = status(500, { errors: ['The thread threshold of 3 threads has been exceeded'] });

describe('shouldRetry: one pure predicate', () => {
  const table: Array<[string, AutotaskError, RequestKind, boolean]> = [
    ['thread limit, read', thread, 'read', true],
    ['thread limit, write', thread, 'write', true],
    ['thread limit text on a 500, write', threadOn500, 'write', true],
    ['429 rate limit, write', status(429), 'write', true],
    ['dropped socket, read', conn(true), 'read', true],
    ['dropped socket, write (may have been committed)', conn(true), 'write', false],
    ['timeout, write', conn(true, 'timeout'), 'write', false],
    ['refused connection, write (never sent)', conn(false, 'refused'), 'write', true],
    ['aborted by caller, read', conn(true, 'aborted'), 'read', false],
    ['503, read', status(503), 'read', true],
    ['503, write (ambiguous)', status(503), 'write', false],
    ['500 unhandled, read', status(500, { Message: 'An error has occurred.' }), 'read', true],
    ['500 validation, read', status(500, { errors: ['Value cannot be null'] }), 'read', false],
    ['500 validation, write', status(500, { errors: ['duplicate'] }), 'write', false],
    ['401', status(401), 'read', false],
    ['403', status(403), 'write', false],
    ['404', status(404), 'read', false],
    ['405', status(405), 'read', false],
    ['invalid query', new AutotaskInvalidQueryError('x'), 'read', false],
  ];
  it.each(table)('%s → %s', (_n, error, kind, expected) => {
    expect(shouldRetry(error, kind, 0).retry).toBe(expected);
  });

  it('stops after maxRetries', () => {
    expect(shouldRetry(thread, 'write', DEFAULT_RETRY.maxRetries - 1).retry).toBe(true);
    expect(shouldRetry(thread, 'write', DEFAULT_RETRY.maxRetries).retry).toBe(false);
  });

  it('does not wait for a Retry-After longer than allowed', () => {
    const e = createAutotaskError({ status: 429, body: undefined, headers: { 'retry-after': '3600' } });
    expect(shouldRetry(e, 'read', 0)).toMatchObject({ retry: false });
  });

  it('is pure: same inputs, same answer, nothing mutated', () => {
    const e = new AutotaskValidationError('x', { status: 500, errors: ['a'] });
    const before = JSON.stringify(e);
    expect(shouldRetry(e, 'read', 1)).toEqual(shouldRetry(e, 'read', 1));
    expect(JSON.stringify(e)).toBe(before);
  });
});

describe('backoffDelay: exponential, full jitter, capped, Retry-After wins', () => {
  const opts = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
  it('scales the ceiling by 2^attempt and jitters over [0, ceiling)', () => {
    expect(backoffDelay(0, undefined, opts, () => 0.999)).toBe(99);
    expect(backoffDelay(3, undefined, opts, () => 0.5)).toBe(400);
    expect(backoffDelay(3, undefined, opts, () => 0)).toBe(0);
  });
  it('never exceeds the cap', () => {
    expect(backoffDelay(20, undefined, opts, () => 0.999)).toBeLessThan(1000);
  });
  it('honours Retry-After (capped by maxRetryAfterMs)', () => {
    const e = createAutotaskError({ status: 429, body: undefined, headers: { 'retry-after': '2' } });
    expect(backoffDelay(0, e, opts, () => 0)).toBe(2000);
    expect(backoffDelay(0, e, { ...opts, maxRetryAfterMs: 500 }, () => 0)).toBe(500);
  });
});
