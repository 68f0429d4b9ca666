/**
 * The development identity provider: a real OpenID Connect provider (oidc-provider) on loopback
 * http that stands in for Microsoft Entra ID (issuer `/entra/<tenantId>/v2.0`, a `tid` claim; a
 * second, foreign tenant shares the signing keys as Entra's tenants do) and for KaseyaOne
 * (issuer `/kaseyaone`). Demo users match the sandbox's resources; the password is "demo".
 * Never used in production.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import type { KoaLikeContext, Provider } from 'oidc-provider';
import { memoryAdapter } from './memory-adapter';
import { loginPage, logoutPage, messagePage } from './pages';
import { DEMO_USERS, findDemoUser, type DemoUser } from './users';

export interface DevIdpOptions {
  /** Default 0 (a free port). */
  port?: number;
  host?: '127.0.0.1';
  /** Serve HTTPS as `https://localhost:<port>` with this certificate (the dev stack does, so the
   *  browser sees the IdP on the same site as the gateway). Default: http on 127.0.0.1. */
  tls?: { key: string; cert: string };
  /** The gateway origin whose callback and signed-out URLs the clients accept (e.g. https://localhost:3000). */
  gatewayOrigin: string;
  /** Entra tenant ID (the allowed one). Default a fixed GUID. */
  entraTenantId?: string;
  /** A second Entra tenant, not on the gateway's allow-list (tests). Default a fixed GUID. */
  foreignTenantId?: string;
  /** Entra application (client) ID. Default a fixed GUID. */
  entraClientId?: string;
  /** KaseyaOne client. Defaults: `autotask-outlook-dev` and a random secret. */
  kaseyaClientId?: string;
  kaseyaClientSecret?: string;
}

export interface DevIdp {
  /** `https://localhost:<port>` (with `tls`) or `http://127.0.0.1:<port>` */
  origin: string;
  entra: {
    authorityHost: string; tenantId: string; foreignTenantId: string; clientId: string; issuer: string; foreignIssuer: string;
    /** The public signing keys (what `<issuer>/jwks` serves): the Graph stand-in trusts these. */
    jwks: { keys: JWK[] };
    /** Development only: POST `{ login_hint, scope }` → a Graph access token for a demo user
     *  (what nested app authentication gives the add-in in real Outlook). CORS for the gateway origin. */
    graphTokenUrl: string;
  };
  kaseyaone: { issuer: string; clientId: string; clientSecret: string };
  users: readonly DemoUser[];
  /** Tests only: signs a JWT with the provider's own private key (RS256, its kid). */
  sign(which: 'entra' | 'kaseyaone', payload: JWTPayload): Promise<string>;
  /** A Microsoft Graph access token for a demo user, as Entra ID issues it (RS256, aud Graph, `scp`). */
  graphToken(email: string, options?: GraphTokenOptions): Promise<string>;
  close(): Promise<void>;
}

export interface GraphTokenOptions {
  /** Default Calendars.ReadWrite Contacts.ReadWrite MailboxSettings.ReadWrite. */
  scopes?: string[];
  /** Default `https://graph.microsoft.com`. */
  audience?: string;
  /** Default 3600. Negative: already expired (tests). */
  expiresInSeconds?: number;
}

export const DEV_GRAPH_SCOPES = ['Calendars.ReadWrite', 'Contacts.ReadWrite', 'MailboxSettings.ReadWrite'];

export const DEV_ENTRA_TENANT_ID = '6f2b9c1e-4d3a-4b8e-9a71-2c5d8e0f1a3b';
export const DEV_FOREIGN_TENANT_ID = '0d9e8f7a-1b2c-4d3e-8f90-a1b2c3d4e5f6';
export const DEV_ENTRA_CLIENT_ID = '3c7e1a92-5b4f-4e2d-a8c6-9f0b1d2e3a4c';
export const DEV_KASEYA_CLIENT_ID = 'autotask-outlook-dev';

const subjectOf = (salt: string, email: string) => createHash('sha256').update(`${salt}:${email}`).digest('base64url').slice(0, 32);

async function signingKey() {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' };
  return { privateKey, jwk };
}

interface Mount {
  prefix: string;
  name: string;
  provider: Provider;
  callback: (req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * oidc-provider 9 prints "Unsupported runtime" on Node 20 at import; it works there (the tests
 * run on Node 20), so that one notice is dropped. Loaded lazily: production never imports it.
 */
async function loadProvider(): Promise<typeof Provider> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('Unsupported runtime')) warn(...args);
  };
  try {
    return (await import('oidc-provider')).Provider;
  } finally {
    console.warn = warn;
  }
}

export async function startDevIdp(opts: DevIdpOptions): Promise<DevIdp> {
  const Provider = await loadProvider();
  const host = opts.host ?? '127.0.0.1';
  const server = opts.tls ? createHttpsServer({ key: opts.tls.key, cert: opts.tls.cert }) : createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = opts.tls ? `https://localhost:${port}` : `http://${host}:${port}`;
  const tenantId = opts.entraTenantId ?? DEV_ENTRA_TENANT_ID;
  const foreignTenantId = opts.foreignTenantId ?? DEV_FOREIGN_TENANT_ID;
  const entraClientId = opts.entraClientId ?? DEV_ENTRA_CLIENT_ID;
  const kaseyaClientId = opts.kaseyaClientId ?? DEV_KASEYA_CLIENT_ID;
  const kaseyaClientSecret = opts.kaseyaClientSecret ?? randomBytes(24).toString('base64url');
  const entraKey = await signingKey();
  const kaseyaKey = await signingKey();
  const gw = opts.gatewayOrigin.replace(/\/+$/, '');

  const sign = async (which: 'entra' | 'kaseyaone', payload: JWTPayload) => {
    const k = which === 'entra' ? entraKey : kaseyaKey;
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: k.jwk.kid, typ: 'JWT' }).sign(k.privateKey);
  };

  const mounts: Mount[] = [];
  const addProvider = (prefix: string, name: string, key: { jwk: object }, client: Record<string, unknown>, claims: (u: DemoUser) => Record<string, unknown>, claimScopes: Record<string, string[]>) => {
    const accounts = new Map(DEMO_USERS.map((u) => [subjectOf(prefix, u.email), u]));
    const provider = new Provider(`${origin}${prefix}`, {
      clients: [client],
      jwks: { keys: [key.jwk] },
      adapter: memoryAdapter(),
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      claims: claimScopes,
      conformIdTokenClaims: false,
      scopes: ['openid', 'email', 'profile', 'offline_access'],
      features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource } },
      interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `${prefix}/interaction/${interaction.uid}` },
      ttl: { AuthorizationCode: 60, IdToken: 3600, AccessToken: 3600, Interaction: 3600, Session: 8 * 3600, Grant: 8 * 3600 },
      findAccount: (_ctx: unknown, id: string) => {
        const u = accounts.get(id);
        return u ? { accountId: id, claims: () => ({ sub: id, ...claims(u) }) } : undefined;
      },
      // First-party development clients: no consent screen (the grant covers what was asked).
      loadExistingGrant: async (ctx: KoaLikeContext) => {
        const o = ctx.oidc;
        const clientId = o.client!.clientId;
        const grantId = o.result?.consent?.grantId ?? o.session?.grantIdFor(clientId);
        if (grantId) {
          const found = await o.provider.Grant.find(grantId);
          if (found) return found;
        }
        if (!o.session?.accountId) return undefined;
        const grant = new o.provider.Grant({ clientId, accountId: o.session.accountId });
        grant.addOIDCScope(String(o.params?.scope ?? 'openid'));
        await grant.save();
        return grant;
      },
      renderError: async (ctx: KoaLikeContext, out: { error?: string; error_description?: string }) => {
        ctx.type = 'html';
        ctx.body = messagePage('Sign-in error', `${out.error ?? 'error'}: ${out.error_description ?? ''}`, name);
      },
    });
    async function logoutSource(ctx: KoaLikeContext, form: string) {
      ctx.body = logoutPage(ctx.host, form, name);
    }
    async function postLogoutSuccessSource(ctx: KoaLikeContext) {
      ctx.body = messagePage('Signed out', 'You are signed out. You can close this window.', name);
    }
    mounts.push({ prefix, name, provider, callback: provider.callback() });
  };

  const entraClient = {
    client_id: entraClientId,
    token_endpoint_auth_method: 'none',
    redirect_uris: [`${gw}/auth/microsoft/callback`],
    response_types: ['code'],
    grant_types: ['authorization_code'],
  };
  const entraClaims = (tid: string) => (u: DemoUser) => ({ tid, oid: subjectOf(`oid:${tid}`, u.email), name: u.name, preferred_username: u.email, ver: '2.0' });
  const entraScopes = { openid: ['sub', 'tid', 'oid', 'ver'], profile: ['name', 'preferred_username'] };
  addProvider(`/entra/${tenantId}/v2.0`, 'Microsoft Entra ID', entraKey, entraClient, entraClaims(tenantId), entraScopes);
  addProvider(`/entra/${foreignTenantId}/v2.0`, 'Microsoft Entra ID (another tenant)', entraKey, entraClient, entraClaims(foreignTenantId), entraScopes);
  addProvider('/kaseyaone', 'KaseyaOne', kaseyaKey, {
    client_id: kaseyaClientId,
    client_secret: kaseyaClientSecret,
    token_endpoint_auth_method: 'client_secret_post',
    redirect_uris: [`${gw}/auth/kaseyaone/callback`],
    post_logout_redirect_uris: [`${gw}/auth/kaseyaone/signed-out`],
    response_types: ['code'],
    grant_types: ['authorization_code'],
  }, (u) => ({ email: u.email, email_verified: true, name: u.name }), { email: ['email', 'email_verified'], profile: ['name'] });

  const entraIssuer = `${origin}/entra/${tenantId}/v2.0`;
  const graphTokenPath = `/entra/${tenantId}/v2.0/dev/graph-token`;
  const graphToken = async (email: string, o: GraphTokenOptions = {}) => {
    const u = findDemoUser(email);
    if (!u) throw new Error(`${email} is not a demo user`);
    const now = Math.floor(Date.now() / 1000);
    const exp = now + (o.expiresInSeconds ?? 3600);
    return sign('entra', {
      iss: entraIssuer, aud: o.audience ?? 'https://graph.microsoft.com', sub: subjectOf(`graph:${tenantId}`, u.email),
      tid: tenantId, oid: subjectOf(`oid:${tenantId}`, u.email), appid: entraClientId, name: u.name, upn: u.email, preferred_username: u.email,
      scp: (o.scopes ?? DEV_GRAPH_SCOPES).join(' '), iat: Math.min(now, exp - 1), nbf: Math.min(now, exp - 1), exp, ver: '1.0',
    });
  };

  server.on('request', (req: IncomingMessage & { originalUrl?: string }, res) => {
    const url = req.url ?? '/';
    if (url.split('?')[0] === graphTokenPath) {
      devGraphToken(req, res, gw, graphToken).catch(() => res.writeHead(500).end());
      return;
    }
    const m = mounts.find((x) => url === x.prefix || url.startsWith(`${x.prefix}/`) || url.startsWith(`${x.prefix}?`));
    if (!m) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found. Issuers live under /entra/<tenant>/v2.0 and /kaseyaone.');
      return;
    }
    const rest = url.slice(m.prefix.length) || '/';
    if (rest.startsWith('/interaction/')) {
      interaction(m, req, res, rest).catch((err: Error) => {
        if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
        res.end(messagePage('Sign-in error', `${err.message} Start the sign-in again.`, m.name));
      });
      return;
    }
    req.originalUrl = url;
    req.url = rest;
    m.callback(req, res);
  });


  return {
    origin,
    entra: {
      authorityHost: `${origin}/entra`,
      tenantId,
      foreignTenantId,
      clientId: entraClientId,
      issuer: entraIssuer,
      foreignIssuer: `${origin}/entra/${foreignTenantId}/v2.0`,
      jwks: { keys: [publicJwk(entraKey.jwk)] },
      graphTokenUrl: `${origin}${graphTokenPath}`,
    },
    kaseyaone: { issuer: `${origin}/kaseyaone`, clientId: kaseyaClientId, clientSecret: kaseyaClientSecret },
    users: DEMO_USERS,
    sign,
    graphToken,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

const publicJwk = (jwk: JWK): JWK => {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = jwk;
  return pub;
};

/**
 * Development only: what nested app authentication does for the add-in in real Outlook (a Graph
 * token for the signed-in user, silently), for hosts without NAA (the workbench). JSON or form
 * body `{ login_hint, scope? }`; demo users only; CORS for the gateway origin.
 */
async function devGraphToken(req: IncomingMessage, res: ServerResponse, gatewayOrigin: string, issue: (email: string, o: GraphTokenOptions) => Promise<string>): Promise<void> {
  const cors = { 'access-control-allow-origin': gatewayOrigin, 'access-control-allow-headers': 'content-type', 'access-control-allow-methods': 'POST', vary: 'Origin', 'cache-control': 'no-store' };
  const json = (status: number, body: unknown) => void res.writeHead(status, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(body));
  if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
  if (req.method !== 'POST') return json(405, { error: 'invalid_request', error_description: 'POST only.' });
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 10_000) return json(413, { error: 'invalid_request', error_description: 'Too large.' });
  }
  let params: Record<string, unknown>;
  try {
    params = String(req.headers['content-type'] ?? '').includes('json') ? JSON.parse(text) as Record<string, unknown> : Object.fromEntries(new URLSearchParams(text));
  } catch {
    return json(400, { error: 'invalid_request', error_description: 'The body is not JSON.' });
  }
  const email = typeof params.login_hint === 'string' ? params.login_hint : '';
  if (!findDemoUser(email)) return json(400, { error: 'invalid_grant', error_description: 'login_hint is not a demo user of the development identity provider.' });
  const requested = typeof params.scope === 'string' ? params.scope.split(' ').map((x) => x.replace(/^https:\/\/graph\.microsoft\.com\//i, '')).filter((x) => DEV_GRAPH_SCOPES.includes(x)) : [];
  const scopes = requested.length ? requested : DEV_GRAPH_SCOPES;
  return json(200, { token_type: 'Bearer', access_token: await issue(email, { scopes }), expires_in: 3600, scope: scopes.join(' ') });
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 10_000) throw new Error('The form is too large.');
  }
  return new URLSearchParams(body);
}

const passwordMatches = (a: string, b: string) => {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
};

async function interaction(m: Mount, req: IncomingMessage, res: ServerResponse, rest: string): Promise<void> {
  const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(rest.split('?')[0]!);
  if (!match) throw new Error('Unknown sign-in step.');
  const details = await m.provider.interactionDetails(req, res);
  if (details.uid !== match[1]) throw new Error('This sign-in step has expired.');
  const action = `${m.prefix}/interaction/${details.uid}/login`;
  const html = (status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" });
    res.end(body);
  };
  const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : undefined;
  if (req.method === 'GET') {
    if (details.prompt.name !== 'login') {
      await m.provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
      return;
    }
    html(200, loginPage({ action, providerName: m.name, ...(hint ? { loginHint: hint } : {}), users: DEMO_USERS }));
    return;
  }
  if (req.method === 'POST' && match[2]) {
    const form = await readForm(req);
    const username = form.get('username') ?? '';
    const user = findDemoUser(username);
    if (!user || !passwordMatches(user.password, form.get('password') ?? '')) {
      html(401, loginPage({ action, providerName: m.name, loginHint: username, error: 'The email address or password is wrong. Check them and try again.', users: DEMO_USERS }));
      return;
    }
    await m.provider.interactionFinished(req, res, { login: { accountId: subjectOf(m.prefix, user.email) } }, { mergeWithLastSubmission: false });
    return;
  }
  throw new Error('Unsupported sign-in step.');
}
