/**
 * ID/access token checks shared by the providers: the header's `alg` must be one of the
 * configured asymmetric algorithms (so `none` and HS* never reach a verifier), then jose checks
 * the signature against the provider's JWKS, the issuer, the audience and the times.
 */
import type { JWTPayload, JWTVerifyGetKey } from 'jose';

/** jose is ESM-only: loaded when a token is first checked (hosting-only gateways never load it). */
export const loadJose = () => import('jose');

export class TokenCheckError extends Error {}

export interface TokenCheck {
  jwks: JWTVerifyGetKey;
  issuer: string;
  audience: string[];
  algorithms: readonly string[];
  now: () => number;
  clockToleranceSeconds: number;
  /** When set, the `nonce` claim must equal it. */
  nonce?: string;
}

/** The unverified header and payload (for routing only: which tenant, which issuer). */
export async function peekToken(token: string): Promise<{ alg: string; payload: JWTPayload }> {
  const { decodeJwt, decodeProtectedHeader } = await loadJose();
  try {
    const header = decodeProtectedHeader(token);
    return { alg: String(header.alg ?? ''), payload: decodeJwt(token) };
  } catch (cause) {
    throw new TokenCheckError('not a JWS compact token', { cause });
  }
}

export async function verifyToken(token: string, c: TokenCheck): Promise<JWTPayload> {
  const { alg } = await peekToken(token);
  if (!c.algorithms.includes(alg)) throw new TokenCheckError(`alg ${alg || '(none)'} is not accepted`);
  const { jwtVerify } = await loadJose();
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, c.jwks, {
      issuer: c.issuer,
      audience: c.audience,
      algorithms: [...c.algorithms],
      currentDate: new Date(c.now()),
      clockTolerance: c.clockToleranceSeconds,
      requiredClaims: ['exp', 'iat', 'sub'],
    }));
  } catch (cause) {
    const e = cause as { code?: string; message?: string };
    throw new TokenCheckError(`${e.code ?? 'ERR'}: ${e.message ?? 'verification failed'}`, { cause });
  }
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== undefined && !c.audience.includes(String(payload.azp))) {
    throw new TokenCheckError('azp is not an accepted client');
  }
  if (c.nonce !== undefined && payload.nonce !== c.nonce) throw new TokenCheckError('nonce does not match the sign-in');
  return payload;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The first email-shaped claim of the given names. */
export function emailFrom(payload: JWTPayload, claims: string[]): string | undefined {
  for (const name of claims) {
    const v = payload[name];
    if (typeof v === 'string' && EMAIL.test(v.trim())) return v.trim().toLowerCase();
  }
  return undefined;
}
