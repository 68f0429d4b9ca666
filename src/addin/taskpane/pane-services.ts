/**
 * The pane's long-lived services, made once per pane: the connectivity monitor, the session
 * store, the gateway client, the sign-in controller and the Autotask proxy fetch.
 * index.tsx makes them with the partition key and starts them; tests pass fakes through App.
 */
import { AuthController } from '../auth/auth-controller';
import { createAuthenticatedFetch } from '../auth/autotask-access';
import { createGatewayClient, type FetchLike, type GatewayClient } from '../auth/gateway-client';
import type { acquireMicrosoftToken } from '../auth/microsoft-naa';
import { SessionStore, type KeyValueStorage } from '../auth/session-store';
import type { AuthServices } from '../auth/use-auth';
import { Connectivity, type ConnectivityWindow } from '../connectivity/connectivity';
import type { OfficeFacade } from '../office';

export interface PaneServices extends AuthServices {
  connectivity: Connectivity;
  gateway: GatewayClient;
  /** Starts listening to online/offline and checks a stored session once. Returns the stop function. */
  start(): () => void;
}

export interface PaneServicesOptions {
  office: OfficeFacade;
  /** `Office.context.partitionKey`. */
  partitionKey?: string | undefined;
  fetch?: FetchLike;
  win?: (ConnectivityWindow & { location?: { origin: string } }) | undefined;
  storage?: KeyValueStorage | null;
  now?: () => number;
  acquireToken?: typeof acquireMicrosoftToken;
}

export function createPaneServices(o: PaneServicesOptions): PaneServices {
  const win = o.win ?? (typeof window === 'undefined' ? undefined : window);
  const fetchImpl: FetchLike = o.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const connectivity = new Connectivity({ win, fetch: fetchImpl });
  const gateway = createGatewayClient({ fetch: fetchImpl, connectivity });
  const store = new SessionStore({
    partitionKey: o.partitionKey,
    ...(o.storage !== undefined ? { storage: o.storage } : {}),
    ...(o.now ? { now: o.now } : {}),
  });
  const auth = new AuthController({
    office: o.office,
    gateway,
    store,
    connectivity,
    origin: win?.location?.origin ?? 'https://localhost',
    ...(o.acquireToken ? { acquireToken: o.acquireToken } : {}),
  });
  let started = false;
  return {
    connectivity,
    gateway,
    auth,
    autotaskFetch: createAuthenticatedFetch(auth, gateway),
    start() {
      const stop = connectivity.start();
      if (!started) {
        started = true;
        auth.start().catch((error: unknown) => console.error('[pane] sign-in check failed', error));
      }
      return stop;
    },
  };
}
