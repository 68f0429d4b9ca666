/** What every sync view needs: settings, ports, the blocking reason, the signed-in resource, the range; marks the pane ready. */
import { useEffect, useMemo, useState } from 'react';
import type { RouteId } from '../../../commands/catalog';
import { useAuth } from '../../../auth/use-auth';
import { localTimeZone, syncRange } from '../../../sync/range';
import { markPaneInteractive } from '../../pane-ready';
import { useSyncBlock } from './use-sync-block';
import { useSyncPorts } from './use-sync-ports';
import { useSyncSettings } from './use-sync-settings';

export function useSyncView(route: RouteId, kind: 'calendar' | 'contacts') {
  const { settings, loaded } = useSyncSettings();
  const { ports, error } = useSyncPorts();
  const blocked = useSyncBlock(kind, settings, error);
  const { state } = useAuth();
  const resourceId = state.session?.resource.id ?? 0;
  const [now] = useState(() => Date.now());
  const { daysBack, daysAhead } = settings.calendar;
  const range = useMemo(() => syncRange(now, daysBack, daysAhead, localTimeZone()), [now, daysBack, daysAhead]);
  useEffect(() => {
    if (loaded) markPaneInteractive(route);
  }, [loaded, route]);
  return { settings, loaded, ports, blocked: loaded ? blocked : null, resourceId, range };
}

export const dateText = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
export const dateTimeText = (ms: number) => new Date(ms).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
