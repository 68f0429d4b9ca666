import {
  DEFAULT_SYNC_SETTINGS, loadSyncSettings, parseSyncSettings, saveSyncSettings, SYNC_SETTINGS_KEY, SyncSettingsTooLargeError, type RoamingStore,
} from '../../../src/addin/office/sync-settings';

/** roamingSettings as Office keeps it: values in memory, persisted on save. */
function memoryStore(): RoamingStore & { saved: Map<string, unknown>; saves: number } {
  const pending = new Map<string, unknown>();
  const store = {
    saved: new Map<string, unknown>(),
    saves: 0,
    getRoamingSetting: async <T>(name: string) => store.saved.get(name) as T | undefined,
    setRoamingSetting: async (name: string, value: unknown) => { pending.set(name, JSON.parse(JSON.stringify(value))); },
    saveRoamingSettings: async () => { for (const [k, v] of pending) store.saved.set(k, v); store.saves += 1; },
  };
  return store;
}

describe('sync settings', () => {
  it('start with both integrations disabled and the proposal\'s defaults', () => {
    expect(DEFAULT_SYNC_SETTINGS).toEqual({
      calendar: { enabled: false, types: ['appointment', 'todo', 'serviceCall'], daysBack: 7, daysAhead: 30, getOnOpen: false, intervalMinutes: 0 },
      contacts: { enabled: false, scope: 'account-manager', companies: [], folderName: 'Autotask' },
    });
  });

  it('read a damaged or partial value field by field, keeping what is valid', () => {
    const s = parseSyncSettings({ calendar: { enabled: true, daysBack: -3, types: ['todo', 'meeting'], intervalMinutes: 7 }, contacts: 'x' });
    expect(s.calendar).toMatchObject({ enabled: true, daysBack: 7, types: ['appointment', 'todo', 'serviceCall'], intervalMinutes: 0 });
    expect(s.contacts).toEqual(DEFAULT_SYNC_SETTINGS.contacts);
    expect(parseSyncSettings('garbage')).toEqual(DEFAULT_SYNC_SETTINGS);
  });

  it('save and load back through roamingSettings', async () => {
    const store = memoryStore();
    const wanted = { calendar: { ...DEFAULT_SYNC_SETTINGS.calendar, enabled: true, daysAhead: 14, types: ['appointment' as const] }, contacts: { ...DEFAULT_SYNC_SETTINGS.contacts, scope: 'companies' as const, companies: [{ id: 29683500, name: 'Contoso Dental' }] } };
    await saveSyncSettings(wanted, store);
    expect(store.saves).toBe(1);
    expect(store.saved.has(SYNC_SETTINGS_KEY)).toBe(true);
    expect(await loadSyncSettings(store)).toEqual(wanted);
  });

  it('refuse a value that would not fit in roamingSettings, and keep at most 100 companies', async () => {
    const store = memoryStore();
    const many = Array.from({ length: 101 }, (_, i) => ({ id: i + 1, name: 'x' }));
    expect(parseSyncSettings({ contacts: { companies: many } }).contacts.companies).toEqual([]);
    const big = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, name: 'n'.repeat(200) }));
    await expect(saveSyncSettings({ ...DEFAULT_SYNC_SETTINGS, contacts: { ...DEFAULT_SYNC_SETTINGS.contacts, companies: big } }, store)).rejects.toBeInstanceOf(SyncSettingsTooLargeError);
    expect(store.saves).toBe(0);
  });
});
