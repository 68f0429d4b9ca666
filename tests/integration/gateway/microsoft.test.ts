import { SignJWT } from 'jose';
import { RESOURCE } from '../../../src/sandbox';
import { dialogPayload, entraIdToken, GUEST, loginAtIdp, OLIVIA, postJson, SAM, send, startClockedStack } from './helpers';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('Microsoft sign-in (tokens checked against the Entra ID stand-in)', () => {
  let env: Awaited<ReturnType<typeof startClockedStack>>;
  let samToken: string;
  const signIn = (token: string) => postJson(`${env.stack.origin}/auth/microsoft`, { token });
  /** Claims of a valid token for Sam, minted with the identity provider's own key. */
  const claims = (over: Record<string, unknown> = {}) => {
    const now = Math.floor(env.clock.now() / 1000);
    return {
      iss: env.stack.idp.entraIssuer, aud: env.stack.idp.entraClientId, tid: env.stack.idp.entraTenantId, sub: 'sam-subject',
      preferred_username: SAM, iat: now, nbf: now, exp: now + 3600, ver: '2.0', ...over,
    };
  };
  /** Refused with 401 invalid_token, for the reason given (the log's detail; the client sees advice only). */
  const expectRefused = async (token: string, reason: RegExp) => {
    const res = await signIn(token);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'invalid_token', error_description: expect.stringContaining('Sign in again') });
    expect(env.lastRefusal()).toMatch(reason);
  };

  beforeAll(async () => {
    env = await startClockedStack();
    samToken = await entraIdToken(env.stack, SAM);
  });
  afterAll(() => env.stack.close());
  beforeEach(() => env.clock.advance(1000));

  it('accepts a token from the allowed tenant and maps preferred_username to the resource', async () => {
    const res = await signIn(samToken);
    expect(res.status).toBe(200);
    expect(res.body.session).toMatchObject({ method: 'microsoft', resource: { id: RESOURCE.samRivera, name: 'Sam Rivera', email: SAM } });
    // A minted token with the same rules passes too: the refusals below differ from it in one point each.
    expect((await signIn(await env.stack.idp.sign('entra', claims()))).status).toBe(200);
  });

  it('refuses a forged signature', async () => {
    const [h, , s] = samToken.split('.');
    const payload = JSON.parse(Buffer.from(samToken.split('.')[1]!, 'base64url').toString());
    await expectRefused(`${h}.${b64({ ...payload, preferred_username: 'lena.hart@harborline-it.com' })}.${s}`, /signature verification failed/);
  });

  it('refuses alg none and HS256 tokens', async () => {
    await expectRefused(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`, /alg none is not accepted/);
    const kid = JSON.parse(Buffer.from(samToken.split('.')[0]!, 'base64url').toString()).kid;
    const hs = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid }).sign(new TextEncoder().encode(env.stack.idp.entraClientId.padEnd(32, 'x')));
    await expectRefused(hs, /alg HS256 is not accepted/);
  });

  it('refuses a token signed by another issuer\'s key', async () => {
    await expectRefused(await env.stack.idp.sign('kaseyaone', claims()), /ERR_JWKS_NO_MATCHING_KEY/);
  });

  it('refuses a wrong issuer, even for an allowed tenant', async () => {
    await expectRefused(await env.stack.idp.sign('entra', claims({ iss: `https://login.microsoftonline.com/${env.stack.idp.entraTenantId}/v2.0` })), /"iss" claim/);
    await expectRefused(await env.stack.idp.sign('entra', claims({ iss: env.stack.idp.foreignEntraIssuer })), /"iss" claim/);
  });

  it('refuses a wrong audience', async () => {
    await expectRefused(await env.stack.idp.sign('entra', claims({ aud: '00000003-0000-0000-c000-000000000000' })), /"aud" claim/);
  });

  it('refuses an expired token', async () => {
    await expectRefused(await env.stack.idp.sign('entra', claims({ iat: 1_700_000_000, nbf: 1_700_000_000, exp: 1_700_003_600 })), /ERR_JWT_EXPIRED/);
    env.clock.advance(2 * 3600_000);
    try {
      await expectRefused(samToken, /ERR_JWT_EXPIRED/);
    } finally {
      env.clock.reset();
    }
  });

  it('refuses a token from a tenant that is not on the allow-list', async () => {
    const foreign = await entraIdToken(env.stack, SAM, env.stack.idp.foreignEntraIssuer);
    await expectRefused(foreign, /tenant .* is not on the allow-list/);
    await expectRefused(await env.stack.idp.sign('entra', claims({ tid: env.stack.idp.entraTenantId.replace(/^./, '0') })), /not on the allow-list/);
  });

  it('refuses users with no active Autotask resource', async () => {
    const unknown = await signIn(await entraIdToken(env.stack, GUEST));
    expect(unknown.status).toBe(403);
    expect(unknown.body.error).toBe('unknown_user');
    const inactive = await signIn(await entraIdToken(env.stack, OLIVIA));
    expect(inactive.body).toMatchObject({ error: 'unknown_user', error_description: expect.stringContaining('not active') });
  });

  it('validates the body', async () => {
    const res = await postJson(`${env.stack.origin}/auth/microsoft`, { token: 42 });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
  });

  it('runs the Office-dialog fallback (authorization code + PKCE) and answers the pane through messageParent', async () => {
    const first = await send(`${env.stack.origin}/auth/microsoft/start?_host=workbench`);
    expect(first.status).toBe(302);
    const auth = new URL(first.location!);
    expect(auth.href.startsWith(`${env.stack.idp.entraIssuer}/auth`)).toBe(true);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    const page = await send(await loginAtIdp(first.location!, env.stack.origin, SAM));
    expect(page.status).toBe(200);
    expect(dialogPayload(page.text)).toMatchObject({ type: 'signed-in', session: { method: 'microsoft', resource: { id: RESOURCE.samRivera } } });
    expect(page.text).toContain('/workbench/office-emulator.js');
  });
});
