/**
 * Calendar and contact sync settings, roaming with the mailbox (roamingSettings, one key). Read
 * field by field with a default for every field, so a missing, old or damaged value still gives
 * usable settings; both integrations start disabled, as in the product we replace. The value stays
 * far under roamingSettings' 32 KB (the add-in's other settings share it): at most 100 chosen
 * companies, and a save over SYNC_SETTINGS_MAX_BYTES is refused. Hand-written rather than zod:
 * Options and the sync routes read these settings before they are interactive, and zod alone
 * would take a large part of their initial-bytes budget.
 */
import { getRoamingSetting, saveRoamingSettings, setRoamingSetting } from './roaming-settings';

export const SYNC_SETTINGS_KEY = 'sync';
export const SYNC_SETTINGS_MAX_BYTES = 16 * 1024;
export const CALENDAR_TYPES = ['appointment', 'todo', 'serviceCall', 'ticket', 'task'] as const;
/** Automatic Get intervals while the pane stays pinned, in minutes (0: off). */
export const INTERVALS = [0, 15, 30, 60, 120] as const;

export type CalendarType = (typeof CALENDAR_TYPES)[number];
export interface CalendarSettings {
  enabled: boolean;
  types: CalendarType[];
  daysBack: number;
  daysAhead: number;
  getOnOpen: boolean;
  intervalMinutes: (typeof INTERVALS)[number];
}
export interface ContactsSettings {
  enabled: boolean;
  scope: 'account-manager' | 'companies';
  companies: { id: number; name: string }[];
  folderName: string;
}
export interface SyncSettings { calendar: CalendarSettings; contacts: ContactsSettings }

type Fields = Record<string, unknown>;
const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T>(allowed: readonly T[], v: unknown, fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);
const bool = (v: unknown) => (typeof v === 'boolean' ? v : false);
const days = (v: unknown, fallback: number) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 365 ? (v as number) : fallback);

function calendarOf(v: Fields): CalendarSettings {
  const types = Array.isArray(v.types) && v.types.every((x) => CALENDAR_TYPES.includes(x as CalendarType))
    ? [...new Set(v.types as CalendarType[])] : ['appointment', 'todo', 'serviceCall'] as CalendarType[];
  return {
    enabled: bool(v.enabled),
    types,
    daysBack: days(v.daysBack, 7),
    daysAhead: days(v.daysAhead, 30),
    getOnOpen: bool(v.getOnOpen),
    intervalMinutes: oneOf(INTERVALS, v.intervalMinutes, 0),
  };
}

const company = (c: unknown) => isObject(c) && Number.isInteger(c.id) && (c.id as number) > 0 && typeof c.name === 'string' && c.name.length <= 200;

function contactsOf(v: Fields): ContactsSettings {
  const companies = Array.isArray(v.companies) && v.companies.length <= 100 && v.companies.every(company)
    ? (v.companies as Fields[]).map((c) => ({ id: c.id as number, name: c.name as string })) : [];
  const folder = typeof v.folderName === 'string' ? v.folderName.trim() : '';
  return {
    enabled: bool(v.enabled),
    scope: oneOf(['account-manager', 'companies'] as const, v.scope, 'account-manager'),
    companies,
    folderName: folder.length >= 1 && folder.length <= 100 ? folder : 'Autotask',
  };
}

/** Any stored value (or none) → complete settings. */
export function parseSyncSettings(value: unknown): SyncSettings {
  const v = isObject(value) ? value : {};
  return { calendar: calendarOf(isObject(v.calendar) ? v.calendar : {}), contacts: contactsOf(isObject(v.contacts) ? v.contacts : {}) };
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
