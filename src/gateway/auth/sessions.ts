/**
 * Sessions: an opaque random token given to the add-in once; the store keeps only its SHA-256.
 * Bound to one Autotask resource, expiring after `hours`, revocable.
 */
import { errors } from '../errors';
import type { GatewayStore, SessionResource, SessionRow, SignInMethod } from '../store/store';
import { randomToken, seal, sha256, unseal } from './crypto';

export interface IssuedSession {
  token: string;
  expiresAt: string;
  method: SignInMethod;
  resource: SessionResource;
}

export interface SessionView {
  expiresAt: string;
  method: SignInMethod;
  resource: SessionResource;
}

export function createSessions(store: GatewayStore, opts: { hours: number; key: Buffer; now: () => number }) {
  const aad = (hash: string) => `session:${hash}`;
  const view = (s: SessionRow): SessionView => ({ expiresAt: new Date(s.expiresAt).toISOString(), method: s.method, resource: s.resource });
  const live = (token: string): SessionRow | undefined => {
    if (!/^[A-Za-z0-9_-]{20,128}$/.test(token)) return undefined;
    const row = store.sessions.find(sha256(token));
    return row && row.revokedAt === null && row.expiresAt > opts.now() ? row : undefined;
  };
  return {
    issue(method: SignInMethod, resource: SessionResource, idToken?: string): IssuedSession {
      const token = randomToken();
      const tokenHash = sha256(token);
      const t = opts.now();
      const expiresAt = t + opts.hours * 3600 * 1000;
      store.sessions.insert({
        tokenHash, method, resource, createdAt: t, expiresAt, revokedAt: null,
        idTokenSealed: idToken ? seal(opts.key, idToken, aad(tokenHash)) : null,
      });
      if (Math.random() < 0.05) store.sessions.purge(t - 24 * 3600 * 1000);
      return { token, expiresAt: new Date(expiresAt).toISOString(), method, resource };
    },

    /** The live session of a token, or throws 401 `invalid_session`. */
    verify(token: string | undefined): SessionView & { tokenHash: string } {
      const row = token ? live(token) : undefined;
      if (!row) throw errors.invalidSession();
      return { ...view(row), tokenHash: row.tokenHash };
    },

    /** Revokes a live session; returns it with its ID token (for RP-initiated logout), or undefined. */
    revoke(token: string | undefined): (SessionView & { idToken?: string }) | undefined {
      const row = token ? live(token) : undefined;
      if (!row || !store.sessions.revoke(row.tokenHash, opts.now())) return undefined;
      const idToken = row.idTokenSealed ? unseal(opts.key, row.idTokenSealed, aad(row.tokenHash)) : undefined;
      return { ...view(row), ...(idToken ? { idToken } : {}) };
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const m = /^Bearer\s+([A-Za-z0-9_-]+)\s*$/i.exec(header ?? '');
  return m?.[1];
}
