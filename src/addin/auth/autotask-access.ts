/**
 * How Autotask calls get the session: `authenticatedFetch` for plain requests to the gateway's
 * Autotask proxy, and `autotaskBeforeRequest` for the typed client in gateway mode:
 *
 *   createAutotaskClient({ mode: 'gateway', baseUrl: AUTOTASK_PROXY_BASE, beforeRequest: autotaskBeforeRequest(auth) })
 *
 * Both add `Authorization: Bearer <token>` and `X-Autotask-Command: <command id>`, and open the
 * sign-in first when there is no session. Wrap a whole user action in `auth.run(…)` so that a
 * 401 `invalid_session` in the middle asks the user to sign in again and repeats the action.
 */
import { sessionEnded } from './auth-errors';
import type { AuthController } from './auth-controller';
import type { GatewayClient } from './gateway-client';

export const AUTOTASK_PROXY_BASE = '/api/autotask/v1.0/';

/** The headers of an Autotask call through the gateway. */
export function autotaskHeaders(token: string, commandId: string | undefined): Record<string, string> {
  return { Authorization: `Bearer ${token}`, ...(commandId ? { 'X-Autotask-Command': commandId } : {}) };
}

type BeforeRequest = (request: { method: string; url: string; headers: Record<string, string> }) => Promise<void>;

/** The Autotask client's `beforeRequest` hook (gateway mode). */
export function autotaskBeforeRequest(auth: AuthController): BeforeRequest {
  return async (request) => {
    const session = await auth.ensureSession('action');
    Object.assign(request.headers, autotaskHeaders(session.token, auth.command()));
  };
}

export interface AutotaskFetchInit {
  method?: 'GET' | 'POST' | 'PATCH';
  body?: unknown;
}

/**
 * One request to the Autotask proxy (`path` relative to /api/autotask/v1.0/) inside `auth.run`:
 * signs in first when needed; on 401 `invalid_session` signs in again and repeats. Answers the
 * Response of any other status; no answer at all throws GATEWAY_UNREACHABLE.
 */
export function createAuthenticatedFetch(auth: AuthController, gateway: GatewayClient) {
  return (path: string, init: AutotaskFetchInit = {}): Promise<Response> =>
    auth.run(async (session) => {
      const response = await gateway.send(`${AUTOTASK_PROXY_BASE}${path.replace(/^\/+/, '')}`, {
        method: init.method ?? 'GET',
        headers: autotaskHeaders(session.token, auth.command()),
        ...(init.body !== undefined ? { body: init.body } : {}),
      });
      if (response.status === 401) {
        const body = (await response.clone().json().catch(() => null)) as { error?: unknown } | null;
        if (body?.error === 'invalid_session') throw sessionEnded();
      }
      return response;
    });
}

export type AuthenticatedFetch = ReturnType<typeof createAuthenticatedFetch>;
