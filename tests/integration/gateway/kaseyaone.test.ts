import { RESOURCE } from '../../../src/sandbox';
import { bearer, CookieJar, dialogPayload, GUEST, loginAtIdp, OLIVIA, SAM, send, startClockedStack, DAN } from './helpers';

describe('KaseyaOne sign-in (authorization code + PKCE against the development identity provider)', () => {
  let env: Awaited<ReturnType<typeof startClockedStack>>;
  beforeAll(async () => {
    env = await startClockedStack();
  });
  afterAll(() => env.stack.close());
  beforeEach(() => env.clock.advance(61_000)); // a fresh rate-limit minute per test

  const start = (q = '') => `${env.stack.origin}/auth/kaseyaone/start${q}`;

  it('signs in with the primary email, answering the session to the pane through messageParent', async () => {
    const first = await send(start(`?username=${encodeURIComponent(SAM)}`));
    expect(first.status).toBe(302);
    const auth = new URL(first.location!);
    expect(auth.href.startsWith(env.stack.idp.kaseyaIssuer)).toBe(true);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('login_hint')).toBe(SAM);
    for (const p of ['state', 'nonce', 'code_challenge']) expect(auth.searchParams.get(p)).toMatch(/^[\w-]{20,}$/);

    const callback = await loginAtIdp(first.location!, env.stack.origin, SAM);
    expect(callback).toMatch(/\/auth\/kaseyaone\/callback\?/);
    const page = await send(callback);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(page.text).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(page.text).toContain('<script src="/auth/callback.js" defer></script>');
    expect(page.text).not.toMatch(/<script>(?!<)/); // no inline script
    const payload = dialogPayload(page.text);
    expect(payload).toEqual({
      type: 'signed-in',
      session: { token: expect.any(String), expiresAt: expect.any(String), method: 'kaseyaone', resource: { id: RESOURCE.samRivera, name: 'Sam Rivera', email: SAM } },
    });
    const check = await send(`${env.stack.origin}/auth/session`, { headers: bearer(payload.session.token) });
    expect(check.body.session).toMatchObject({ method: 'kaseyaone', resource: { id: RESOURCE.samRivera } });
    const script = await send(`${env.stack.origin}/auth/callback.js`);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.text).toContain('Office.onReady');
    expect(script.text).toContain('Office.context.ui.messageParent(JSON.stringify(payload))');
  });

  it('signs out at the issuer: the answer is the end-session URL with id_token_hint and the post-logout redirect', async () => {
    const jar = new CookieJar(); // the browser of the dialog: it keeps the identity provider's session cookie
    const first = await send(start());
    const page = await send(await loginAtIdp(first.location!, env.stack.origin, DAN, { jar }));
    const { session } = dialogPayload(page.text);
    const out = await send(`${env.stack.origin}/auth/signout`, { method: 'POST', headers: bearer(session.token) });
    expect(out.status).toBe(200);
    const url = new URL(out.body.endSessionUrl);
    expect(url.href.startsWith(`${env.stack.idp.kaseyaIssuer}/session/end`)).toBe(true);
    expect(url.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${env.stack.origin}/auth/kaseyaone/signed-out`);
    const idp = await send(url.href, { jar });
    expect(idp.status).toBe(200); // the issuer accepts the hint and asks to confirm
    expect(idp.text).toContain('Yes, sign me out');
    const form = /<form[^>]*action="([^"]+)"[\s\S]*?name="xsrf" value="([^"]+)"/.exec(idp.text)!;
    const confirmed = await send(form[1]!, {
      method: 'POST', jar, headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf: form[2]!, logout: 'yes' }).toString(),
    });
    expect(confirmed.location).toBe(`${env.stack.origin}/auth/kaseyaone/signed-out`);
    expect((await send(`${env.stack.origin}/auth/session`, { headers: bearer(session.token) })).status).toBe(401);
    const signedOut = await send(`${env.stack.origin}/auth/kaseyaone/signed-out`);
    expect(dialogPayload(signedOut.text)).toEqual({ type: 'signed-out' });
  });

  it('refuses a replayed state', async () => {
    const first = await send(start());
    const callback = await loginAtIdp(first.location!, env.stack.origin, SAM);
    expect(dialogPayload((await send(callback)).text).type).toBe('signed-in');
    const again = await send(callback);
    expect(again.status).toBe(400);
    expect(dialogPayload(again.text)).toEqual({ type: 'error', error: 'invalid_state', error_description: expect.stringContaining('sign in again') });
  });

  it('refuses a callback with an unknown or missing state', async () => {
    const res = await send(`${env.stack.origin}/auth/kaseyaone/callback?code=abc&state=not-a-state`);
    expect(dialogPayload(res.text).error).toBe('invalid_state');
    expect(dialogPayload((await send(`${env.stack.origin}/auth/kaseyaone/callback`)).text).error).toBe('invalid_state');
  });

  it('refuses an ID token whose nonce is not the one of the sign-in', async () => {
    const first = await send(start());
    const callback = await loginAtIdp(first.location!, env.stack.origin, SAM, { tamper: (u) => u.searchParams.set('nonce', 'another-nonce-chosen-by-an-attacker') });
    const res = await send(callback);
    expect(res.status).toBe(401);
    expect(dialogPayload(res.text)).toMatchObject({ type: 'error', error: 'invalid_token' });
  });

  it('refuses an email with no Autotask resource, and an inactive resource', async () => {
    for (const [email, text] of [[GUEST, 'No Autotask resource'], [OLIVIA, 'not active']] as const) {
      const first = await send(start());
      const res = await send(await loginAtIdp(first.location!, env.stack.origin, email));
      expect(res.status).toBe(403);
      expect(dialogPayload(res.text)).toMatchObject({ type: 'error', error: 'unknown_user', error_description: expect.stringContaining(text) });
    }
  });

  it('reports a cancelled sign-in at the identity provider', async () => {
    const first = await send(start());
    const state = new URL(first.location!).searchParams.get('state')!;
    const res = await send(`${env.stack.origin}/auth/kaseyaone/callback?error=access_denied&state=${state}`);
    expect(res.status).toBe(400);
    expect(dialogPayload(res.text)).toMatchObject({ type: 'error', error: 'access_denied', error_description: expect.stringContaining('cancelled') });
  });

  it('keeps the workbench flag through the identity provider (development only)', async () => {
    const first = await send(start('?_host=workbench'));
    expect(first.location).not.toContain('_host'); // carried in the pending state, not the URL
    const page = await send(await loginAtIdp(first.location!, env.stack.origin, SAM));
    expect(page.text).toContain('/workbench/office-emulator.js');
    expect(page.text).not.toContain('appsforoffice.microsoft.com/lib');
    const plain = await send(await loginAtIdp((await send(start())).location!, env.stack.origin, SAM));
    expect(plain.text).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('refuses a bad start request with an error page', async () => {
    const res = await send(start('?username=not-an-email'));
    expect(res.status).toBe(400);
    expect(dialogPayload(res.text)).toMatchObject({ type: 'error', error: 'invalid_request' });
  });
});
