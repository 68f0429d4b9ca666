/**
 * A small OpenID Connect relying party: discovery (cached), authorization code + PKCE (S256)
 * with state and nonce kept server-side (hashed state, sealed verifier, one use), the code
 * exchange, and the remote JWKS. ID token checks live with each provider (kaseyaone.ts,
 * microsoft.ts) because their issuer rules differ.
 */
import type { JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { errors } from '../errors';
import type { GatewayStore, PendingSignIn } from '../store/store';
import { pkceChallenge, randomToken, seal, sha256, unseal } from './crypto';
import { loadJose } from './id-token';

const DiscoverySchema = z.looseObject({
  issuer: z.string().url(),
  authorization_endpoint: z.string().url(),
  token_endpoint: z.string().url(),
  jwks_uri: z.string().url(),
  end_session_endpoint: z.string().url().optional(),
});
export type Discovery = z.infer<typeof DiscoverySchema>;

const TokenResponseSchema = z.looseObject({ id_token: z.string().min(1), token_type: z.string().optional() });

export interface OidcClientOptions {
  /** For messages: "KaseyaOne", "Microsoft". */
  name: string;
  provider: PendingSignIn['provider'];
  /** `<issuer>/.well-known/openid-configuration`. */
  discoveryUrl: string;
  /** When set, the discovered issuer must equal it exactly. */
  expectedIssuer?: string;
  clientId: string;
  clientSecret?: string;
  scopes: string[];
  redirectUri: string;
  store: GatewayStore;
  key: Buffer;
  pendingMinutes: number;
  now: () => number;
  fetch?: typeof fetch;
  /** Discovery cache lifetime. Default 1 h. */
  discoveryTtlMs?: number;
}

export interface CompletedAuthorization {
  idToken: string;
  nonce: string;
  workbench: boolean;
}

export function createOidcClient(o: OidcClientOptions) {
  const doFetch = o.fetch ?? fetch;
  let cached: { at: number; doc: Discovery; jwks: JWTVerifyGetKey } | undefined;

  async function discover() {
    if (cached && o.now() - cached.at < (o.discoveryTtlMs ?? 3600_000)) return cached;
    let doc: Discovery;
    try {
      const res = await doFetch(o.discoveryUrl, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
      if (!res.ok) throw new Error(`discovery answered HTTP ${res.status}`);
      doc = DiscoverySchema.parse(await res.json());
    } catch (cause) {
      throw errors.idpError(o.name, `OpenID discovery at ${o.discoveryUrl} failed`, cause);
    }
    if (o.expectedIssuer && doc.issuer !== o.expectedIssuer) {
      throw errors.idpError(o.name, `discovery issuer ${doc.issuer} is not the configured ${o.expectedIssuer}`);
    }
    const { createRemoteJWKSet, customFetch } = await loadJose();
    const jwks = createRemoteJWKSet(new URL(doc.jwks_uri), {
      timeoutDuration: 10_000,
      cooldownDuration: 30_000,
      ...(o.fetch ? { [customFetch]: o.fetch } : {}),
    });
    cached = { at: o.now(), doc, jwks };
    return cached;
  }

  const verifierAad = (stateHash: string) => `pkce:${stateHash}`;

  return {
    discovery: async () => (await discover()).doc,
    jwks: async () => (await discover()).jwks,

    /** Records a pending sign-in and answers the authorization URL to redirect the dialog to. */
    async start(opts: { loginHint?: string; workbench: boolean; extra?: Record<string, string> }): Promise<string> {
      const { doc } = await discover();
      const state = randomToken();
      const nonce = randomToken();
      const verifier = randomToken(48);
      const stateHash = sha256(state);
      const t = o.now();
      o.store.pending.purge(t);
      o.store.pending.insert({
        stateHash, provider: o.provider, codeVerifierSealed: seal(o.key, verifier, verifierAad(stateHash)), nonce,
        workbench: opts.workbench, createdAt: t, expiresAt: t + o.pendingMinutes * 60_000,
      });
      const url = new URL(doc.authorization_endpoint);
      const params: Record<string, string> = {
        response_type: 'code',
        client_id: o.clientId,
        redirect_uri: o.redirectUri,
        scope: o.scopes.join(' '),
        state,
        nonce,
        code_challenge: pkceChallenge(verifier),
        code_challenge_method: 'S256',
        ...(opts.loginHint ? { login_hint: opts.loginHint } : {}),
        ...opts.extra,
      };
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      return url.href;
    },

    /** Consumes the state (once), checks the answer's issuer, exchanges the code. */
    async complete(query: { state?: string; code?: string; error?: string; iss?: string }, onPending?: (p: PendingSignIn) => void): Promise<CompletedAuthorization> {
      const pending = query.state ? o.store.pending.take(sha256(query.state)) : undefined;
      if (!pending || pending.provider !== o.provider || pending.expiresAt <= o.now()) throw errors.invalidState();
      onPending?.(pending);
      const { doc } = await discover();
      if (query.error) throw errors.idpRefused(o.name, query.error);
      if (query.iss !== undefined && query.iss !== doc.issuer) throw errors.invalidIdToken(o.name, `authorization response iss ${query.iss} is not ${doc.issuer}`);
      if (!query.code) throw errors.invalidState();
      const verifier = unseal(o.key, pending.codeVerifierSealed, verifierAad(pending.stateHash));
      const body = new URLSearchParams({ grant_type: 'authorization_code', code: query.code, redirect_uri: o.redirectUri, code_verifier: verifier, client_id: o.clientId });
      if (o.clientSecret) body.set('client_secret', o.clientSecret);
      let idToken: string;
      try {
        const res = await doFetch(doc.token_endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        if (!res.ok) {
          const err = (await res.json().catch(() => ({}))) as { error?: string };
          throw new Error(`token endpoint answered HTTP ${res.status} ${err.error ?? ''}`.trim());
        }
        idToken = TokenResponseSchema.parse(await res.json()).id_token;
      } catch (cause) {
        throw errors.idpError(o.name, 'the code exchange failed', cause);
      }
      return { idToken, nonce: pending.nonce, workbench: pending.workbench };
    },
  };
}

export type OidcClient = ReturnType<typeof createOidcClient>;
