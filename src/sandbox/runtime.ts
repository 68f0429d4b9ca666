/**
 * Everything a running sandbox holds besides the HTTP server: the store, the limits, the
 * injected faults, the clock, and the control surface tests use. Build it, hand it to
 * createSandboxApp(), listen elsewhere.
 */
import { FaultInjector } from './http/faults';
import { RequestLimits } from './http/limits';
import type { FaultRule, LimitSettings, SandboxOptions } from './options';
import { limitDefaults } from './options';
import { seedBulkContacts } from './seed/bulk-contacts';
import { API_CREDENTIALS, RESOURCE } from './seed/ids';
import { buildSeed, buildSystemSeed } from './seed/index';
import { MemoryStore } from './store/memory-store';
import type { Repository } from './store/repository';
import { SqliteStore } from './store/sqlite-store';
import { AttachmentBudget } from './write/attachment-budget';

export interface SandboxCredentials {
  username: string;
  secret: string;
  integrationCode: string;
}

export interface SandboxControl {
  setLatency(ms: number): void;
  setThreadLimit(limit: number | false): void;
  setHourlyThreshold(limit: number | false): void;
  /** Replace all fault rules. */
  setFaults(rules: FaultRule[]): void;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  settings(): LimitSettings;
  /** Requests received per endpoint (entity name, or ZoneInformation, ThresholdInformation, …). */
  requestCounts(): Record<string, number>;
  /** Highest number of authenticated requests in flight at once, per endpoint. */
  maxConcurrency(): Record<string, number>;
  /** Clear request counts, concurrency peaks and the hourly window. */
  resetCounters(): void;
  /** Back to the state at start: seed data, counters, limits, latency and faults from the options. */
  reset(): void;
  /** Add n deterministic contacts spread over the active customers (volume tests). */
  seedBulkContacts(n: number): { count: number; firstId: number | null; lastId: number | null };
}

export interface SandboxRuntime {
  readonly store: Repository;
  readonly limits: RequestLimits;
  readonly faults: FaultInjector;
  readonly attachments: AttachmentBudget;
  readonly credentials: SandboxCredentials;
  readonly apiUserId: number;
  readonly control: SandboxControl;
  now(): Date;
  /** Public origin (`http://127.0.0.1:port`) once listening; until then derived from the Host header. */
  origin: string | undefined;
  close(): void;
}

export function createSandboxRuntime(opts: Omit<SandboxOptions, 'port' | 'host'> = {}): SandboxRuntime {
  const now = opts.clock ?? (() => new Date());
  const storage = opts.storage ?? 'memory';
  const store: Repository = storage === 'memory' ? new MemoryStore() : new SqliteStore(storage.file);
  const seed = () => (opts.seed === false ? buildSystemSeed() : buildSeed());
  if (store.isEmpty()) store.load(seed());

  const limits = new RequestLimits(limitDefaults(opts), now);
  const faults = new FaultInjector();
  faults.set(opts.faults ?? []);
  const attachments = new AttachmentBudget(now);

  const control: SandboxControl = {
    setLatency: (ms) => { limits.settings = { ...limits.settings, latencyMs: ms }; },
    setThreadLimit: (limit) => { limits.settings = { ...limits.settings, threadLimit: limit }; },
    setHourlyThreshold: (limit) => { limits.settings = { ...limits.settings, hourlyThreshold: limit }; },
    setFaults: (rules) => faults.set(rules),
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    settings: () => ({ ...limits.settings }),
    requestCounts: () => limits.requestCounts(),
    maxConcurrency: () => limits.maxConcurrency(),
    resetCounters: () => limits.resetCounters(),
    reset: () => {
      store.load(seed());
      limits.resetCounters();
      limits.settings = limitDefaults(opts);
      faults.set(opts.faults ?? []);
      attachments.reset();
    },
    seedBulkContacts: (n) => seedBulkContacts(store, n, now()),
  };

  return {
    store,
    limits,
    faults,
    attachments,
    credentials: { ...API_CREDENTIALS },
    apiUserId: RESOURCE.apiUser,
    control,
    now,
    origin: undefined,
    close: () => store.close(),
  };
}
