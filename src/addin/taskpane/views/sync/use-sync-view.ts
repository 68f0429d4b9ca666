/** What every sync view needs: settings, ports, the blocking reason, the signed-in resource, the range; marks the pane ready. */
import { lazy, useEffect, useMemo, useState } from 'react';
import type { RouteId } from '../../../commands/catalog';
import { useAuth } from '../../../auth/use-auth';
import { localTimeZone, syncRange } from '../../../sync/range';
import { markPaneInteractive } from '../../pane-ready';
import { useSyncBlock } from './use-sync-block';
import { useSyncPorts } from './use-sync-ports';
import { useSyncSettings } from './use-sync-settings';

/**
 * `listsOutlook`: the view lists Outlook items as soon as it is interactive (Send), so the ports
 * are built then; the Get views build them when Run is pressed.
 */
export function useSyncView(route: RouteId, kind: 'calendar' | 'contacts', listsOutlook = false) {
  const { settings, loaded } = useSyncSettings();
  const { ports, error, whenPorts } = useSyncPorts(loaded && listsOutlook);
  const blocked = useSyncBlock(kind, settings, error);
  const { state } = useAuth();
  const resourceId = state.session?.resource.id ?? 0;
  const [now] = useState(() => Date.now());
  const { daysBack, daysAhead } = settings.calendar;
  const range = useMemo(() => syncRange(now, daysBack, daysAhead, localTimeZone()), [now, daysBack, daysAhead]);
  useEffect(() => {
    if (loaded) markPaneInteractive(route);
  }, [loaded, route]);
  return { settings, loaded, ports, whenPorts, blocked: loaded ? blocked : null, resourceId, range };
}

/** The sync engine's chunk (sync-engine.ts); the views call it at Run time, or once their list loads. */
export const loadSyncEngine = () => import(/* webpackChunkName: "sync-engine" */ './sync-engine');
export type SyncEngine = Awaited<ReturnType<typeof loadSyncEngine>>;
/** The Send views' list of Outlook items: shown once the items are read, so not in the first chunk. */
export const LazyCandidateList = lazy(() => import(/* webpackChunkName: "sync-candidates" */ './CandidateList').then((m) => ({ default: m.CandidateList })));

export const dateText = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
export const dateTimeText = (ms: number) => new Date(ms).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
