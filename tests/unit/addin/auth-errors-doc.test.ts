/** docs/errors.md lists every AuthError code of the add-in, and no code that does not exist. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AUTH_ERROR_CODES, AuthError, dialogFailed, refused } from '../../../src/addin/auth/auth-errors';

const docs = readFileSync(resolve(__dirname, '..', '..', '..', 'docs', 'errors.md'), 'utf8');
const start = docs.indexOf('## Add-in sign-in');
const next = docs.indexOf('\n## ', start + 1);
// The add-in section only: up to the next section heading.
const section = docs.slice(start, next === -1 ? undefined : next);

it('each code has a row in the add-in section, and each row is a code', () => {
  const documented = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
  expect(documented.sort()).toEqual([...AUTH_ERROR_CODES].sort());
});

it('the gateway\'s description is shown verbatim, and invalid_session becomes SESSION_ENDED', () => {
  const e = refused(423, { error: 'locked', error_description: 'Too many attempts: wait 60 seconds before you try again.', retry_after: 60 });
  expect(e).toBeInstanceOf(AuthError);
  expect(e).toMatchObject({ code: 'GATEWAY_REFUSED', gatewayCode: 'locked', status: 423, retryAfter: 60, description: 'Too many attempts: wait 60 seconds before you try again.' });
  expect(refused(401, { error: 'invalid_session', error_description: 'x' }).code).toBe('SESSION_ENDED');
  expect(refused(500, 'not json').description).toMatch(/HTTP 500/);
});

it('every Office dialog code has its own advice', () => {
  const texts = [12004, 12005, 12007, 12009, 12011, 12002].map((officeCode) => dialogFailed({ officeCode }).description);
  expect(new Set(texts).size).toBe(texts.length);
});
