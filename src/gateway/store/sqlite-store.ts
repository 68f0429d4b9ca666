/** SQLite implementation of the gateway store (better-sqlite3, WAL on files). */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntry, GatewayStore, LockoutRow, PendingSignIn, SessionRow, SignInMethod, StoreLocation } from './store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS otp_enrolments (
  email TEXT PRIMARY KEY, secret_sealed TEXT NOT NULL, last_step INTEGER, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY, method TEXT NOT NULL, resource_id INTEGER NOT NULL, resource_name TEXT NOT NULL,
  resource_email TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, revoked_at INTEGER,
  id_token_sealed TEXT);
CREATE TABLE IF NOT EXISTS lockouts (
  key TEXT PRIMARY KEY, failures INTEGER NOT NULL, last_failure_at INTEGER NOT NULL, locked_until INTEGER NOT NULL,
  lock_count INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS pending_sign_ins (
  state_hash TEXT PRIMARY KEY, provider TEXT NOT NULL, code_verifier_sealed TEXT NOT NULL, nonce TEXT NOT NULL,
  workbench INTEGER NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, resource_id INTEGER NOT NULL, email TEXT NOT NULL,
  method TEXT NOT NULL, entity TEXT NOT NULL, record_id INTEGER, command TEXT);
`;

type Dict = Record<string, unknown>;

export function openGatewayStore(location: StoreLocation): GatewayStore {
  let db: Database.Database;
  if (location === 'memory') {
    db = new Database(':memory:');
  } else {
    mkdirSync(dirname(location.file), { recursive: true });
    const isNew = !existsSync(location.file);
    db = new Database(location.file);
    if (isNew) chmodSync(location.file, 0o600);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 2000');
  }
  db.exec(SCHEMA);

  const q = {
    otpGet: db.prepare('SELECT * FROM otp_enrolments WHERE email = ?'),
    otpPut: db.prepare('INSERT OR REPLACE INTO otp_enrolments (email, secret_sealed, last_step, created_at) VALUES (?, ?, NULL, ?)'),
    otpUse: db.prepare('UPDATE otp_enrolments SET last_step = ? WHERE email = ? AND (last_step IS NULL OR last_step < ?)'),
    otpDel: db.prepare('DELETE FROM otp_enrolments WHERE email = ?'),
    otpList: db.prepare('SELECT email FROM otp_enrolments ORDER BY email'),
    sesIns: db.prepare(`INSERT INTO sessions (token_hash, method, resource_id, resource_name, resource_email, created_at, expires_at, revoked_at, id_token_sealed)
      VALUES (@tokenHash, @method, @resourceId, @resourceName, @resourceEmail, @createdAt, @expiresAt, @revokedAt, @idTokenSealed)`),
    sesGet: db.prepare('SELECT * FROM sessions WHERE token_hash = ?'),
    sesRevoke: db.prepare('UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL'),
    sesPurge: db.prepare('DELETE FROM sessions WHERE expires_at < ? OR revoked_at < ?'),
    lockGet: db.prepare('SELECT * FROM lockouts WHERE key = ?'),
    lockPut: db.prepare(`INSERT OR REPLACE INTO lockouts (key, failures, last_failure_at, locked_until, lock_count)
      VALUES (@key, @failures, @lastFailureAt, @lockedUntil, @lockCount)`),
    lockDel: db.prepare('DELETE FROM lockouts WHERE key = ?'),
    penIns: db.prepare(`INSERT INTO pending_sign_ins (state_hash, provider, code_verifier_sealed, nonce, workbench, created_at, expires_at)
      VALUES (@stateHash, @provider, @codeVerifierSealed, @nonce, @workbench, @createdAt, @expiresAt)`),
    penGet: db.prepare('SELECT * FROM pending_sign_ins WHERE state_hash = ?'),
    penDel: db.prepare('DELETE FROM pending_sign_ins WHERE state_hash = ?'),
    penPurge: db.prepare('DELETE FROM pending_sign_ins WHERE expires_at < ?'),
    audIns: db.prepare(`INSERT INTO audit_log (at, resource_id, email, method, entity, record_id, command)
      VALUES (@at, @resourceId, @email, @method, @entity, @recordId, @command)`),
    audList: db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?'),
  };

  const toSession = (r: Dict): SessionRow => ({
    tokenHash: r.token_hash as string,
    method: r.method as SignInMethod,
    resource: { id: r.resource_id as number, name: r.resource_name as string, email: r.resource_email as string },
    createdAt: r.created_at as number,
    expiresAt: r.expires_at as number,
    revokedAt: (r.revoked_at as number | null) ?? null,
    idTokenSealed: (r.id_token_sealed as string | null) ?? null,
  });
  const take = db.transaction((hash: string) => {
    const row = q.penGet.get(hash) as Dict | undefined;
    if (row) q.penDel.run(hash);
    return row;
  });

  return {
    otp: {
      get(email) {
        const r = q.otpGet.get(email) as Dict | undefined;
        return r && { email: r.email as string, secretSealed: r.secret_sealed as string, lastStep: (r.last_step as number | null) ?? null, createdAt: r.created_at as number };
      },
      put: (email, secretSealed, now) => void q.otpPut.run(email, secretSealed, now),
      markUsed: (email, step) => q.otpUse.run(step, email, step).changes === 1,
      remove: (email) => q.otpDel.run(email).changes === 1,
      emails: () => (q.otpList.all() as Dict[]).map((r) => r.email as string),
    },
    sessions: {
      insert: (s) =>
        void q.sesIns.run({
          tokenHash: s.tokenHash, method: s.method, resourceId: s.resource.id, resourceName: s.resource.name,
          resourceEmail: s.resource.email, createdAt: s.createdAt, expiresAt: s.expiresAt, revokedAt: s.revokedAt, idTokenSealed: s.idTokenSealed,
        }),
      find(hash) {
        const r = q.sesGet.get(hash) as Dict | undefined;
        return r && toSession(r);
      },
      revoke: (hash, now) => q.sesRevoke.run(now, hash).changes === 1,
      purge: (before) => q.sesPurge.run(before, before).changes,
    },
    lockouts: {
      get(key) {
        const r = q.lockGet.get(key) as Dict | undefined;
        return r && ({ key: r.key, failures: r.failures, lastFailureAt: r.last_failure_at, lockedUntil: r.locked_until, lockCount: r.lock_count } as LockoutRow);
      },
      put: (row) => void q.lockPut.run(row),
      clear: (key) => void q.lockDel.run(key),
    },
    pending: {
      insert: (p: PendingSignIn) => void q.penIns.run({ ...p, workbench: p.workbench ? 1 : 0 }),
      take(hash) {
        const r = take(hash);
        return r && {
          stateHash: r.state_hash as string, provider: r.provider as PendingSignIn['provider'], codeVerifierSealed: r.code_verifier_sealed as string,
          nonce: r.nonce as string, workbench: r.workbench === 1, createdAt: r.created_at as number, expiresAt: r.expires_at as number,
        };
      },
      purge: (now) => q.penPurge.run(now).changes,
    },
    audit: {
      append: (e: AuditEntry) =>
        void q.audIns.run({
          at: e.at.getTime(), resourceId: e.resourceId, email: e.email, method: e.method, entity: e.entity,
          recordId: e.recordId ?? null, command: e.command ?? null,
        }),
      list: (limit = 100) =>
        (q.audList.all(limit) as Dict[]).map((r) => ({
          id: r.id as number, at: new Date(r.at as number), resourceId: r.resource_id as number, email: r.email as string,
          method: r.method as string, entity: r.entity as string, recordId: (r.record_id as number | null) ?? null,
          command: (r.command as string | null) ?? null,
        })),
    },
    close: () => db.close(),
  };
}
