/**
 * The pane's calls to the gateway's sign-in routes (docs/gateway-api.md): same origin, JSON, the
 * session as `Authorization: Bearer`. Every failure becomes an AuthError; a missing answer also
 * tells the connectivity monitor, so the pane pauses its Autotask actions.
 */
import { isNetworkFailure, isUnreachableStatus, type Connectivity } from '../connectivity/connectivity';
import { badAnswer, refused, unreachable } from './auth-errors';
import { parseSession, parseSessionInfo, parseSignInConfig, type Session, type SessionInfo, type SignInConfig } from './session';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface GatewayClientOptions {
  fetch: FetchLike;
  connectivity: Connectivity;
  /** Default 15 s: a sign-in answer takes a round trip to Autotask. */
  timeoutMs?: number;
}

export interface SendOptions {
  method?: 'GET' | 'POST' | 'PATCH';
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export function createGatewayClient(options: GatewayClientOptions) {
  const { connectivity, timeoutMs = 15_000 } = options;

  /** One request; answers the raw Response (any status) or throws GATEWAY_UNREACHABLE. */
  async function send(url: string, o: SendOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...o.headers };
    if (o.token) headers.Authorization = `Bearer ${o.token}`;
    if (o.body !== undefined) headers['Content-Type'] = 'application/json';
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await options.fetch(url, {
        method: o.method ?? 'GET',
        headers,
        credentials: 'same-origin',
        cache: 'no-store',
        signal: controller.signal,
        ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
      });
    } catch (error) {
      if (isNetworkFailure(error)) {
        connectivity.reportUnreachable();
        throw unreachable(error);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
    if (isUnreachableStatus(response)) {
      connectivity.reportUnreachable();
      throw unreachable();
    }
    connectivity.reportReachable();
    return response;
  }

  /** JSON in, JSON out; a non-2xx answer throws the gateway's error. */
  async function json(url: string, o: SendOptions = {}): Promise<unknown> {
    const response = await send(url, o);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw badAnswer(response.status);
    }
    if (!response.ok) throw refused(response.status, body);
    return body;
  }

  const sessionOf = (body: unknown, status = 200): Session => {
    const session = parseSession((body as { session?: unknown } | null)?.session);
    if (!session) throw badAnswer(status);
    return session;
  };

  return {
    send,
    async config(): Promise<SignInConfig> {
      return parseSignInConfig(await json('/api/config'));
    },
    async otp(email: string, code: string): Promise<Session> {
      return sessionOf(await json('/auth/otp', { method: 'POST', body: { email, code } }));
    },
    async microsoft(token: string): Promise<Session> {
      return sessionOf(await json('/auth/microsoft', { method: 'POST', body: { token } }));
    },
    async session(token: string): Promise<SessionInfo> {
      const info = parseSessionInfo(((await json('/auth/session', { token })) as { session?: unknown } | null)?.session);
      if (!info) throw badAnswer(200);
      return info;
    },
    async signOut(token: string): Promise<{ endSessionUrl?: string }> {
      const body = (await json('/auth/signout', { method: 'POST', token })) as { endSessionUrl?: unknown } | null;
      const url = body?.endSessionUrl;
      return typeof url === 'string' && /^https?:\/\//i.test(url) ? { endSessionUrl: url } : {};
    },
  };
}

export type GatewayClient = ReturnType<typeof createGatewayClient>;
