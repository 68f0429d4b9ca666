import { totpAt, totpStep } from '../../../src/gateway/auth/totp';
import { RESOURCE } from '../../../src/sandbox';
import { bearer, DAN, GUEST, LENA, OLIVIA, postJson, PRIYA, SAM, send, startClockedStack } from './helpers';

describe('two-factor code sign-in and sessions (real HTTP, gateway clock moved by the test)', () => {
  let env: Awaited<ReturnType<typeof startClockedStack>>;
  const otp = (email: string, code: string) => postJson(`${env.stack.origin}/auth/otp`, { email, code });
  const codeAt = (email: string, stepOffset: number) =>
    totpAt(env.stack.gateway.auth!.enrolments.secretOf(email)!, totpStep(env.clock.now()) + stepOffset);
  const wrongCode = (email: string) => {
    const valid = new Set([-1, 0, 1].map((d) => codeAt(email, d)));
    for (let n = 0; ; n++) {
      const c = String(n).padStart(6, '0');
      if (!valid.has(c)) return c;
    }
  };

  beforeAll(async () => {
    env = await startClockedStack();
  });
  afterAll(() => env.stack.close());
  beforeEach(() => env.clock.advance(61_000)); // a fresh rate-limit minute per test

  it('publishes the enabled methods and the session lifetime', async () => {
    const res = await send(`${env.stack.origin}/api/config`);
    expect(res.body.signIn).toEqual({
      methods: ['otp', 'microsoft', 'kaseyaone'],
      sessionHours: 8,
      microsoft: { clientId: env.stack.idp.entraClientId, authority: env.stack.idp.entraIssuer.replace(/\/v2\.0$/, ''), scopes: [expect.stringMatching(/^api:\/\/localhost:\d+\/.+\/access_as_user$/)] },
    });
  });

  it('signs in with email + code, answers a session bound to the resource, and never twice with one code', async () => {
    const code = env.stack.otpFor(SAM);
    const res = await otp(SAM.toUpperCase(), code.replace(/(\d{3})/, '$1 '));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      session: { token: expect.stringMatching(/^[\w-]{43}$/), expiresAt: expect.any(String), method: 'otp', resource: { id: RESOURCE.samRivera, name: 'Sam Rivera', email: SAM } },
    });
    expect(Date.parse(res.body.session.expiresAt) - env.clock.now()).toBeGreaterThan(8 * 3600_000 - 5000);
    const again = await otp(SAM, code);
    expect(again.status).toBe(401);
    expect(again.body).toEqual({ error: 'invalid_code', error_description: expect.stringContaining('Check the code in your authenticator app and try again') });
    const session = await send(`${env.stack.origin}/auth/session`, { headers: bearer(res.body.session.token) });
    expect(session.status).toBe(200);
    expect(session.body).toEqual({ session: { expiresAt: res.body.session.expiresAt, method: 'otp', resource: res.body.session.resource } });
    // The store holds a hash of the token, never the token.
    expect(JSON.stringify(env.stack.gatewayStore.sessions.find(res.body.session.token) ?? null)).toBe('null');
  });

  it('accepts the previous and next step (±1) and refuses codes two steps away', async () => {
    expect((await otp(PRIYA, codeAt(PRIYA, -2))).status).toBe(401);
    expect((await otp(PRIYA, codeAt(PRIYA, -1))).status).toBe(200);
    expect((await otp(PRIYA, codeAt(PRIYA, 2))).status).toBe(401);
    expect((await otp(PRIYA, codeAt(PRIYA, 1))).status).toBe(200);
    // Once step +1 was used, the current step's code is older: refused.
    expect((await otp(PRIYA, codeAt(PRIYA, 0))).status).toBe(401);
  });

  it('refuses unknown and inactive users, and addresses with no code enrolled', async () => {
    const inactive = await otp(OLIVIA, env.stack.otpFor(OLIVIA));
    expect(inactive.status).toBe(403);
    expect(inactive.body).toMatchObject({ error: 'unknown_user', error_description: expect.stringContaining('not active') });
    const unknown = await otp(GUEST, env.stack.otpFor(GUEST));
    expect(unknown.body).toMatchObject({ error: 'unknown_user', error_description: expect.stringContaining('No Autotask resource') });
    const notEnrolled = await otp('nobody@harborline-it.com', '123456');
    expect(notEnrolled.status).toBe(403);
    expect(notEnrolled.body.error).toBe('unknown_user');
  });

  it.each([
    [{ email: SAM }, 'code'],
    [{ email: 'not an email', code: '123456' }, 'email'],
    [{ email: SAM, code: '12345' }, 'code'],
    [{ email: SAM, code: 'abcdef' }, 'code'],
  ])('validates the body: %j', async (body, field) => {
    const res = await postJson(`${env.stack.origin}/auth/otp`, body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'invalid_request', error_description: expect.stringContaining(field) });
  });

  it('locks a user after 5 wrong codes, with a back-off that doubles', async () => {
    for (let i = 0; i < 4; i++) expect((await otp(DAN, wrongCode(DAN))).status).toBe(401);
    const locked = await otp(DAN, wrongCode(DAN));
    expect(locked.status).toBe(423);
    expect(locked.headers['retry-after']).toBe('30');
    expect(locked.body).toEqual({ error: 'locked', error_description: 'Too many attempts: wait 30 seconds before you try again.', retry_after: 30 });
    // Even the right code is refused while locked.
    expect((await otp(DAN, env.stack.otpFor(DAN))).status).toBe(423);
    env.clock.advance(31_000);
    for (let i = 0; i < 4; i++) expect((await otp(DAN, wrongCode(DAN))).status).toBe(401);
    const again = await otp(DAN, wrongCode(DAN));
    expect(again.body).toMatchObject({ error: 'locked', retry_after: 60 });
    env.clock.advance(61_000);
    expect((await otp(DAN, env.stack.otpFor(DAN))).status).toBe(200);
  });

  it('locks a client address after 20 failures across users', async () => {
    env.clock.advance(16 * 60_000); // earlier tests' failures from this address are forgotten
    for (let i = 0; i < 19; i++) {
      const res = await otp(`probe${i}@harborline-it.com`, '000000');
      expect(res.status).toBe(403);
    }
    expect((await otp('probe19@harborline-it.com', '000000')).status).toBe(423);
    const lena = await otp(LENA, env.stack.otpFor(LENA));
    expect(lena.status).toBe(423);
    expect(lena.body.error_description).toMatch(/^Too many attempts: wait \d+ seconds/);
    env.clock.advance(31_000);
    expect((await otp(LENA, env.stack.otpFor(LENA))).status).toBe(200);
  });

  it('rate-limits sign-in requests per address', async () => {
    const answers = [];
    for (let i = 0; i < 31; i++) answers.push((await postJson(`${env.stack.origin}/auth/otp`, {})).status);
    expect(answers.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(answers[30]).toBe(429);
  });

  it('ends sessions at expiry and at sign-out', async () => {
    const a = (await otp(SAM, env.stack.otpFor(SAM))).body.session.token as string;
    env.clock.advance(8 * 3600_000 + 1000);
    const expired = await send(`${env.stack.origin}/auth/session`, { headers: bearer(a) });
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ error: 'invalid_session', error_description: 'Your session has ended. Sign in again.' });
    env.clock.advance(-(8 * 3600_000 + 1000) + 31_000); // back, to the next code step
    const b = (await otp(SAM, env.stack.otpFor(SAM))).body.session.token as string;
    const out = await send(`${env.stack.origin}/auth/signout`, { method: 'POST', headers: bearer(b) });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({}); // no identity provider session to end for a code sign-in
    expect((await send(`${env.stack.origin}/auth/session`, { headers: bearer(b) })).status).toBe(401);
    expect((await send(`${env.stack.origin}/auth/session`)).status).toBe(401);
    expect((await send(`${env.stack.origin}/auth/session`, { headers: { authorization: 'Bearer x' } })).status).toBe(401);
  });
});
