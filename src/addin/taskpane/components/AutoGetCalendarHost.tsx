/**
 * Mounts the automatic Get Calendar Items (views/sync/AutoGetCalendar, its own chunk) once per pane,
 * only when the stored sync settings turn it on; a glance at the raw value here, so the pane's first
 * chunk carries neither the settings' schema nor the sync code.
 * @jsxRuntime automatic
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useOffice } from '../pane-context';

const AutoGetCalendar = lazy(() => import(/* webpackChunkName: "auto-get-calendar" */ '../views/sync/AutoGetCalendar'));

/** The roamingSettings key of the sync settings (SYNC_SETTINGS_KEY in office/sync-settings.ts). */
const KEY = 'sync';

interface RawCalendar { enabled?: unknown; getOnOpen?: unknown; intervalMinutes?: unknown }

export function autoGetWanted(value: unknown): boolean {
  const cal = (value as { calendar?: RawCalendar } | null | undefined)?.calendar;
  return cal?.enabled === true && (cal.getOnOpen === true || (typeof cal.intervalMinutes === 'number' && cal.intervalMinutes > 0));
}

export function AutoGetCalendarHost() {
  const office = useOffice();
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    let live = true;
    office.getRoamingSetting(KEY).then((v) => { if (live) setWanted(autoGetWanted(v)); }, () => undefined);
    return () => { live = false; };
  }, [office]);
  return wanted ? <Suspense fallback={null}><AutoGetCalendar /></Suspense> : null;
}
