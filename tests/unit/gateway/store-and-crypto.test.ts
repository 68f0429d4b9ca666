import Database from 'better-sqlite3';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSecretKey, parseSecretKey, safeEqual, seal, unseal } from '../../../src/gateway/auth/crypto';
import { createLockout } from '../../../src/gateway/auth/lockout';
import { createOtpEnrolments } from '../../../src/gateway/auth/otp';
import { createSessions } from '../../../src/gateway/auth/sessions';
import { openGatewayStore } from '../../../src/gateway/store/sqlite-store';

const key = parseSecretKey(generateSecretKey())!;

describe('sealing and comparing', () => {
  it('round-trips with AES-256-GCM and refuses another row, another key or a changed byte', () => {
    const sealed = seal(key, 'JBSWY3DPEHPK3PXP', 'otp:sam@example.com');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(seal(key, 'JBSWY3DPEHPK3PXP', 'otp:sam@example.com')).not.toBe(sealed); // random IV
    expect(unseal(key, sealed, 'otp:sam@example.com')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => unseal(key, sealed, 'otp:dan@example.com')).toThrow();
    expect(() => unseal(parseSecretKey(generateSecretKey())!, sealed, 'otp:sam@example.com')).toThrow();
    const parts = sealed.split('.');
    parts[2] = Buffer.from(Buffer.from(parts[2]!, 'base64url').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64url');
    expect(() => unseal(key, parts.join('.'), 'otp:sam@example.com')).toThrow();
  });

  it('reads keys as 64 hex characters or base64, and nothing shorter', () => {
    expect(parseSecretKey('00'.repeat(32))).toHaveLength(32);
    expect(parseSecretKey(Buffer.alloc(32, 7).toString('base64'))).toHaveLength(32);
    expect(parseSecretKey('short')).toBeUndefined();
    expect(parseSecretKey('00'.repeat(16))).toBeUndefined();
  });

  it('compares in constant time per length', () => {
    expect(safeEqual('123456', '123456')).toBe(true);
    expect(safeEqual('123456', '123457')).toBe(false);
    expect(safeEqual('123456', '1234567')).toBe(false);
  });
});

describe('the SQLite store', () => {
  it('keeps TOTP secrets encrypted at rest: the raw row never holds the base32 secret', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gw-')), 'gateway.db');
    const store = openGatewayStore({ file });
    const { secret } = createOtpEnrolments(store, key, { issuer: 'Test', now: Date.now }).enrol('Sam.Rivera@Harborline-IT.com');
    store.close();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const raw = new Database(file, { readonly: true });
    const rows = raw.prepare('SELECT * FROM otp_enrolments').all() as Record<string, unknown>[];
    raw.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.email).toBe('sam.rivera@harborline-it.com');
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(JSON.stringify(rows)).not.toContain(secret.toLowerCase());
    // Reopened with the key, the secret is back.
    const again = openGatewayStore({ file });
    expect(createOtpEnrolments(again, key, { issuer: 'Test', now: Date.now }).secretOf('sam.rivera@harborline-it.com')).toBe(secret);
    again.close();
  });

  it('stores session tokens only as hashes, and refuses expired or revoked ones', () => {
    const store = openGatewayStore('memory');
    let now = 1_800_000_000_000;
    const sessions = createSessions(store, { hours: 8, key, now: () => now });
    const s = sessions.issue('kaseyaone', { id: 1, name: 'Sam', email: 'sam@example.com' }, 'id.token.value');
    expect(store.sessions.find(s.token)).toBeUndefined();
    expect(sessions.verify(s.token).resource.id).toBe(1);
    now += 8 * 3600_000;
    expect(() => sessions.verify(s.token)).toThrow(expect.objectContaining({ code: 'invalid_session', statusCode: 401 }));
    now -= 1000;
    expect(sessions.revoke(s.token)).toMatchObject({ method: 'kaseyaone', idToken: 'id.token.value' });
    expect(() => sessions.verify(s.token)).toThrow(expect.objectContaining({ code: 'invalid_session' }));
    expect(sessions.revoke(s.token)).toBeUndefined();
    expect(() => sessions.verify(undefined)).toThrow(expect.objectContaining({ code: 'invalid_session' }));
    store.close();
  });

  it('records each TOTP step once, and only forward', () => {
    const store = openGatewayStore('memory');
    store.otp.put('a@example.com', 'sealed', 1);
    expect(store.otp.markUsed('a@example.com', 100)).toBe(true);
    expect(store.otp.markUsed('a@example.com', 100)).toBe(false);
    expect(store.otp.markUsed('a@example.com', 99)).toBe(false);
    expect(store.otp.markUsed('a@example.com', 101)).toBe(true);
    expect(store.otp.markUsed('nobody@example.com', 5)).toBe(false);
    store.close();
  });

  it('hands a pending sign-in out once', () => {
    const store = openGatewayStore('memory');
    store.pending.insert({ stateHash: 'h', provider: 'kaseyaone', codeVerifierSealed: 'v', nonce: 'n', workbench: true, createdAt: 1, expiresAt: 2 });
    expect(store.pending.take('h')).toMatchObject({ provider: 'kaseyaone', workbench: true, nonce: 'n' });
    expect(store.pending.take('h')).toBeUndefined();
    store.close();
  });

  it('keeps the proxy\'s audit log', () => {
    const store = openGatewayStore('memory');
    const at = new Date('2026-11-28T10:00:00Z');
    store.audit.append({ resourceId: 7, email: 'sam@example.com', method: 'POST', entity: 'TicketNotes', recordId: 42, command: 'createTicketNote', at });
    store.audit.append({ resourceId: 7, email: 'sam@example.com', method: 'PATCH', entity: 'Tickets', recordId: null, command: null, at });
    expect(store.audit.list()).toEqual([
      { id: 2, resourceId: 7, email: 'sam@example.com', method: 'PATCH', entity: 'Tickets', recordId: null, command: null, at },
      { id: 1, resourceId: 7, email: 'sam@example.com', method: 'POST', entity: 'TicketNotes', recordId: 42, command: 'createTicketNote', at },
    ]);
    store.close();
  });
});

describe('lockout back-off', () => {
  it('locks after max failures for base·2^n seconds, capped, and forgets old failures', () => {
    const store = openGatewayStore('memory');
    let now = 0;
    const lockout = createLockout(store, { failureWindowSeconds: 900, baseSeconds: 30, maxSeconds: 100 }, () => now);
    const lockAfter = (n: number) => {
      let locked: number | undefined;
      for (let i = 0; i < n; i++) locked = lockout.fail('user:a', 3);
      return locked;
    };
    expect(lockAfter(2)).toBeUndefined();
    expect(() => lockout.check(['user:a'])).not.toThrow();
    expect(lockAfter(1)).toBe(30);
    expect(() => lockout.check(['user:a', 'addr:x'])).toThrow(expect.objectContaining({ code: 'locked', statusCode: 423, retryAfter: 30 }));
    now += 30_000;
    expect(() => lockout.check(['user:a'])).not.toThrow();
    expect(lockAfter(3)).toBe(60);
    now += 60_000;
    expect(lockAfter(3)).toBe(100); // 120 capped
    now += 100_000;
    lockAfter(2);
    now += 901_000; // the two failures are forgotten
    expect(lockAfter(2)).toBeUndefined();
    lockout.reset('user:a');
    expect(store.lockouts.get('user:a')).toBeUndefined();
    store.close();
  });
});
