/**
 * KaseyaOne: OpenID Connect authorization code + PKCE against the configured issuer (discovery),
 * ID token checked for signature, exact issuer, audience, times and nonce; RP-initiated logout.
 */
import type { GatewayConfig, KaseyaOneConfig } from '../config';
import { errors } from '../errors';
import type { GatewayStore } from '../store/store';
import { emailFrom, TokenCheckError, verifyToken } from './id-token';
import { createOidcClient } from './oidc-client';

export interface KaseyaOneDeps {
  config: GatewayConfig;
  k1: KaseyaOneConfig;
  store: GatewayStore;
  key: Buffer;
  now: () => number;
  fetch?: typeof fetch;
}

export const KASEYAONE_SIGNED_OUT_PATH = '/auth/kaseyaone/signed-out';

export function createKaseyaOne(d: KaseyaOneDeps) {
  const issuer = d.k1.issuer.replace(/\/+$/, '');
  const oidc = createOidcClient({
    name: 'KaseyaOne',
    provider: 'kaseyaone',
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    expectedIssuer: d.k1.issuer,
    clientId: d.k1.clientId,
    ...(d.k1.clientSecret ? { clientSecret: d.k1.clientSecret } : {}),
    scopes: d.k1.scopes,
    redirectUri: `${d.config.origin}/auth/kaseyaone/callback`,
    store: d.store,
    key: d.key,
    pendingMinutes: d.config.signIn.pendingMinutes,
    now: d.now,
    ...(d.fetch ? { fetch: d.fetch } : {}),
  });

  return {
    oidc,
    /** Checks the ID token of a completed sign-in; answers the primary email. */
    async verify(idToken: string, nonce: string): Promise<string> {
      try {
        const payload = await verifyToken(idToken, {
          jwks: await oidc.jwks(),
          issuer: d.k1.issuer,
          audience: [d.k1.clientId],
          algorithms: d.k1.algorithms,
          now: d.now,
          clockToleranceSeconds: d.config.signIn.clockToleranceSeconds,
          nonce,
        });
        const email = emailFrom(payload, ['email']);
        if (!email) throw new TokenCheckError('no email claim');
        if (payload.email_verified === false) throw new TokenCheckError('email not verified');
        return email;
      } catch (e) {
        if (e instanceof TokenCheckError) throw errors.invalidIdToken('KaseyaOne', e.message, e);
        throw e;
      }
    },
    /** RP-initiated logout URL, or undefined when the issuer has no end_session_endpoint. */
    async endSessionUrl(idToken: string, opts: { state?: string } = {}): Promise<string | undefined> {
      const doc = await oidc.discovery();
      if (!doc.end_session_endpoint) return undefined;
      const url = new URL(doc.end_session_endpoint);
      url.searchParams.set('id_token_hint', idToken);
      url.searchParams.set('post_logout_redirect_uri', `${d.config.origin}${KASEYAONE_SIGNED_OUT_PATH}`);
      url.searchParams.set('client_id', d.k1.clientId);
      // The issuer echoes `state` to the post-logout page (the registered URI cannot carry a query).
      if (opts.state) url.searchParams.set('state', opts.state);
      return url.href;
    },
  };
}

export type KaseyaOne = ReturnType<typeof createKaseyaOne>;
