/**
 * Microsoft identity: tokens from nested app authentication (`POST /auth/microsoft`) and the ID
 * token of the Office-dialog fallback (authorization code + PKCE). Rules: the `tid` must be on the
 * tenant allow-list, the issuer must be that tenant's (`<authorityHost>/<tid>/v2.0`), the audience
 * one of ours, the signature valid under Microsoft's JWKS with an accepted asymmetric algorithm.
 */
import type { GatewayConfig, MicrosoftConfig } from '../config';
import { microsoftDefaults } from '../config';
import { errors } from '../errors';
import type { GatewayStore } from '../store/store';
import { emailFrom, peekToken, TokenCheckError, verifyToken } from './id-token';
import { createOidcClient } from './oidc-client';

export interface MicrosoftDeps {
  config: GatewayConfig;
  ms: MicrosoftConfig;
  store: GatewayStore;
  key: Buffer;
  now: () => number;
  fetch?: typeof fetch;
}

export function microsoftAuthority(ms: MicrosoftConfig): string {
  const host = ms.authorityHost.replace(/\/+$/, '');
  return `${host}/${ms.tenants.length === 1 ? ms.tenants[0] : 'organizations'}`;
}

export function createMicrosoft(d: MicrosoftDeps) {
  const { audiences, scopes } = microsoftDefaults(d.config, d.ms);
  const host = d.ms.authorityHost.replace(/\/+$/, '');
  const oidc = createOidcClient({
    name: 'Microsoft',
    provider: 'microsoft',
    discoveryUrl: `${microsoftAuthority(d.ms)}/v2.0/.well-known/openid-configuration`,
    clientId: d.ms.clientId,
    ...(d.ms.clientSecret ? { clientSecret: d.ms.clientSecret } : {}),
    scopes: ['openid', 'profile', 'email'],
    redirectUri: `${d.config.origin}/auth/microsoft/callback`,
    store: d.store,
    key: d.key,
    pendingMinutes: d.config.signIn.pendingMinutes,
    now: d.now,
    ...(d.fetch ? { fetch: d.fetch } : {}),
  });

  /** Verifies a Microsoft token; answers the user's email. Throws 401 `invalid_token`. */
  async function verify(token: string, nonce?: string): Promise<string> {
    try {
      const { payload } = await peekToken(token);
      const tid = typeof payload.tid === 'string' ? payload.tid : undefined;
      if (!tid || !d.ms.tenants.includes(tid)) throw new TokenCheckError(`tenant ${tid ?? '(no tid)'} is not on the allow-list`);
      const verified = await verifyToken(token, {
        jwks: await oidc.jwks(),
        issuer: `${host}/${tid}/v2.0`,
        audience: audiences,
        algorithms: d.ms.algorithms,
        now: d.now,
        clockToleranceSeconds: d.config.signIn.clockToleranceSeconds,
        ...(nonce !== undefined ? { nonce } : {}),
      });
      if (verified.tid !== tid) throw new TokenCheckError('tid changed');
      const email = emailFrom(verified, ['preferred_username', 'email', 'upn']);
      if (!email) throw new TokenCheckError('no email-shaped preferred_username, email or upn claim');
      return email;
    } catch (e) {
      if (e instanceof TokenCheckError) throw errors.invalidToken(e.message, e);
      throw e;
    }
  }

  return {
    verify,
    oidc,
    /** What the add-in needs for nested app authentication (GET /api/config). */
    publicConfig: () => ({ clientId: d.ms.clientId, authority: microsoftAuthority(d.ms), scopes }),
  };
}

export type Microsoft = ReturnType<typeof createMicrosoft>;
