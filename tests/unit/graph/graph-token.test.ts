/** The add-in's Graph token provider: config parsing, the development endpoint, reuse until five minutes before expiry, errors. */
import { createGraphTokenProvider, parseGraphConfig, tokenExpiry } from '../../../src/addin/auth/graph-token';

const jwt = (exp: number) => `h.${Buffer.from(JSON.stringify({ exp })).toString('base64url')}.s`;
const office = { isSetSupported: async () => false, getUserProfile: async () => ({ emailAddress: 'sam.rivera@harborline-it.com' }) } as never;

describe('parseGraphConfig', () => {
  it('takes the gateway\'s graph part and falls back to real Graph and the three scopes', () => {
    expect(parseGraphConfig({ graph: { baseUrl: 'http://127.0.0.1:9/graph/v1.0/', scopes: ['Contacts.ReadWrite'], devTokenUrl: 'https://localhost:1/dev' } }))
      .toEqual({ baseUrl: 'http://127.0.0.1:9/graph/v1.0/', scopes: ['Contacts.ReadWrite'], devTokenUrl: 'https://localhost:1/dev' });
    expect(parseGraphConfig({ graph: { baseUrl: 'javascript:alert(1)', scopes: [3] } })).toEqual({
      baseUrl: 'https://graph.microsoft.com/v1.0/', scopes: ['Calendars.ReadWrite', 'Contacts.ReadWrite', 'MailboxSettings.ReadWrite'],
    });
    expect(parseGraphConfig(null).baseUrl).toBe('https://graph.microsoft.com/v1.0/');
  });
});

describe('createGraphTokenProvider', () => {
  it('reuses a token until five minutes before it expires, then asks again (once for concurrent callers)', async () => {
    let now = 1_000_000_000_000;
    const bodies: unknown[] = [];
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify({ access_token: jwt(now / 1000 + 3600) }), { status: 200 });
    }) as unknown as typeof fetch;
    const p = createGraphTokenProvider({ graph: { baseUrl: 'x', scopes: ['Contacts.ReadWrite'], devTokenUrl: 'https://idp/dev' }, office, fetch: fakeFetch, now: () => now });
    const [a, b] = await Promise.all([p.getToken(), p.getToken()]);
    expect(a).toBe(b);
    expect(bodies).toEqual([{ login_hint: 'sam.rivera@harborline-it.com', scope: 'Contacts.ReadWrite' }]);
    now += 54 * 60_000;
    expect(await p.getToken()).toBe(a);
    now += 2 * 60_000;
    expect(await p.getToken()).not.toBe(a);
    expect(bodies).toHaveLength(2);
  });

  it('surfaces the endpoint\'s refusal and MSAL\'s cancellation as GraphTokenError codes', async () => {
    const refusing = (async () => new Response(JSON.stringify({ error: 'invalid_grant', error_description: 'login_hint is not a demo user' }), { status: 400 })) as unknown as typeof fetch;
    await expect(createGraphTokenProvider({ graph: { baseUrl: 'x', scopes: ['a'], devTokenUrl: 'https://idp/dev' }, office, fetch: refusing }).getToken())
      .rejects.toMatchObject({ code: 'GRAPH_TOKEN_FAILED', message: 'login_hint is not a demo user' });
    const { MicrosoftTokenError } = await import('../../../src/addin/auth/microsoft-naa');
    const naa = { isSetSupported: async () => true, getUserProfile: async () => ({ emailAddress: 'x@y' }) } as never;
    const cancelled = createGraphTokenProvider({
      graph: { baseUrl: 'x', scopes: ['a'] }, microsoft: { clientId: 'c', authority: 'https://a/t', scopes: [] }, office: naa,
      acquire: async () => { throw new MicrosoftTokenError('closed', { cancelled: true }); },
    });
    await expect(cancelled.getToken()).rejects.toMatchObject({ code: 'GRAPH_TOKEN_CANCELLED' });
  });

  it('tokenExpiry reads exp without verifying; garbage is undefined', () => {
    expect(tokenExpiry(jwt(1234))).toBe(1_234_000);
    expect(tokenExpiry('not-a-jwt')).toBeUndefined();
  });
});
