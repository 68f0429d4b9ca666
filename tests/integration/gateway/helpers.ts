/**
 * Real HTTP for the sign-in tests: the dev stack (gateway over HTTPS with its self-signed
 * certificate, the sandbox, the development identity provider) with a clock the test moves,
 * a cookie jar, and helpers that drive the identity provider's login form like a browser.
 */
import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { FastifyBaseLogger } from 'fastify';
import { startDevStack, type DevStack } from '../../../scripts/lib/dev-stack';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers asserted field by field
  body: any;
  location?: string;
}

/** Cookies per host:port (enough for the identity provider's interaction cookies). */
export class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();
  header(url: URL): string | undefined {
    const jar = this.jars.get(url.host);
    return jar && jar.size > 0 ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : undefined;
  }
  store(url: URL, setCookie: string[] | string | undefined): void {
    const list = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [setCookie];
    const jar = this.jars.get(url.host) ?? new Map<string, string>();
    for (const c of list) {
      const [pair, ...attrs] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const expired = attrs.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now());
      if (expired) jar.delete(name);
      else jar.set(name, pair!.slice(eq + 1).trim());
    }
    this.jars.set(url.host, jar);
  }
}

export function send(url: string, o: { method?: string; headers?: Record<string, string>; body?: string; jar?: CookieJar } = {}): Promise<Answer> {
  const u = new URL(url);
  const headers: Record<string, string> = { ...o.headers };
  const cookie = o.jar?.header(u);
  if (cookie) headers.cookie = cookie;
  if (o.body !== undefined) headers['content-length'] = String(Buffer.byteLength(o.body));
  const req = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const r = req(u, { method: o.method ?? 'GET', headers, rejectUnauthorized: false, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        o.jar?.store(u, res.headers['set-cookie']);
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
        const location = res.headers.location ? new URL(res.headers.location, u).href : undefined;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body, ...(location ? { location } : {}) });
      });
    });
    r.on('error', reject);
    r.end(o.body);
  });
}

export const postJson = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A pino-compatible logger that keeps what the gateway logs (to check why a sign-in was refused). */
export function captureLogger() {
  const lines: Record<string, unknown>[] = [];
  const at = (level: string) => (obj: unknown, msg?: string) => void lines.push({ level, msg, ...(typeof obj === 'object' ? obj : { text: obj }) });
  const logger = {
    level: 'info', info: at('info'), warn: at('warn'), error: at('error'), fatal: at('fatal'), debug: at('debug'), trace: at('trace'), silent: () => undefined,
    child: () => logger,
  };
  return { logger: logger as unknown as FastifyBaseLogger, lines };
}

/** A stack whose gateway clock the test moves (`clock.advance(ms)`, `clock.reset()`) and whose log it reads. */
export async function startClockedStack() {
  let offset = 0;
  const clock = { now: () => Date.now() + offset, advance: (ms: number) => void (offset += ms), reset: () => void (offset = 0) };
  const log = captureLogger();
  const stack = await startDevStack({ port: 0, now: clock.now, gatewayLogger: log.logger });
  /** The detail of the last refused sign-in (never shown to the client). */
  const lastRefusal = () => [...log.lines].reverse().find((l) => l.msg === 'sign-in refused')?.detail as string | undefined;
  return { stack, clock, log: log.lines, lastRefusal };
}

/**
 * Follows redirects like a browser from `url` through the identity provider's login form,
 * signing in as `email`, and stops at the first redirect back to the gateway (not followed).
 * `tamper` may rewrite the authorization URL before the identity provider sees it.
 */
export async function loginAtIdp(url: string, gatewayOrigin: string, email: string, o: { password?: string; tamper?: (authUrl: URL) => void; jar?: CookieJar } = {}): Promise<string> {
  const jar = o.jar ?? new CookieJar();
  let next = url;
  let tampered = !o.tamper;
  for (let hop = 0; hop < 15; hop++) {
    if (next.startsWith(gatewayOrigin) && hop > 0) return next;
    if (!tampered && !next.startsWith(gatewayOrigin)) {
      const u = new URL(next);
      o.tamper!(u);
      next = u.href;
      tampered = true;
    }
    const res = await send(next, { jar });
    if (res.location) {
      next = res.location;
      continue;
    }
    const action = /<form method="post" action="([^"]+)"/.exec(res.text)?.[1];
    if (res.status !== 200 || !action) throw new Error(`Stuck at ${next}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
    const form = new URLSearchParams({ username: email, password: o.password ?? 'demo' }).toString();
    const posted = await send(new URL(action.replace(/&amp;/g, '&'), next).href, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form, jar,
    });
    if (!posted.location) throw new Error(`Login refused: HTTP ${posted.status}`);
    next = posted.location;
  }
  throw new Error('Too many redirects');
}

/** The dialog payload a callback page passes to the task pane. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payload asserted field by field
export function dialogPayload(html: string): any {
  const m = /<script type="application\/json" id="payload">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error(`No payload in: ${html.slice(0, 200)}`);
  return JSON.parse(m[1]!);
}

/** An Entra stand-in ID token obtained like a public client would (authorization code + PKCE). */
export async function entraIdToken(stack: DevStack, email: string, issuer = stack.idp.entraIssuer): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const auth = new URL(`${issuer}/auth`);
  const redirectUri = `${stack.origin}/auth/microsoft/callback`;
  auth.search = new URLSearchParams({
    client_id: stack.idp.entraClientId, response_type: 'code', scope: 'openid profile email', redirect_uri: redirectUri,
    state: randomBytes(8).toString('hex'), nonce: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256',
  }).toString();
  const back = new URL(await loginAtIdp(auth.href, stack.origin, email));
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`No code in ${back.href}`);
  const res = await send(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier, client_id: stack.idp.entraClientId }).toString(),
  });
  if (res.status !== 200) throw new Error(`Token endpoint: ${res.status} ${res.text}`);
  return res.body.id_token as string;
}

export const SAM = 'sam.rivera@harborline-it.com';
export const PRIYA = 'priya.natarajan@harborline-it.com';
export const DAN = 'dan.okafor@harborline-it.com';
export const LENA = 'lena.hart@harborline-it.com';
export const OLIVIA = 'olivia.brandt@harborline-it.com';
export const GUEST = 'guest@harborline-it.com';
