/**
 * The sync ports for this pane: Autotask through the gateway's proxy (the pane's typed client),
 * Outlook through Microsoft Graph with a token from the sign-in layer (nested app authentication;
 * the development token endpoint in the workbench). Built once the app config is known.
 */
import { useEffect, useMemo, useState } from 'react';
import { createGraphClient } from '../../../../graph';
import { createGraphTokenProvider, parseGraphConfig, type GraphConfig } from '../../../auth/graph-token';
import { useAuth } from '../../../auth/use-auth';
import { useAutotaskClient } from '../../../forms/autotask-services';
import { autotaskSyncPort } from '../../../sync/autotask-sync-port';
import type { SyncPorts } from '../../../sync/calendar-run';
import { graphOutlookPort } from '../../../sync/graph-outlook-port';
import { useOffice } from '../../pane-context';

interface PaneConfig { webUrl: string | null; graph: GraphConfig }

let configOnce: Promise<PaneConfig> | null = null;
function paneConfig(): Promise<PaneConfig> {
  configOnce ??= Promise.resolve()
    .then(() => fetch('/api/config', { headers: { accept: 'application/json' }, credentials: 'same-origin' }))
    .then(async (r) => {
      if (!r.ok) throw new Error(`GET /api/config answered ${r.status}`);
      const body = (await r.json()) as { autotaskWebUrl?: unknown };
      return { webUrl: typeof body.autotaskWebUrl === 'string' ? body.autotaskWebUrl : null, graph: parseGraphConfig(body) };
    })
    .catch((e: unknown) => { configOnce = null; throw e; });
  return configOnce;
}

export function useSyncPorts(): { ports: SyncPorts | null; error: string | null } {
  const client = useAutotaskClient();
  const office = useOffice();
  const { state } = useAuth();
  const microsoft = state.config?.microsoft;
  const [config, setConfig] = useState<PaneConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    paneConfig().then((c) => { if (live) setConfig(c); }, (e: unknown) => { if (live) setError(e instanceof Error ? e.message : String(e)); });
    return () => { live = false; };
  }, []);
  const ports = useMemo(() => {
    if (!config) return null;
    const tokens = createGraphTokenProvider({ graph: config.graph, microsoft, office });
    const graph = createGraphClient({ baseUrl: config.graph.baseUrl, getToken: () => tokens.getToken() });
    return { autotask: autotaskSyncPort(client, config.webUrl), outlook: graphOutlookPort(graph) };
  }, [config, client, microsoft, office]);
  return { ports, error };
}
