/**
 * A fake of the gateway's HTTP contract (docs/gateway-api.md) as a `fetch` for pane tests:
 * /api/config, /auth/otp, /auth/microsoft, /auth/session, /auth/signout, /healthz and the
 * Autotask proxy's GET Resources/{id}. jsdom has no fetch/Response, so answers are small
 * Response look-alikes. Every request is recorded with its headers and body.
 */
import type { FetchLike } from '../../../../src/addin/auth/gateway-client';
import type { Session, SignInMethod } from '../../../../src/addin/auth/session';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export function fakeResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const make = (): Response =>
    ({
      status,
      ok: status >= 200 && status < 300,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? contentType : null) },
      json: async () => JSON.parse(text),
      text: async () => text,
      clone: () => make(),
    }) as unknown as Response;
  return make();
}

export const RESOURCE = { id: 29682885, name: 'Sam Rivera', email: 'sam.rivera@harborline-it.com' };
export const VALID_CODE = '123456';

export interface FakeGatewayOptions {
  methods?: SignInMethod[];
  /** Session lifetime from "now" (ms). Default 8 h. */
  sessionMs?: number;
  now?: () => number;
  microsoft?: boolean;
}

export function createFakeGateway(options: FakeGatewayOptions = {}) {
  const now = options.now ?? Date.now;
  const requests: RecordedRequest[] = [];
  const live = new Set<string>();
  let seq = 0;
  /** Queue answers for the next requests to a path (status, body), e.g. a lockout. */
  const queued = new Map<string, { status: number; body: unknown; contentType?: string }[]>();
  /** When set, every request fails as fetch does offline. */
  let offline = false;

  const issue = (method: SignInMethod): Session => {
    const token = `tok_${String(++seq).padStart(24, '0')}`;
    live.add(token);
    return { token, expiresAt: new Date(now() + (options.sessionMs ?? 8 * 3600_000)).toISOString(), method, resource: { ...RESOURCE } };
  };

  const fetch = jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>(async (url, init = {}) => {
    const headers = { ...(init.headers as Record<string, string> | undefined) };
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const method = init.method ?? 'GET';
    requests.push({ method, url, headers, body });
    if (offline) throw new TypeError('Failed to fetch');
    const path = url.replace(/^https?:\/\/[^/]+/, '');
    const next = queued.get(path)?.shift();
    if (next) return fakeResponse(next.status, next.body, next.contentType);
    const token = /^Bearer (\S+)$/.exec(headers.Authorization ?? '')?.[1];
    const ended = fakeResponse(401, { error: 'invalid_session', error_description: 'Your session has ended. Sign in again.' });
    if (path === '/healthz') return fakeResponse(200, { ok: true });
    if (path === '/api/config') {
      return fakeResponse(200, {
        productName: 'Autotask for Outlook',
        signIn: {
          methods: options.methods ?? ['otp'],
          sessionHours: 8,
          ...(options.microsoft ? { microsoft: { clientId: 'client', authority: 'https://login.example/tenant', scopes: ['api://x/client/access_as_user'] } } : {}),
        },
      });
    }
    if (path === '/auth/otp' && method === 'POST') {
      if ((body as { code?: string }).code !== VALID_CODE) {
        return fakeResponse(401, { error: 'invalid_code', error_description: 'The code is wrong, was already used or has expired. Check the code in your authenticator app and try again.' });
      }
      return fakeResponse(200, { session: issue('otp') });
    }
    if (path === '/auth/microsoft' && method === 'POST') return fakeResponse(200, { session: issue('microsoft') });
    if (path === '/auth/session') {
      if (!token || !live.has(token)) return ended;
      const { token: _t, ...view } = issue('otp');
      live.delete(_t);
      return fakeResponse(200, { session: view });
    }
    if (path === '/auth/signout' && method === 'POST') {
      if (token) live.delete(token);
      return fakeResponse(200, {});
    }
    const resource = /^\/api\/autotask\/v1\.0\/Resources\/(\d+)$/.exec(path);
    if (resource) {
      if (!token || !live.has(token)) return ended;
      return fakeResponse(200, { item: { id: Number(resource[1]), firstName: 'Sam', lastName: 'Rivera' } });
    }
    return fakeResponse(404, { error: 'not_found', error_description: `Nothing at ${path}` });
  });

  return {
    fetch,
    requests,
    /** Revokes every session, as a sign-out elsewhere or an expiry on the server would. */
    revokeAll: () => live.clear(),
    isLive: (token: string) => live.has(token),
    issue,
    queue: (path: string, status: number, body: unknown, contentType?: string) => {
      const list = queued.get(path) ?? [];
      list.push({ status, body, ...(contentType ? { contentType } : {}) });
      queued.set(path, list);
    },
    setOffline: (value: boolean) => {
      offline = value;
    },
  };
}

export type FakeGateway = ReturnType<typeof createFakeGateway>;
