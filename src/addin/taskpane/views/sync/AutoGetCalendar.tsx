/**
 * The automatic Get Calendar Items, mounted once per pane (App): when Options > Calendar has the
 * integration on and "when the pane opens" or an interval chosen, it runs quietly (no prompt: an
 * ended session or a conflict is reported, events changed in Outlook are kept) while the user is
 * signed in and online, and shows one small status line. No live region: a tick announces nothing.
 * Its own chunk, loaded after the route; the Graph and sync code load only when it is on.
 * @jsxRuntime automatic
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useAuth } from '../../../auth/use-auth';
import { useOffline } from '../../../connectivity/use-connectivity';
import type { CalendarSettings } from '../../../office/sync-settings';
import { t } from '../../../strings';
import { createAutoGetScheduler, type AutoGetScheduler, type AutoGetStatus } from '../../../sync/auto-get';
import { runGetCalendar } from '../../../sync/calendar-run';
import { localTimeZone, syncRange } from '../../../sync/range';
import { calendarGetLock } from '../../../sync/run-lock';
import { useSyncPorts } from './use-sync-ports';
import { useSyncSettings } from './use-sync-settings';

const useStyles = makeStyles({
  line: { margin: 0, color: tokens.colorNeutralForeground3 },
  failed: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

const timeText = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

export function autoGetStatusText(status: AutoGetStatus): string | null {
  switch (status.kind) {
    case 'waiting': return null;
    case 'running': return t('sync.auto.running');
    case 'done': {
      const { created, updated, removed, skipped } = status.summary;
      const line = t('sync.auto.done', { time: timeText(status.at), created, updated, removed });
      return skipped.length ? `${line} ${t('sync.auto.skipped', { count: skipped.length })}` : line;
    }
    case 'failed': {
      const next = status.next === null ? t('sync.auto.stopped') : t('sync.auto.retry', { time: timeText(status.next) });
      return `${t('sync.auto.failed', { time: timeText(status.at), reason: status.reason })} ${next}`;
    }
  }
}

function AutoGetRunner({ calendar }: { calendar: CalendarSettings }) {
  const styles = useStyles();
  const offline = useOffline();
  const { state } = useAuth();
  const { ports } = useSyncPorts();
  const resourceId = state.session?.resource.id ?? 0;
  const ready = !offline && state.status === 'signed-in' && resourceId > 0 && ports !== null;
  const [status, setStatus] = useState<AutoGetStatus>({ kind: 'waiting', next: null });
  const hasPorts = ports !== null;
  const latest = useRef({ ports, resourceId });
  const scheduler = useRef<AutoGetScheduler | null>(null);
  useEffect(() => {
    latest.current = { ports, resourceId };
  }, [ports, resourceId]);
  // One scheduler per pane, started when the ports exist; each run reads the latest ports and resource.
  useEffect(() => {
    if (!hasPorts) return undefined;
    const s = createAutoGetScheduler({
      plan: { getOnOpen: calendar.getOnOpen, intervalMinutes: calendar.intervalMinutes },
      lock: calendarGetLock,
      onStatus: setStatus,
      run: (signal) => {
        const { ports: p, resourceId: id } = latest.current;
        const range = syncRange(Date.now(), calendar.daysBack, calendar.daysAhead, localTimeZone());
        // Quiet: events changed in Outlook are kept (reported as skipped), never overwritten unasked.
        return runGetCalendar(p!, { range, types: new Set(calendar.types), resourceId: id }, { signal, confirmConflicts: async () => new Set() });
      },
    });
    scheduler.current = s;
    return () => {
      s.dispose();
      scheduler.current = null;
    };
  }, [hasPorts, calendar]);
  useEffect(() => scheduler.current?.setReady(ready), [hasPorts, calendar, ready]);

  const text = autoGetStatusText(status);
  if (!text) return null;
  return <Text as="p" size={200} className={status.kind === 'failed' ? styles.failed : styles.line} data-testid="auto-get-status">{text}</Text>;
}

export default function AutoGetCalendar() {
  const { settings, loaded } = useSyncSettings();
  const cal = settings.calendar;
  if (!loaded || !cal.enabled || (!cal.getOnOpen && !cal.intervalMinutes)) return null;
  return <AutoGetRunner calendar={cal} />;
}
