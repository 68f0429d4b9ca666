/**
 * The heavy half of useSyncPorts, a chunk of its own: the Graph client, the Autotask client and
 * the two sync ports. The sync routes render (and are interactive) before this arrives.
 */
import { createGraphClient } from '../../../../graph';
import type { AuthController } from '../../../auth/auth-controller';
import { createGraphTokenProvider, parseGraphConfig } from '../../../auth/graph-token';
import type { MicrosoftSignInConfig } from '../../../auth/session';
import { autotaskClientFor } from '../../../forms/autotask-services';
import type { OfficeFacade } from '../../../office';
import { autotaskSyncPort } from '../../../sync/autotask-sync-port';
import type { SyncPorts } from '../../../sync/calendar-run';
import { graphOutlookPort } from '../../../sync/graph-outlook-port';

export interface SyncPortsInput {
  auth: AuthController;
  webUrl: string | null;
  /** The body of GET /api/config (its `graph` part is read here). */
  appConfig: unknown;
  microsoft: MicrosoftSignInConfig | undefined;
  office: OfficeFacade;
}

export function createSyncPorts({ auth, webUrl, appConfig, microsoft, office }: SyncPortsInput): SyncPorts {
  const config = parseGraphConfig(appConfig);
  const tokens = createGraphTokenProvider({ graph: config, microsoft, office });
  const graph = createGraphClient({ baseUrl: config.baseUrl, getToken: () => tokens.getToken() });
  return { autotask: autotaskSyncPort(autotaskClientFor(auth), webUrl), outlook: graphOutlookPort(graph) };
}
