/**
 * The workbench host: owns the state the page draws, answers the emulated Office.js in each add-in
 * frame (connect → FrameSession), and runs ribbon commands as Outlook does. Published on the top
 * window as `window.__workbenchHost`, which doubles as the end-to-end tests' handle (see
 * WorkbenchTestApi at the end of this file).
 *
 * This file is over 200 lines because it is the one place the pane, the function runtime, dialogs
 * and message selection meet; the pieces that stand alone live beside it.
 */
import type { MessageFolder, WorkbenchMessage } from '../model/message';
import { USER_PROFILE } from '../model/message';
import { findControl, parseManifest, type RibbonLayout, type RibbonMenuItem } from '../ribbon/manifest-model';
import { DEFAULT_MASTER_CATEGORIES, sampleMessages } from '../samples';
import { createFrameSession, type SessionRecord } from './frame-session';
import { ASSOCIATE_GRACE_MS, FUNCTION_FILE_LOAD_MS, runFunctionCommand } from './function-runner';
import type {
  CategoryData, DialogOpenerEvents, DialogRequest, EnvironmentData, FrameRole, FrameSession, HostEvent, PermissionLevel, WorkbenchHostApi,
} from './host-api';
import { Persistence, type KeyValueStorage } from './persistence';
import { Store } from './store';
import { originOf, rebase, withWorkbenchHost } from './urls';
import {
  DEFAULT_SUPPORTED_SETS, officeThemeFor, type DialogState, type FunctionRun, type PaneState, type StatusState, type ThemeName,
  type WorkbenchSettings, type WorkbenchState,
} from './workbench-state';

export interface HostDeps {
  win: Window;
  storage?: KeyValueStorage;
  fetch?: typeof fetch;
}

export class WorkbenchHost implements WorkbenchHostApi {
  readonly apiVersion = 1 as const;
  readonly store: Store<WorkbenchState>;
  readonly persistence: Persistence;
  /** URLs passed to Office.context.ui.openBrowserWindow, in order. */
  readonly openedBrowserWindows: string[] = [];
  /** Every function command run, oldest first. */
  readonly functionRuns: FunctionRun[] = [];
  /** How long a function command may run before the workbench reports it (Outlook: 5 minutes). */
  functionTimeoutMs = 5 * 60 * 1000;
  /** How long the function file may take to reach Office.onReady. */
  functionFileLoadMs = FUNCTION_FILE_LOAD_MS;
  /** How long after Office.onReady an Office.actions.associate call may still arrive. */
  associateGraceMs = ASSOCIATE_GRACE_MS;
  /** Resolves when the manifest and mailbox are loaded. */
  readonly ready: Promise<void>;

  private readonly frames: Partial<Record<FrameRole, HTMLIFrameElement>> = {};
  readonly sessions = new Map<Window, SessionRecord>();
  private readonly dialogOpeners = new Map<number, DialogOpenerEvents>();
  private nextDialogId = 1;
  private emlCount = 0;
  private markReady!: () => void;

  constructor(private readonly deps: HostDeps) {
    this.persistence = new Persistence(deps.storage);
    this.ready = new Promise((r) => (this.markReady = r));
    const settings: WorkbenchSettings = {
      theme: 'light',
      layout: 'simplified',
      supportedSets: { ...DEFAULT_SUPPORTED_SETS },
      permissions: null,
      ...this.persistence.read<Partial<WorkbenchSettings>>('settings', {}),
    };
    this.store = new Store<WorkbenchState>({
      settings,
      manifest: null,
      manifestError: null,
      addinConfig: null,
      messages: [],
      folder: 'inbox',
      selectedId: null,
      categories: {},
      masterCategories: this.persistence.read('masterCategories', DEFAULT_MASTER_CATEGORIES),
      notifications: {},
      pane: null,
      paneNonce: 0,
      functionFileUrl: null,
      dialog: null,
      status: null,
      lastFunctionRun: null,
      banner: null,
    });
  }

  // ── start-up ────────────────────────────────────────────────────────────────────────────────
  async init(params: URLSearchParams): Promise<void> {
    const messages = sampleMessages();
    const layout = params.get('layout');
    const theme = params.get('theme');
    this.store.set((s) => ({
      messages,
      settings: {
        ...s.settings,
        ...(layout === 'classic' || layout === 'simplified' ? { layout } : {}),
        ...(theme === 'light' || theme === 'dark' ? { theme } : {}),
      },
    }));
    const wanted = params.get('message');
    const first = messages[0]?.id ?? null;
    if (wanted && !messages.some((m) => m.id === wanted)) {
      this.store.set({
        banner: { kind: 'warning', title: `No sample message "${wanted}"`, text: `Showing the newest message. Samples: ${messages.map((m) => m.id).join(', ')}.` },
      });
    }
    this.selectMessage(wanted && messages.some((m) => m.id === wanted) ? wanted : first, { updateUrl: false });
    await Promise.all([this.loadManifest(), this.loadConfig()]);
    this.markReady();
  }

  private async loadManifest(): Promise<void> {
    const fetchFn = this.deps.fetch ?? this.deps.win.fetch.bind(this.deps.win);
    try {
      const res = await fetchFn('/manifest.xml', { cache: 'no-store' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const manifest = parseManifest(await res.text());
      this.store.set({ manifest, manifestError: null });
    } catch (e) {
      this.store.set({ manifestError: `Couldn't load the ribbon from /manifest.xml: ${(e as Error).message}` });
    }
  }

  private async loadConfig(): Promise<void> {
    try {
      const fetchFn = this.deps.fetch ?? this.deps.win.fetch.bind(this.deps.win);
      const res = await fetchFn('/api/config');
      if (res.ok) this.store.set({ addinConfig: (await res.json()) as WorkbenchState['addinConfig'] });
    } catch {
      // Optional: the status bar just shows less.
    }
  }

  // ── what the emulator sees ─────────────────────────────────────────────────────────────────
  environment(): EnvironmentData {
    const { settings, manifest } = this.store.get();
    const origin = this.deps.win.location.origin;
    const manifestOrigin = this.manifestOrigin();
    const domains = (manifest?.appDomains ?? []).map((d) => originOf(rebase(d, manifestOrigin, origin))).filter((d): d is string => !!d);
    return {
      supportedSets: Object.fromEntries(Object.entries(settings.supportedSets).map(([k, v]) => [k.toLowerCase(), v])),
      permissions: settings.permissions ?? ((manifest?.permissions as PermissionLevel | undefined) || 'ReadWriteItem'),
      displayLanguage: 'en-US',
      theme: officeThemeFor(settings.theme),
      userProfile: { ...USER_PROFILE },
      allowedDialogOrigins: [...new Set([origin, ...domains])],
      addinName: manifest?.displayName ?? 'Add-in',
    };
  }

  connect(frame: Window): FrameSession | undefined {
    const role = (Object.keys(this.frames) as FrameRole[]).find((r) => this.frames[r]?.contentWindow === frame);
    if (!role) return undefined;
    const record: SessionRecord = {
      win: frame, role, ready: false, actions: new Map(),
      listeners: { itemChanged: new Set(), themeChanged: new Set(), parentMessage: new Set() },
    };
    this.sessions.set(frame, record);
    return createFrameSession(this, record);
  }

  disconnect(record: SessionRecord): void {
    if (this.sessions.get(record.win) === record) this.sessions.delete(record.win);
  }

  attachFrame(role: FrameRole, el: HTMLIFrameElement | null): void {
    if (el) this.frames[role] = el;
    else delete this.frames[role];
  }

  emit(event: HostEvent, data?: unknown, roles?: FrameRole[]): void {
    for (const record of [...this.sessions.values()]) {
      if (roles && !roles.includes(record.role)) continue;
      for (const h of [...record.listeners[event]]) {
        this.deps.win.setTimeout(() => {
          try {
            h(data);
          } catch (e) {
            this.report('error', `An add-in ${event} handler threw: ${(e as Error)?.message ?? String(e)}`);
          }
        }, 0);
      }
    }
  }

  report(level: 'warning' | 'error', text: string): void {
    this.status(level, text);
  }

  status(kind: StatusState['kind'], text: string): void {
    this.store.set({ status: { kind, text, at: Date.now() } });
  }

  roamingKey(): string {
    return `roaming:${USER_PROFILE.emailAddress}:${this.store.get().manifest?.id ?? 'addin'}`;
  }

  manifestOrigin(): string | undefined {
    const m = this.store.get().manifest;
    return originOf(m?.functionFileUrl) ?? originOf(m?.defaultSourceLocation) ?? originOf(m?.appDomains[0]);
  }

  /** A manifest URL as the workbench loads it: on this origin, with _host=workbench. */
  frameUrl(manifestUrl: string): string {
    return withWorkbenchHost(rebase(manifestUrl, this.manifestOrigin(), this.deps.win.location.origin));
  }

  /** An icon URL from the manifest, moved onto this origin. */
  assetUrl(manifestUrl: string): string {
    return rebase(manifestUrl, this.manifestOrigin(), this.deps.win.location.origin);
  }

  // ── mailbox ─────────────────────────────────────────────────────────────────────────────────
  currentMessage(): WorkbenchMessage | undefined {
    const s = this.store.get();
    return s.messages.find((m) => m.id === s.selectedId);
  }

  itemCategories(itemId: string): string[] {
    const s = this.store.get();
    return [...(s.categories[itemId] ?? this.persistence.read<string[] | null>(`categories:${itemId}`, null) ?? s.messages.find((m) => m.itemId === itemId)?.categories ?? [])];
  }

  setItemCategories(itemId: string, names: string[]): void {
    this.persistence.write(`categories:${itemId}`, names);
    this.store.set((s) => ({ categories: { ...s.categories, [itemId]: [...names] } }));
  }

  setMasterCategories(list: CategoryData[]): void {
    this.persistence.write('masterCategories', list);
    this.store.set({ masterCategories: list.map((c) => ({ ...c })) });
  }

  selectMessage(id: string | null, opts: { updateUrl?: boolean } = {}): void {
    const s = this.store.get();
    if (id === s.selectedId) return;
    const previous = this.currentMessage();
    const next = s.messages.find((m) => m.id === id);
    const notifications = { ...s.notifications };
    if (previous) {
      // Non-persistent informational infobars go away when the user moves to another item.
      notifications[previous.itemId] = (notifications[previous.itemId] ?? []).filter((n) => n.type !== 'informationalMessage' || n.persistent);
    }
    const keepPane = !!s.pane?.pinned;
    this.store.set({
      selectedId: next?.id ?? null,
      folder: next?.folder ?? s.folder,
      notifications,
      pane: keepPane ? s.pane : null,
      messages: s.messages.map((m) => (m.id === next?.id && m.unread ? { ...m, unread: false } : m)),
    });
    if (s.pane && !keepPane) this.status('info', 'The task pane closed because another message was selected (it is not pinned).');
    if (keepPane) this.emit('itemChanged');
    else this.emit('itemChanged', undefined, ['function-file']);
    if (opts.updateUrl !== false && next) {
      const url = new URL(this.deps.win.location.href);
      url.searchParams.set('message', next.id);
      this.deps.win.history.replaceState(null, '', url.href);
    }
  }

  setFolder(folder: MessageFolder): void {
    const first = this.store.get().messages.find((m) => m.folder === folder);
    this.store.set({ folder });
    // As in Outlook: opening a folder selects its first message, or nothing when it is empty.
    if (this.currentMessage()?.folder !== folder) this.selectMessage(first?.id ?? null);
  }

  dismissNotification(itemId: string, key: string): void {
    this.store.set((s) => ({ notifications: { ...s.notifications, [itemId]: (s.notifications[itemId] ?? []).filter((n) => n.key !== key) } }));
  }

  async openEml(input: string | ArrayBuffer | Uint8Array, fileName?: string): Promise<{ id: string }> {
    const id = `eml-${++this.emlCount}`;
    try {
      // Loaded on first use: postal-mime stays out of the start-up bundle.
      const { emlToMessage } = await import('../mail/eml-to-message');
      const message = await emlToMessage(input, { id, fileName });
      this.store.set((s) => ({ messages: [message, ...s.messages], banner: null }));
      this.selectMessage(id);
      this.status('success', `Opened ${fileName ?? 'message'}${message.subject ? ` – "${message.subject}"` : ''}`);
      return { id };
    } catch (e) {
      const text = (e as Error)?.name === 'EmlParseError' ? (e as Error).message : `Unexpected error: ${(e as Error)?.message ?? String(e)}`;
      this.store.set({ banner: { kind: 'error', title: `Couldn't open ${fileName ?? 'the message'}`, text } });
      this.status('error', `Couldn't open ${fileName ?? 'the message'}: ${text}`);
      throw e;
    }
  }

  // ── settings ────────────────────────────────────────────────────────────────────────────────
  updateSettings(patch: Partial<WorkbenchSettings>): void {
    const before = this.store.get().settings;
    const settings = { ...before, ...patch };
    this.persistence.write('settings', settings);
    this.store.set({ settings });
    if (patch.theme && patch.theme !== before.theme) this.emit('themeChanged');
  }

  setLayout(layout: RibbonLayout): void {
    this.updateSettings({ layout });
  }

  setTheme(theme: ThemeName): void {
    this.updateSettings({ theme });
  }

  /** Replaces the supported requirement sets (name → version; omit a set to make it unsupported). */
  setSupportedSets(sets: Record<string, string>): void {
    this.updateSettings({ supportedSets: { ...sets } });
  }

  setPermissions(level: PermissionLevel | null): void {
    this.updateSettings({ permissions: level });
  }

  resetData(): void {
    this.persistence.clearAll();
    this.store.set({ masterCategories: DEFAULT_MASTER_CATEGORIES, categories: {}, notifications: {} });
    this.updateSettings({ theme: 'light', layout: 'simplified', supportedSets: { ...DEFAULT_SUPPORTED_SETS }, permissions: null });
    this.status('info', 'Workbench data reset: settings, categories, custom properties and roaming settings.');
  }

  // ── commands ────────────────────────────────────────────────────────────────────────────────
  execute(control: RibbonMenuItem): Promise<FunctionRun | void> {
    if (control.action.kind === 'ShowTaskpane') {
      this.showTaskpane(control, control.action.sourceLocation, control.action.supportsPinning);
      return Promise.resolve();
    }
    return runFunctionCommand(this, control.action.functionName, control.id);
  }

  /** Runs a ribbon control by its manifest id, as a click would. */
  runControl(controlId: string): Promise<FunctionRun | void> {
    const manifest = this.store.get().manifest;
    const control = manifest && findControl(manifest, controlId);
    if (!control) return Promise.reject(new Error(`No ribbon control "${controlId}" in the manifest.`));
    return this.execute(control);
  }

  /**
   * Benchmarks only: loads any URL in the pane frame exactly as a ShowTaskpane command would,
   * so a baseline page is measured through the same host, iframe and timing as the real pane.
   */
  showPane(url: string, label = 'Page'): void {
    this.showTaskpane({ id: 'bench.pane', label }, url, false);
  }

  private showTaskpane(control: Pick<RibbonMenuItem, 'id' | 'label'>, sourceLocation: string, supportsPinning: boolean): void {
    const url = this.frameUrl(sourceLocation);
    const current = this.store.get().pane;
    const pane: PaneState = {
      url, controlId: control.id, label: control.label, supportsPinning, pinned: supportsPinning && !!current?.pinned,
    };
    this.store.set((s) => ({ pane, paneNonce: current?.url === url ? s.paneNonce : s.paneNonce + 1 }));
    this.status('info', `Opened the task pane: ${control.label} (${new URL(url).pathname}${new URL(url).search})`);
  }

  closeTaskPane(): void {
    if (!this.store.get().pane) return;
    this.store.set({ pane: null });
    this.status('info', 'Task pane closed.');
  }

  setPinned(pinned: boolean): void {
    const pane = this.store.get().pane;
    if (!pane) return;
    if (pinned && !pane.supportsPinning) {
      this.status('warning', 'This pane does not declare SupportsPinning in the manifest, so Outlook would not let you pin it.');
      return;
    }
    this.store.set({ pane: { ...pane, pinned } });
  }

  updateFunctionRun(run: FunctionRun): void {
    this.store.set({ lastFunctionRun: { ...run } });
  }

  // ── dialogs ─────────────────────────────────────────────────────────────────────────────────
  openDialog(request: DialogRequest, opener: DialogOpenerEvents): number {
    const id = this.nextDialogId++;
    this.dialogOpeners.set(id, opener);
    const dialog: DialogState = { id, url: withWorkbenchHost(request.url), requestedUrl: request.url, width: request.width, height: request.height };
    this.store.set({ dialog });
    this.status('info', `Dialog opened: ${new URL(request.url).pathname}`);
    return id;
  }

  closeDialog(id: number): void {
    if (this.store.get().dialog?.id !== id) return;
    this.store.set({ dialog: null });
    this.dialogOpeners.delete(id);
  }

  /** The user closed the dialog (X or Escape): the opener gets DialogEventReceived 12006. */
  closeDialogAsUser(): void {
    const d = this.store.get().dialog;
    if (!d) return;
    const opener = this.dialogOpeners.get(d.id);
    this.closeDialog(d.id);
    try {
      opener?.event(12006);
    } catch {
      // The opener's page is gone.
    }
  }

  messageParent(message: string, origin: string): void {
    const d = this.store.get().dialog;
    const opener = d && this.dialogOpeners.get(d.id);
    try {
      opener?.message(message, origin);
    } catch {
      this.report('warning', 'messageParent: the page that opened the dialog is gone.');
    }
  }

  messageChild(id: number, message: string): boolean {
    if (this.store.get().dialog?.id !== id) return false;
    const dialogSessions = [...this.sessions.values()].filter((r) => r.role === 'dialog' && r.listeners.parentMessage.size > 0);
    if (!dialogSessions.length) return false;
    this.emit('parentMessage', message, ['dialog']);
    return true;
  }

  openBrowserWindow(url: string): void {
    if (!/^https?:\/\//i.test(url)) {
      this.report('error', `openBrowserWindow needs a full http(s) URL; "${url}" was not opened.`);
      return;
    }
    this.openedBrowserWindows.push(url);
    this.deps.win.open(url, '_blank', 'noopener,noreferrer');
    this.status('info', `Opened ${url} in a new browser tab.`);
  }

  // ── the end-to-end tests' view ─────────────────────────────────────────────────────────────
  get currentMessageId(): string | null {
    return this.store.get().selectedId;
  }
  get taskPane(): PaneState | null {
    return this.store.get().pane;
  }
  get lastFunctionRun(): FunctionRun | null {
    return this.store.get().lastFunctionRun;
  }
  get dialog(): DialogState | null {
    return this.store.get().dialog;
  }
  /** The status bar's text. */
  get statusText(): string {
    return this.store.get().status?.text ?? '';
  }
  listMessages(): { id: string; subject: string; from: string; folder: MessageFolder }[] {
    return this.store.get().messages.map((m) => ({ id: m.id, subject: m.subject, from: m.from?.address ?? '', folder: m.folder }));
  }
  notifications(itemId = this.currentMessage()?.itemId ?? ''): { key: string; type: string; message: string }[] {
    return (this.store.get().notifications[itemId] ?? []).map((n) => ({ ...n }));
  }
  categories(itemId = this.currentMessage()?.itemId ?? ''): string[] {
    return this.itemCategories(itemId);
  }
  customProperties(itemId = this.currentMessage()?.itemId ?? ''): Record<string, unknown> {
    return JSON.parse(this.persistence.readText(`customProperties:${itemId}`) || '{}') as Record<string, unknown>;
  }
  roamingSettings(): Record<string, unknown> {
    return JSON.parse(this.persistence.readText(this.roamingKey()) || '{}') as Record<string, unknown>;
  }
}
