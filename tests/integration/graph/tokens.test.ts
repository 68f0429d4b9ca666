/**
 * Graph tokens end to end without Outlook: the development identity provider (a real
 * oidc-provider) issues RS256 access tokens for Graph; the Graph stand-in verifies signature,
 * issuer, audience, expiry and scopes; the add-in's GraphTokenProvider gets one from the dev token
 * endpoint when nested app authentication is not there, and keeps it until near expiry.
 */
import { generateKeyPair, SignJWT } from 'jose';
import { startDevIdp, type DevIdp } from '../../../src/dev-idp/index';
import { startSandbox, type Sandbox } from '../../../src/sandbox/index';
import { createGraphClient, GraphAuthenticationError, GraphPermissionError } from '../../../src/graph/index';
import { createGraphTokenProvider } from '../../../src/addin/auth/graph-token';

let sb: Sandbox;
let idp: DevIdp;
const SAM = 'sam.rivera@harborline-it.com';

beforeAll(async () => {
  sb = await startSandbox();
  idp = await startDevIdp({ gatewayOrigin: 'https://localhost:3999' });
  sb.graph.control.setTokenPolicy({ issuers: [idp.entra.issuer], jwks: idp.entra.jwks });
}, 60_000); // oidc-provider loads and RSA keys are generated once
afterAll(async () => { await idp?.close(); await sb?.close(); });

const me = (token: string) => createGraphClient({ baseUrl: sb.graph.baseUrl, getToken: async () => token, maxRetries: 0 }).contactFolders.findOrCreate('Autotask');

it('accepts the identity provider\'s Graph token for Sam', async () => {
  await expect(me(await idp.graphToken(SAM))).resolves.toMatchObject({ displayName: 'Autotask' });
});

it('refuses a token signed by another key, for another audience, from another issuer, or expired (401), and one without the scope (403)', async () => {
  const claims = { iss: idp.entra.issuer, aud: 'https://graph.microsoft.com', scp: 'Contacts.ReadWrite', preferred_username: SAM };
  const { privateKey } = await generateKeyPair('RS256');
  const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: idp.entra.jwks.keys[0]!.kid! }).setExpirationTime('1h').sign(privateKey);
  const cases = {
    forged,
    wrongAudience: await idp.graphToken(SAM, { audience: 'api://localhost/other' }),
    foreignIssuer: await idp.sign('entra', { ...claims, iss: idp.entra.foreignIssuer, exp: Math.floor(Date.now() / 1000) + 600 }),
    expired: await idp.graphToken(SAM, { expiresInSeconds: -600 }),
  };
  for (const [name, token] of Object.entries(cases)) {
    const error = await me(token).catch((e: unknown) => e);
    expect([name, error]).toEqual([name, expect.any(GraphAuthenticationError)]);
    expect((error as GraphAuthenticationError).graphCode).toBe('InvalidAuthenticationToken');
  }
  const expired = await me(cases.expired).catch((e: Error) => e.message);
  expect(expired).toMatch(/expired/);
  const calendarOnly = await me(await idp.graphToken(SAM, { scopes: ['Calendars.ReadWrite'] })).catch((e: unknown) => e);
  expect(calendarOnly).toBeInstanceOf(GraphPermissionError);
});

it('GraphTokenProvider: without NAA, the dev token endpoint gives the Outlook user\'s token; it is reused until near expiry', async () => {
  let posts = 0;
  const countingFetch: typeof fetch = (input, init) => { posts += 1; return fetch(input, init); };
  const office = { isSetSupported: async () => false, getUserProfile: async () => ({ emailAddress: SAM, displayName: 'Sam Rivera', timeZone: 'UTC', accountType: 'enterprise' }) };
  const provider = createGraphTokenProvider({
    graph: { baseUrl: sb.graph.baseUrl, scopes: ['Calendars.ReadWrite', 'Contacts.ReadWrite', 'MailboxSettings.ReadWrite'], devTokenUrl: idp.entra.graphTokenUrl },
    office: office as never, fetch: countingFetch,
  });
  const client = createGraphClient({ baseUrl: sb.graph.baseUrl, getToken: () => provider.getToken() });
  await client.categories.ensure();
  await client.contactFolders.findOrCreate('Autotask');
  expect(posts).toBe(1);
  expect(sb.graph.control.list('category').some((c) => c.displayName === 'Autotask')).toBe(true);
});

it('GraphTokenProvider: with NAA, asks MSAL for the Graph scopes with the Outlook user as hint; no NAA and no dev endpoint is a clear error', async () => {
  const asked: unknown[] = [];
  const office = { isSetSupported: async () => true, getUserProfile: async () => ({ emailAddress: SAM }) };
  const provider = createGraphTokenProvider({
    graph: { baseUrl: 'https://graph.microsoft.com/v1.0/', scopes: ['Contacts.ReadWrite'] },
    microsoft: { clientId: 'app', authority: 'https://login.microsoftonline.com/tid', scopes: ['api://x/access_as_user'] },
    office: office as never,
    acquire: async (request) => { asked.push(request); return 'naa-token'; },
  });
  await expect(provider.getToken()).resolves.toBe('naa-token');
  expect(asked).toEqual([{ config: { clientId: 'app', authority: 'https://login.microsoftonline.com/tid', scopes: ['Contacts.ReadWrite'] }, loginHint: SAM, interactive: true }]);
  const none = createGraphTokenProvider({ graph: { baseUrl: 'https://graph.microsoft.com/v1.0/', scopes: ['Contacts.ReadWrite'] }, office: { isSetSupported: async () => false, getUserProfile: async () => ({ emailAddress: SAM }) } as never });
  await expect(none.getToken()).rejects.toMatchObject({ code: 'GRAPH_TOKEN_UNAVAILABLE' });
});
