/**
 * Bearer tokens at the Graph stand-in, checked as Graph checks them: a JWT signed by a trusted
 * issuer's key (JWKS), for the audience `https://graph.microsoft.com`, not expired, carrying the
 * delegated scopes the route needs. The dev stack trusts the development identity provider's Entra
 * ID stand-in; with no policy set (a bare sandbox) any non-empty bearer is accepted.
 */
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { GraphHttpError } from './odata';

export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

export interface GraphTokenPolicy {
  /** Accepted issuers (e.g. the Entra stand-in's `https://localhost:port/entra/<tid>/v2.0`). */
  issuers: string[];
  /** The issuers' public keys. */
  jwks: JSONWebKeySet;
  /** Default `https://graph.microsoft.com` (also accepted: `00000003-0000-0000-c000-000000000000`, Graph's app id). */
  audiences?: string[];
  /** Clock skew accepted on exp/nbf. Default 60 s. */
  clockToleranceSeconds?: number;
}

const unauthorized = (message: string) => new GraphHttpError(401, 'InvalidAuthenticationToken', message, { 'www-authenticate': 'Bearer realm="graph"' });

/** Checks the request's Authorization header; returns the token's claims (empty without a policy). */
export async function verifyGraphToken(header: string | undefined, policy: GraphTokenPolicy | undefined): Promise<JWTPayload | undefined> {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!m) throw unauthorized('Access token is empty.');
  if (!policy) return undefined;
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(m[1]!, createLocalJWKSet(policy.jwks), {
      issuer: policy.issuers,
      audience: policy.audiences ?? [GRAPH_AUDIENCE, '00000003-0000-0000-c000-000000000000'],
      clockTolerance: policy.clockToleranceSeconds ?? 60,
      algorithms: ['RS256'],
      requiredClaims: ['exp'],
    }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw unauthorized(code === 'ERR_JWT_EXPIRED' ? 'Lifetime validation failed, the token is expired.'
      : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' ? `Access token validation failure: ${(error as Error).message}.`
        : 'Access token validation failure. Invalid signature or token.');
  }
  return payload;
}

/** The delegated scopes a request needs (`Contacts.ReadWrite` also grants `Contacts.Read`); no claims = no policy = allowed. */
export function requireScopes(payload: JWTPayload | undefined, scopes: readonly string[]): void {
  if (!payload) return;
  const granted = new Set(String(payload.scp ?? '').split(' ').map((s) => s.toLowerCase()));
  const missing = scopes.filter((s) => !granted.has(s.toLowerCase()) && !granted.has(s.toLowerCase().replace('.read', '.readwrite')));
  if (missing.length) throw new GraphHttpError(403, 'ErrorAccessDenied', `Access is denied. Check credentials and try again. Missing scope: ${missing.join(', ')}.`);
}
