/**
 * The gateway's state behind one small interface: TOTP enrolments (secrets sealed), sessions
 * (token hashes only), lockouts, pending OpenID Connect sign-ins, and the audit log the Autotask
 * proxy writes. One implementation: SQLite, on a file (production, npm start) or in memory (tests).
 * All times are epoch milliseconds.
 */

export interface OtpEnrolment {
  /** Lower-case email. */
  email: string;
  /** AES-256-GCM sealed base32 secret (see auth/crypto.ts `seal`). */
  secretSealed: string;
  /** Last TOTP step accepted; codes at or before it are refused. */
  lastStep: number | null;
  createdAt: number;
}

export type SignInMethod = 'otp' | 'microsoft' | 'kaseyaone';

export interface SessionResource {
  id: number;
  name: string;
  email: string;
}

export interface SessionRow {
  tokenHash: string;
  method: SignInMethod;
  resource: SessionResource;
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
  /** KaseyaOne: the sealed ID token, for `id_token_hint` at sign-out. */
  idTokenSealed: string | null;
}

export interface LockoutRow {
  /** `user:<email>` or `addr:<ip>`. */
  key: string;
  /** Failures since the last reset (or the last lock). */
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
  /** How many times this key was locked recently (drives the back-off). */
  lockCount: number;
}

export interface PendingSignIn {
  stateHash: string;
  provider: 'microsoft' | 'kaseyaone';
  codeVerifierSealed: string;
  nonce: string;
  /** Development only: the dialog was opened by the workbench (swap in its Office.js emulator). */
  workbench: boolean;
  createdAt: number;
  expiresAt: number;
}

/** One write through the Autotask proxy (the same shape as the proxy's `AuditEntry`). */
export interface AuditEntry {
  resourceId: number;
  email: string;
  method: string;
  /** Autotask entity (`TicketNotes`). */
  entity: string;
  recordId: number | null;
  /** The ribbon command (`X-Autotask-Command`), or null. */
  command: string | null;
  at: Date;
}

export interface GatewayStore {
  otp: {
    get(email: string): OtpEnrolment | undefined;
    /** Creates or replaces the enrolment (the used-step record starts over). */
    put(email: string, secretSealed: string, now: number): void;
    /** Records `step` as used if it is later than the last used one; false = reused or older. Atomic. */
    markUsed(email: string, step: number): boolean;
    remove(email: string): boolean;
    emails(): string[];
  };
  sessions: {
    insert(row: SessionRow): void;
    find(tokenHash: string): SessionRow | undefined;
    revoke(tokenHash: string, now: number): boolean;
    /** Deletes sessions that expired or were revoked before `before`. */
    purge(before: number): number;
  };
  lockouts: {
    get(key: string): LockoutRow | undefined;
    put(row: LockoutRow): void;
    clear(key: string): void;
  };
  pending: {
    insert(row: PendingSignIn): void;
    /** Removes and returns the row (a state is usable once). */
    take(stateHash: string): PendingSignIn | undefined;
    purge(now: number): number;
  };
  audit: {
    append(entry: AuditEntry): void;
    /** Newest first. */
    list(limit?: number): (AuditEntry & { id: number })[];
  };
  close(): void;
}

/** `memory` (tests; gone at close) or a SQLite file (created with its folder, mode 0600). */
export type StoreLocation = 'memory' | { file: string };
