/**
 * The contract between the emulated Office.js (running inside an add-in frame) and the workbench page
 * (the top window). The workbench exposes one object, `window.__workbenchHost`; the emulator finds it
 * by walking up `window.parent` (same origin), calls `connect(window)` and gets a FrameSession bound
 * to its frame.
 *
 * Division of labour: the host stores state and draws it (item data, categories, infobars, the pane,
 * dialogs); the emulator implements Office semantics (argument checks, limits, error names,
 * requirement sets, asynchronous callbacks). Everything crossing the boundary is plain data
 * (strings, numbers, arrays, Uint8Array), so nothing depends on which realm created it.
 *
 * Types only, plus findWorkbenchHost: importing this file pulls no workbench code into the emulator.
 */

export const WORKBENCH_HOST_KEY = '__workbenchHost';

/** Which frame a session belongs to. */
export type FrameRole = 'taskpane' | 'function-file' | 'dialog';

export type PermissionLevel = 'Restricted' | 'ReadItem' | 'ReadWriteItem' | 'ReadWriteMailbox';

export interface AddressData {
  displayName: string;
  emailAddress: string;
  recipientType: 'user' | 'externalUser' | 'distributionList' | 'other';
}

export interface AttachmentData {
  id: string;
  name: string;
  size: number;
  contentType: string;
  attachmentType: 'file' | 'item' | 'cloud';
  isInline: boolean;
}

/** The current item as plain data. Dates are ISO strings. */
export interface ItemData {
  itemId: string;
  itemType: 'message';
  itemClass: string;
  subject: string;
  from: AddressData | null;
  sender: AddressData | null;
  to: AddressData[];
  cc: AddressData[];
  dateTimeCreated: string;
  dateTimeModified: string;
  internetMessageId: string;
  conversationId: string;
  attachments: AttachmentData[];
}

export interface AttachmentContentData {
  kind: 'bytes' | 'eml' | 'url';
  bytes?: Uint8Array;
  text?: string;
}

export interface CategoryData {
  displayName: string;
  color: string;
}

export interface NotificationData {
  key: string;
  type: 'informationalMessage' | 'errorMessage' | 'progressIndicator' | 'insightMessage';
  message: string;
  icon?: string;
  persistent?: boolean;
}

export interface OfficeThemeData {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
}

export interface EnvironmentData {
  /** Requirement set name (lower case) → highest supported version, e.g. { mailbox: "1.14" }. */
  supportedSets: Record<string, string>;
  permissions: PermissionLevel;
  displayLanguage: string;
  theme: OfficeThemeData;
  userProfile: { displayName: string; emailAddress: string; timeZone: string; accountType: string };
  /** Origins a dialog may open (the manifest's AppDomains and the add-in's own origin). */
  allowedDialogOrigins: string[];
  /** The add-in's display name, for dialog chrome and logs. */
  addinName: string;
}

export interface DialogRequest {
  /** Absolute URL as the add-in passed it (the host adds _host=workbench). */
  url: string;
  /** Percent of the window, 1–100. */
  width: number;
  height: number;
}

/** Callbacks the host uses to reach the frame that opened a dialog. */
export interface DialogOpenerEvents {
  message(message: string, origin: string): void;
  event(code: number): void;
}

export type HostEvent = 'itemChanged' | 'themeChanged' | 'parentMessage';

/** Called by the host to run an ExecuteFunction command; `completed` records event.completed(). */
export type ActionInvoker = (controlId: string, completed: (options?: unknown) => void) => void;

export interface FrameSession {
  readonly role: FrameRole;
  environment(): EnvironmentData;

  currentItem(): ItemData | null;
  body(itemId: string): { html?: string; text?: string } | undefined;
  attachmentContent(itemId: string, attachmentId: string): AttachmentContentData | undefined;
  internetHeaders(itemId: string): string | undefined;

  itemCategories(itemId: string): string[];
  setItemCategories(itemId: string, names: string[]): void;
  masterCategories(): CategoryData[];
  setMasterCategories(list: CategoryData[]): void;

  /** Custom properties of this add-in on the item, as the JSON text Outlook stores. */
  customProperties(itemId: string): string;
  saveCustomProperties(itemId: string, json: string): void;

  notifications(itemId: string): NotificationData[];
  setNotifications(itemId: string, list: NotificationData[]): void;

  /** Roaming settings of this add-in in this mailbox, as JSON text. */
  roamingSettings(): string;
  saveRoamingSettings(json: string): void;

  /** Opens the dialog overlay; returns its id. The caller has already applied Office's checks. */
  openDialog(request: DialogRequest, opener: DialogOpenerEvents): number;
  isDialogOpen(): boolean;
  closeDialog(id: number): void;
  /** Parent → dialog (Dialog.messageChild). Returns false when the dialog page isn't listening yet. */
  messageChild(id: number, message: string): boolean;
  /** Dialog → parent (Office.context.ui.messageParent); only for role "dialog". */
  messageParent(message: string, origin: string): void;

  openBrowserWindow(url: string): void;
  closeContainer(): void;

  registerAction(name: string, invoke: ActionInvoker): void;
  /** Office.onReady has resolved in this frame. */
  ready(): void;
  subscribe(event: HostEvent, handler: (data?: unknown) => void): () => void;
  /** Something the add-in did wrong that Office would reject or ignore; shown in the workbench. */
  report(level: 'warning' | 'error', message: string): void;
  disconnect(): void;
}

export interface WorkbenchHostApi {
  readonly apiVersion: 1;
  /** Returns a session for a frame the workbench created, or undefined for an unknown window. */
  connect(frame: Window): FrameSession | undefined;
}

/** Walks up from a frame to the nearest ancestor window that carries the workbench host. */
export function findWorkbenchHost(win: Window): WorkbenchHostApi | undefined {
  let w: Window = win;
  for (let depth = 0; depth < 10; depth++) {
    try {
      const host = (w as unknown as Record<string, unknown>)[WORKBENCH_HOST_KEY] as WorkbenchHostApi | undefined;
      if (host && host.apiVersion === 1 && w !== win) return host;
    } catch {
      return undefined; // cross-origin ancestor
    }
    if (w.parent === w) return undefined;
    w = w.parent;
  }
  return undefined;
}
