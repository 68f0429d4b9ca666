/** The workbench's state: settings, mailbox, pane, dialog, function runs and status. */
import type { ManifestModel, RibbonLayout } from '../ribbon/manifest-model';
import type { MessageFolder, WorkbenchMessage } from '../model/message';
import type { CategoryData, NotificationData, OfficeThemeData, PermissionLevel } from './host-api';

export type ThemeName = 'light' | 'dark';

/** Requirement sets the settings let you change, with the versions you can pick. */
export const REQUIREMENT_SET_CHOICES: Record<string, string[]> = {
  Mailbox: Array.from({ length: 14 }, (_, i) => `1.${i + 1}`),
  DialogApi: ['1.1', '1.2'],
  OpenBrowserWindowApi: ['1.1'],
  NestedAppAuth: ['1.1'],
};

/**
 * Outlook on the web as the workbench emulates it by default. NestedAppAuth is off: the
 * workbench has no NAA broker, so add-ins take their Office-dialog sign-in here (turn it on in
 * Settings to try the MSAL path, which then runs MSAL's own browser flows).
 */
export const DEFAULT_SUPPORTED_SETS: Record<string, string> = {
  Mailbox: '1.14',
  DialogApi: '1.2',
  OpenBrowserWindowApi: '1.1',
};

export const PERMISSION_LEVELS: PermissionLevel[] = ['Restricted', 'ReadItem', 'ReadWriteItem', 'ReadWriteMailbox'];

export interface WorkbenchSettings {
  theme: ThemeName;
  layout: RibbonLayout;
  /** Set name → highest supported version; a missing set is unsupported. */
  supportedSets: Record<string, string>;
  /** Overrides the manifest's <Permissions>; null = as the manifest says. */
  permissions: PermissionLevel | null;
}

export interface PaneState {
  url: string;
  controlId: string;
  label: string;
  supportsPinning: boolean;
  pinned: boolean;
}

export interface DialogState {
  id: number;
  /** URL loaded in the overlay (with _host=workbench). */
  url: string;
  /** URL as the add-in asked for it. */
  requestedUrl: string;
  width: number;
  height: number;
}

export type FunctionRunStatus = 'loading' | 'running' | 'completed' | 'timed-out' | 'failed';

export interface FunctionRun {
  name: string;
  controlId: string;
  status: FunctionRunStatus;
  /** True once the handler called event.completed(). */
  completed: boolean;
  startedAt: number;
  completedAt?: number;
  error?: string;
  /** The options passed to event.completed(options). */
  completedOptions?: unknown;
}

export interface StatusState {
  kind: 'info' | 'progress' | 'success' | 'warning' | 'error';
  text: string;
  at: number;
}

export interface BannerState {
  kind: 'error' | 'warning';
  title: string;
  text: string;
}

export interface WorkbenchState {
  settings: WorkbenchSettings;
  manifest: ManifestModel | null;
  manifestError: string | null;
  addinConfig: { productName?: string; version?: string; build?: string } | null;
  messages: WorkbenchMessage[];
  folder: MessageFolder;
  selectedId: string | null;
  /** Item categories by itemId (absent = as the message arrived). */
  categories: Record<string, string[]>;
  masterCategories: CategoryData[];
  notifications: Record<string, NotificationData[]>;
  pane: PaneState | null;
  /** Reload counter for the pane frame. */
  paneNonce: number;
  functionFileUrl: string | null;
  dialog: DialogState | null;
  status: StatusState | null;
  lastFunctionRun: FunctionRun | null;
  banner: BannerState | null;
}

export function officeThemeFor(theme: ThemeName): OfficeThemeData {
  return theme === 'dark'
    ? { bodyBackgroundColor: '#292929', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#1f1f1f', controlForegroundColor: '#ffffff', isDarkTheme: true }
    : { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#242424', controlBackgroundColor: '#ffffff', controlForegroundColor: '#242424', isDarkTheme: false };
}
