/**
 * Everything sign-in needs, built once per gateway from the configuration and injectable parts
 * (store, resource directory, clock, fetch) so tests can swap them.
 */
import type { GatewayConfig } from '../config';
import { openGatewayStore } from '../store/sqlite-store';
import type { GatewayStore } from '../store/store';
import { parseSecretKey } from './crypto';
import type { AutotaskClient } from '../../autotask';
import { createTenantClient } from '../tenant-client';
import { createAutotaskDirectory, type ResourceDirectory } from './directory';
import { createKaseyaOne, type KaseyaOne } from './kaseyaone';
import { createLockout, type Lockout } from './lockout';
import { createMicrosoft, type Microsoft } from './microsoft';
import { createOtpEnrolments, createOtpVerifier, type OtpEnrolments } from './otp';
import { createRateLimiter } from './rate-limit';
import { createSessions, type Sessions } from './sessions';

export interface AuthDeps {
  /** Default: opened from `config.store` (and closed with the gateway). */
  store?: GatewayStore;
  /** Default: resources looked up with `autotaskClient`. */
  directory?: ResourceDirectory;
  /** The tenant's Autotask client (shared with the proxy). Default: one made from `config.autotask`. */
  autotaskClient?: AutotaskClient;
  /** Epoch ms. Default Date.now. */
  now?: () => number;
  /** For identity-provider requests. Default: global fetch. */
  fetch?: typeof fetch;
}

export interface AuthServices {
  config: GatewayConfig;
  store: GatewayStore;
  ownsStore: boolean;
  directory: ResourceDirectory;
  sessions: Sessions;
  enrolments: OtpEnrolments;
  otp: ReturnType<typeof createOtpVerifier>;
  lockout: Lockout;
  rateLimiter: ReturnType<typeof createRateLimiter>;
  microsoft?: Microsoft;
  kaseyaone?: KaseyaOne;
  now: () => number;
}

/** undefined when no sign-in method is enabled (hosting only). */
export function createAuthServices(config: GatewayConfig, deps: AuthDeps = {}): AuthServices | undefined {
  const methods = config.signIn.methods;
  if (methods.length === 0) return undefined;
  const key = parseSecretKey(config.secretKey ?? '');
  if (!key) throw new Error('secretKey is required when a sign-in method is enabled');
  const now = deps.now ?? Date.now;
  const store = deps.store ?? openGatewayStore(config.store);
  const directory = deps.directory ?? createAutotaskDirectory(deps.autotaskClient ?? createTenantClient({ ...config.autotask!, credentials: config.autotask! }));
  const lk = config.signIn.lockout;
  const lockout = createLockout(store, lk, now);
  const enrolments = createOtpEnrolments(store, key, { issuer: config.signIn.otp.issuer, now });
  const common = { config, store, key, now, ...(deps.fetch ? { fetch: deps.fetch } : {}) };
  return {
    config,
    store,
    ownsStore: !deps.store,
    directory,
    sessions: createSessions(store, { hours: config.session.hours, key, now }),
    enrolments,
    otp: createOtpVerifier({
      store, enrolments, lockout, window: config.signIn.otp.window, maxFailures: lk.maxFailures,
      maxFailuresPerAddress: lk.maxFailuresPerAddress, now,
    }),
    lockout,
    rateLimiter: createRateLimiter(config.signIn.rateLimitPerMinute, now),
    ...(methods.includes('microsoft') && config.signIn.microsoft ? { microsoft: createMicrosoft({ ...common, ms: config.signIn.microsoft }) } : {}),
    ...(methods.includes('kaseyaone') && config.signIn.kaseyaone ? { kaseyaone: createKaseyaOne({ ...common, k1: config.signIn.kaseyaone }) } : {}),
    now,
  };
}
