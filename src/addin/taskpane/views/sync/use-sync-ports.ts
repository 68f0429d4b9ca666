/**
 * The sync ports for this pane: Autotask through the gateway's proxy (the pane's typed client),
 * Outlook through Microsoft Graph with a token from the sign-in layer (nested app authentication;
 * the development token endpoint in the workbench). Built once the app config is known, from a
 * chunk of their own (sync-ports-factory.ts): the route is interactive before they arrive.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuth } from '../../../auth/use-auth';
import type { SyncPorts } from '../../../sync/calendar-run';
import { useOffice } from '../../pane-context';

interface PaneConfig { webUrl: string | null; body: unknown }

let configOnce: Promise<PaneConfig> | null = null;
function paneConfig(): Promise<PaneConfig> {
  configOnce ??= Promise.resolve()
    .then(() => fetch('/api/config', { headers: { accept: 'application/json' }, credentials: 'same-origin' }))
    .then(async (r) => {
      if (!r.ok) throw new Error(`GET /api/config answered ${r.status}`);
      const body = (await r.json()) as { autotaskWebUrl?: unknown };
      return { webUrl: typeof body.autotaskWebUrl === 'string' ? body.autotaskWebUrl : null, body };
    })
    .catch((e: unknown) => { configOnce = null; throw e; });
  return configOnce;
}

export const loadSyncPortsFactory = () => import(/* webpackChunkName: "sync-ports" */ './sync-ports-factory');

const whenIdle = (f: () => void) => {
  const w = window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
  if (w.requestIdleCallback) w.requestIdleCallback(f, { timeout: 500 });
  else setTimeout(f, 0);
};

/**
 * The ports, built once `ready` (the route is interactive: they are not part of its first bytes),
 * when the browser is idle. `whenPorts()` builds them now (Run does not wait for idle).
 */
export function useSyncPorts(ready = true): { ports: SyncPorts | null; error: string | null; whenPorts(): Promise<SyncPorts> } {
  const office = useOffice();
  const { auth, state } = useAuth();
  const microsoft = state.config?.microsoft;
  const [ports, setPorts] = useState<SyncPorts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const building = useRef<Promise<SyncPorts> | null>(null);
  const whenPorts = useCallback(() => {
    building.current ??= Promise.all([paneConfig(), loadSyncPortsFactory()])
      .then(([c, factory]) => factory.createSyncPorts({ auth, webUrl: c.webUrl, appConfig: c.body, microsoft, office }));
    return building.current;
  }, [auth, microsoft, office]);
  useEffect(() => {
    let live = true;
    building.current = null;
    paneConfig().catch((e: unknown) => { if (live) setError(e instanceof Error ? e.message : String(e)); });
    if (ready) {
      whenIdle(() => {
        if (live) whenPorts().then((p) => { if (live) setPorts(p); }, (e: unknown) => { if (live) setError(e instanceof Error ? e.message : String(e)); });
      });
    }
    return () => { live = false; };
  }, [ready, whenPorts]);
  return { ports, error, whenPorts };
}
