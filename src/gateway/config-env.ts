/**
 * Production configuration: an optional JSON file (GATEWAY_CONFIG) for settings, the environment
 * for secrets and the usual overrides. Secrets never belong in the JSON file.
 *
 *   GATEWAY_CONFIG                    JSON file with any GatewayConfig settings (see config.ts)
 *   GATEWAY_ORIGIN, GATEWAY_HOST, GATEWAY_PORT, GATEWAY_DIST_DIR (default ./dist), GATEWAY_TRUST_PROXY
 *   GATEWAY_STORE_FILE                SQLite file (default .data/gateway.db)
 *   GATEWAY_SECRET_KEY                32-byte sealing key (hex or base64)           secret
 *   AUTOTASK_USERNAME, AUTOTASK_SECRET, AUTOTASK_INTEGRATION_CODE                secret
 *   AUTOTASK_DISCOVERY_URL            optional zone discovery start
 *   GATEWAY_MICROSOFT_CLIENT_SECRET, GATEWAY_KASEYAONE_CLIENT_SECRET               secret
 *   GATEWAY_TLS_KEY_FILE, GATEWAY_TLS_CERT_FILE   PEM files (omit behind a TLS-terminating proxy)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GatewayConfigInput } from './config';

type Env = Record<string, string | undefined>;

const v = (env: Env, name: string) => env[name]?.trim() || undefined;

function trustProxy(text: string): boolean | number | string {
  if (text === 'true') return true;
  if (text === 'false') return false;
  return /^\d+$/.test(text) ? Number(text) : text;
}

export function configInputFromEnv(env: Env, version: string, cwd = process.cwd()): GatewayConfigInput {
  const file = v(env, 'GATEWAY_CONFIG');
  const fromFile = (file ? JSON.parse(readFileSync(resolve(cwd, file), 'utf8')) : {}) as Partial<GatewayConfigInput>;
  const input: GatewayConfigInput = { distDir: resolve(cwd, 'dist'), version, ...fromFile };
  const set = <K extends keyof GatewayConfigInput>(key: K, value: GatewayConfigInput[K] | undefined) => {
    if (value !== undefined) input[key] = value;
  };
  set('origin', v(env, 'GATEWAY_ORIGIN'));
  set('host', v(env, 'GATEWAY_HOST'));
  set('port', v(env, 'GATEWAY_PORT') ? Number(v(env, 'GATEWAY_PORT')) : undefined);
  set('distDir', v(env, 'GATEWAY_DIST_DIR') ? resolve(cwd, v(env, 'GATEWAY_DIST_DIR')!) : undefined);
  set('trustProxy', v(env, 'GATEWAY_TRUST_PROXY') ? trustProxy(v(env, 'GATEWAY_TRUST_PROXY')!) : undefined);
  set('store', v(env, 'GATEWAY_STORE_FILE') ? { file: resolve(cwd, v(env, 'GATEWAY_STORE_FILE')!) } : undefined);
  set('secretKey', v(env, 'GATEWAY_SECRET_KEY'));
  const [username, secret, integrationCode] = ['AUTOTASK_USERNAME', 'AUTOTASK_SECRET', 'AUTOTASK_INTEGRATION_CODE'].map((n) => v(env, n));
  if (username || secret || integrationCode) {
    input.autotask = {
      ...input.autotask,
      username: username ?? '',
      secret: secret ?? '',
      integrationCode: integrationCode ?? '',
      ...(v(env, 'AUTOTASK_DISCOVERY_URL') ? { discoveryUrl: v(env, 'AUTOTASK_DISCOVERY_URL') } : {}),
    };
  }
  const signIn = { ...input.signIn };
  if (signIn.microsoft && v(env, 'GATEWAY_MICROSOFT_CLIENT_SECRET')) signIn.microsoft = { ...signIn.microsoft, clientSecret: v(env, 'GATEWAY_MICROSOFT_CLIENT_SECRET') };
  if (signIn.kaseyaone && v(env, 'GATEWAY_KASEYAONE_CLIENT_SECRET')) signIn.kaseyaone = { ...signIn.kaseyaone, clientSecret: v(env, 'GATEWAY_KASEYAONE_CLIENT_SECRET') };
  input.signIn = signIn;
  const keyFile = v(env, 'GATEWAY_TLS_KEY_FILE');
  const certFile = v(env, 'GATEWAY_TLS_CERT_FILE');
  if (keyFile && certFile) input.tls = { key: readFileSync(resolve(cwd, keyFile), 'utf8'), cert: readFileSync(resolve(cwd, certFile), 'utf8') };
  return input;
}
