/**
 * What the admin commands (npm run otp, npm run otp:enrol) and the development stack share:
 * where the gateway's state lives and the key that seals it.
 *   GATEWAY_STORE_FILE  the SQLite file (default `.data/gateway.db`, the gateway's default)
 *   GATEWAY_SECRET_KEY  the sealing key; in development, when unset, `.data/gateway-secret.key`
 *                       (created by the dev stack) is used.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateSecretKey, parseSecretKey } from './auth/crypto';
import { createOtpEnrolments } from './auth/otp';
import { openGatewayStore } from './store/sqlite-store';

export const DEV_STORE_FILE = '.data/gateway.db';
export const SECRET_KEY_FILE_NAME = 'gateway-secret.key';

/** The development key kept next to the store (created 0600 on first use). */
export function devSecretKey(dataDir: string): string {
  const file = join(dataDir, SECRET_KEY_FILE_NAME);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${generateSecretKey()}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, 'utf8').trim();
}

export function openAdminContext(env: Record<string, string | undefined>, cwd = process.cwd()) {
  const file = resolve(cwd, env.GATEWAY_STORE_FILE?.trim() || DEV_STORE_FILE);
  const keyFile = join(dirname(file), SECRET_KEY_FILE_NAME);
  const keyText = env.GATEWAY_SECRET_KEY?.trim() || (existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : '');
  const key = parseSecretKey(keyText);
  if (!key) {
    throw new Error(`No sealing key: set GATEWAY_SECRET_KEY (32 bytes, hex or base64) or start the development stack once (npm start) to create ${keyFile}.`);
  }
  const store = openGatewayStore({ file });
  return {
    file,
    store,
    enrolments: createOtpEnrolments(store, key, { issuer: env.GATEWAY_OTP_ISSUER?.trim() || 'Autotask for Outlook', now: Date.now }),
    close: () => store.close(),
  };
}
