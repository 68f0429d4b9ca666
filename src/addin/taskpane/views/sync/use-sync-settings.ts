/** The roaming sync settings as React state: loaded once per pane, saved on request. */
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_SYNC_SETTINGS, loadSyncSettings, saveSyncSettings, type RoamingStore, type SyncSettings } from '../../../office/sync-settings';
import { useOffice } from '../../pane-context';

export interface SyncSettingsState {
  settings: SyncSettings;
  loaded: boolean;
  /** Why the stored settings could not be read (defaults are used). */
  loadError: string | null;
  save(next: SyncSettings): Promise<SyncSettings>;
}

export function useSyncSettings(): SyncSettingsState {
  const office = useOffice();
  const store: RoamingStore = office;
  const [settings, setSettings] = useState<SyncSettings>(DEFAULT_SYNC_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadSyncSettings(store)
      .then((s) => { if (live) setSettings(s); })
      .catch((e: unknown) => { if (live) setLoadError(e instanceof Error ? e.message : String(e)); })
      .finally(() => { if (live) setLoaded(true); });
    return () => { live = false; };
    // The facade is stable for the pane's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const save = useCallback(async (next: SyncSettings) => {
    const saved = await saveSyncSettings(next, store);
    setSettings(saved);
    return saved;
  }, [store]);
  return { settings, loaded, loadError, save };
}
