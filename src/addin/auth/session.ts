/**
 * The client session as the gateway issues it (docs/gateway-api.md § Sign-in), the public
 * sign-in configuration, and their checked parsing (answers are read defensively: a damaged
 * stored value or answer is treated as absent, never trusted).
 */

export type SignInMethod = 'otp' | 'microsoft' | 'kaseyaone';
export const SIGN_IN_METHODS: readonly SignInMethod[] = ['otp', 'microsoft', 'kaseyaone'];

export interface SessionResource {
  id: number;
  name: string;
  email: string;
}

/** What the add-in holds: the token is sent as `Authorization: Bearer`. */
export interface Session {
  token: string;
  /** ISO date-time. */
  expiresAt: string;
  method: SignInMethod;
  resource: SessionResource;
}

/** What the UI may see of a session (never the token). */
export type SessionInfo = Omit<Session, 'token'>;

export interface MicrosoftSignInConfig {
  clientId: string;
  authority: string;
  scopes: string[];
}

export interface SignInConfig {
  methods: SignInMethod[];
  sessionHours: number;
  microsoft?: MicrosoftSignInConfig;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMethod = (v: unknown): v is SignInMethod => (SIGN_IN_METHODS as readonly unknown[]).includes(v);

function parseResource(value: unknown): SessionResource | null {
  if (!isObject(value) || typeof value.id !== 'number') return null;
  return {
    id: value.id,
    name: typeof value.name === 'string' ? value.name : '',
    email: typeof value.email === 'string' ? value.email : '',
  };
}

/** A session view (`GET /auth/session`), or null when the value is not one. */
export function parseSessionInfo(value: unknown): SessionInfo | null {
  if (!isObject(value) || typeof value.expiresAt !== 'string' || !isMethod(value.method)) return null;
  if (Number.isNaN(Date.parse(value.expiresAt))) return null;
  const resource = parseResource(value.resource);
  return resource ? { expiresAt: value.expiresAt, method: value.method, resource } : null;
}

/** An issued session (sign-in answers, the dialog's message, storage), or null. */
export function parseSession(value: unknown): Session | null {
  if (!isObject(value) || typeof value.token !== 'string' || !/^[A-Za-z0-9_-]{20,128}$/.test(value.token)) return null;
  const info = parseSessionInfo(value);
  return info ? { token: value.token, ...info } : null;
}

export function toSessionInfo(session: Session): SessionInfo {
  const { token: _token, ...info } = session;
  return info;
}

/** `GET /api/config` → its `signIn` part; methods the add-in does not know are dropped. */
export function parseSignInConfig(value: unknown): SignInConfig {
  const signIn = isObject(value) && isObject(value.signIn) ? value.signIn : {};
  const methods = Array.isArray(signIn.methods) ? signIn.methods.filter(isMethod) : [];
  const sessionHours = typeof signIn.sessionHours === 'number' ? signIn.sessionHours : 8;
  const ms = isObject(signIn.microsoft) ? signIn.microsoft : undefined;
  const microsoft =
    ms && typeof ms.clientId === 'string' && typeof ms.authority === 'string'
      ? { clientId: ms.clientId, authority: ms.authority, scopes: Array.isArray(ms.scopes) ? ms.scopes.filter((s): s is string => typeof s === 'string') : [] }
      : undefined;
  return { methods: [...new Set(methods)], sessionHours, ...(microsoft ? { microsoft } : {}) };
}
