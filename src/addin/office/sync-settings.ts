/**
 * Calendar and contact sync settings, roaming with the mailbox (roamingSettings, one key). Read
 * through zod with a default for every field, so a missing, old or damaged value still gives usable
 * settings; both integrations start disabled, as in the product we replace. The value stays far
 * under roamingSettings' 32 KB (the add-in's other settings share it): at most 100 chosen companies,
 * and a save over SYNC_SETTINGS_MAX_BYTES is refused.
 */
import { z } from 'zod';
import { getRoamingSetting, saveRoamingSettings, setRoamingSetting } from './roaming-settings';

export const SYNC_SETTINGS_KEY = 'sync';
export const SYNC_SETTINGS_MAX_BYTES = 16 * 1024;
export const CALENDAR_TYPES = ['appointment', 'todo', 'serviceCall', 'ticket', 'task'] as const;
/** Automatic Get intervals while the pane stays pinned, in minutes (0: off). */
export const INTERVALS = [0, 15, 30, 60, 120] as const;

const days = z.number().int().min(0).max(365);
const fallback = <T extends z.ZodType>(schema: T, value: z.infer<T>) => schema.catch(value as never);

const CalendarSchema = z.object({
  enabled: fallback(z.boolean(), false),
  types: fallback(z.array(z.enum(CALENDAR_TYPES)).transform((t) => [...new Set(t)]), ['appointment', 'todo', 'serviceCall']),
  daysBack: fallback(days, 7),
  daysAhead: fallback(days, 30),
  getOnOpen: fallback(z.boolean(), false),
  intervalMinutes: fallback(z.union(INTERVALS.map((n) => z.literal(n))), 0),
});

const CompanySchema = z.object({ id: z.number().int().positive(), name: z.string().max(200) });

const ContactsSchema = z.object({
  enabled: fallback(z.boolean(), false),
  scope: fallback(z.enum(['account-manager', 'companies']), 'account-manager'),
  companies: fallback(z.array(CompanySchema).max(100), []),
  folderName: fallback(z.string().trim().min(1).max(100), 'Autotask'),
});

export const SyncSettingsSchema = z.object({
  calendar: CalendarSchema.catch(CalendarSchema.parse({})),
  contacts: ContactsSchema.catch(ContactsSchema.parse({})),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;
export type CalendarSettings = SyncSettings['calendar'];
export type ContactsSettings = SyncSettings['contacts'];
export type CalendarType = (typeof CALENDAR_TYPES)[number];

/** Any stored value (or none) → complete settings. */
export function parseSyncSettings(value: unknown): SyncSettings {
  const object = value && typeof value === 'object' ? value : {};
  const v = object as Record<string, unknown>;
  return SyncSettingsSchema.parse({ calendar: v.calendar ?? {}, contacts: v.contacts ?? {} });
}

export const DEFAULT_SYNC_SETTINGS: SyncSettings = parseSyncSettings(undefined);

export class SyncSettingsTooLargeError extends Error {
  override readonly name = 'SyncSettingsTooLargeError';
  readonly code = 'SYNC_SETTINGS_TOO_LARGE';
}

export interface RoamingStore {
  getRoamingSetting<T = unknown>(name: string): Promise<T | undefined>;
  setRoamingSetting(name: string, value: unknown): Promise<void>;
  saveRoamingSettings(): Promise<void>;
}

const officeStore: RoamingStore = { getRoamingSetting, setRoamingSetting, saveRoamingSettings };

export async function loadSyncSettings(store: RoamingStore = officeStore): Promise<SyncSettings> {
  return parseSyncSettings(await store.getRoamingSetting(SYNC_SETTINGS_KEY));
}

export async function saveSyncSettings(settings: SyncSettings, store: RoamingStore = officeStore): Promise<SyncSettings> {
  const clean = parseSyncSettings(settings);
  const bytes = new TextEncoder().encode(JSON.stringify(clean)).length;
  if (bytes > SYNC_SETTINGS_MAX_BYTES) throw new SyncSettingsTooLargeError(`Sync settings take ${bytes} bytes; at most ${SYNC_SETTINGS_MAX_BYTES} fit with the add-in's other settings`);
  await store.setRoamingSetting(SYNC_SETTINGS_KEY, clean);
  await store.saveRoamingSettings();
  return clean;
}
