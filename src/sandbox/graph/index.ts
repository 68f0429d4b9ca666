/**
 * The Microsoft Graph stand-in: Sam Rivera's calendar and contacts behind Graph's v1.0 API shapes,
 * mounted by the sandbox app at `/graph/v1.0/` (see docs/graph.md). Built here, served by routes.ts;
 * tests and the dev stack steer it through `control`.
 */
import type { JWTPayload } from 'jose';
import { MemoryStore } from '../store/memory-store';
import { SqliteStore } from '../store/sqlite-store';
import { createDispatcher } from './handlers';
import { seedBulkGraphContacts, seedGraphMailbox } from './seed';
import { GraphStore, type Item, type Kind } from './store';
import { GraphThrottle, throttleDefaults, type GraphCounts, type GraphThrottleSettings } from './throttle';
import type { GraphTokenPolicy } from './tokens';

export interface GraphStandInOptions {
  /** 'memory' (default) or a SQLite file of its own. */
  storage?: 'memory' | { file: string };
  /** Load Sam Rivera's mailbox into an empty store (default true). */
  seed?: boolean;
  throttle?: Partial<GraphThrottleSettings>;
  /** Who may call: tokens of these issuers for Graph's audience. Omitted: any bearer token. */
  tokens?: GraphTokenPolicy;
}

export interface GraphControl {
  /** Back to the seeded mailbox, default throttling, zero counts; old delta links expire. */
  reset(): void;
  /** An empty mailbox (no seed). */
  clear(): void;
  counts(): GraphCounts;
  resetCounts(): void;
  throttle(settings: Partial<GraphThrottleSettings>): void;
  settings(): GraphThrottleSettings;
  setTokenPolicy(policy: GraphTokenPolicy | undefined): void;
  /** Every delta link issued so far answers 410 from now on. */
  expireDeltaLinks(): void;
  /** Read-only views for tests and the workbench. */
  list(kind: Kind): Item[];
  seedBulkContacts(n: number, folderName?: string): { folderId: string; count: number };
}

export interface GraphStandIn {
  readonly store: GraphStore;
  readonly throttle: GraphThrottle;
  readonly dispatch: ReturnType<typeof createDispatcher>;
  tokenPolicy: GraphTokenPolicy | undefined;
  readonly control: GraphControl;
  /** Claims of the last verified token (tests). */
  lastClaims: JWTPayload | undefined;
  close(): void;
}

export function createGraphStandIn(opts: GraphStandInOptions = {}): GraphStandIn {
  const repo = !opts.storage || opts.storage === 'memory' ? new MemoryStore() : new SqliteStore(opts.storage.file);
  const store = new GraphStore(repo);
  const seed = () => { if (opts.seed !== false) seedGraphMailbox(store, new Date()); };
  if (repo.isEmpty()) seed();
  const throttle = new GraphThrottle(throttleDefaults(opts.throttle));
  const standIn: GraphStandIn = {
    store,
    throttle,
    dispatch: createDispatcher(store),
    tokenPolicy: opts.tokens,
    lastClaims: undefined,
    close: () => repo.close(),
    control: {
      reset: () => { store.clear(); seed(); throttle.reset(); standIn.tokenPolicy = opts.tokens ?? standIn.tokenPolicy; },
      clear: () => store.clear(),
      counts: () => structuredClone(throttle.counts),
      resetCounts: () => throttle.resetCounts(),
      throttle: (s) => { throttle.settings = { ...throttle.settings, ...s }; },
      settings: () => ({ ...throttle.settings }),
      setTokenPolicy: (p) => { standIn.tokenPolicy = p; },
      expireDeltaLinks: () => { store.minDeltaSeq = store.currentSeq() + 1; },
      list: (kind) => store.list(kind),
      seedBulkContacts: (n, folderName) => seedBulkGraphContacts(store, n, folderName),
    },
  };
  return standIn;
}

export { registerGraphRoutes } from './routes';
export type { GraphTokenPolicy } from './tokens';
export type { GraphCounts, GraphThrottleSettings } from './throttle';
export { GRAPH_AUDIENCE } from './tokens';
export { MAILBOX, DEFAULT_CONTACTS_FOLDER } from './handlers';
