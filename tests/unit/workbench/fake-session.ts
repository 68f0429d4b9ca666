/** An in-memory FrameSession for emulator tests: the host side reduced to storage and recorders. */
import type {
  ActionInvoker, AttachmentContentData, CategoryData, DialogOpenerEvents, DialogRequest, EnvironmentData, FrameRole,
  FrameSession, HostEvent, ItemData, NotificationData,
} from '../../../src/workbench/host/host-api';
import type { FrameWindow } from '../../../src/workbench/office-emulator/context';

export const ITEM: ItemData = {
  itemId: 'AAMkItem1+/=',
  itemType: 'message',
  itemClass: 'IPM.Note',
  subject: 'RE: Printer',
  from: { displayName: 'Maria Lopez', emailAddress: 'maria.lopez@contosodental.com', recipientType: 'externalUser' },
  sender: { displayName: 'Maria Lopez', emailAddress: 'maria.lopez@contosodental.com', recipientType: 'externalUser' },
  to: [{ displayName: 'Sam Rivera', emailAddress: 'sam.rivera@harborline-it.com', recipientType: 'user' }],
  cc: [],
  dateTimeCreated: '2026-11-30T13:12:37.000Z',
  dateTimeModified: '2026-11-30T13:12:41.000Z',
  internetMessageId: '<a@b>',
  conversationId: 'AAQkConv',
  attachments: [{ id: 'att1', name: 'a.pdf', size: 3, contentType: 'application/pdf', attachmentType: 'file', isInline: false }],
};

export function env(overrides: Partial<EnvironmentData> = {}): EnvironmentData {
  return {
    supportedSets: { mailbox: '1.14', dialogapi: '1.2', openbrowserwindowapi: '1.1', nestedappauth: '1.1' },
    permissions: 'ReadWriteItem',
    displayLanguage: 'en-US',
    theme: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#242424', controlBackgroundColor: '#ffffff', controlForegroundColor: '#242424', isDarkTheme: false },
    userProfile: { displayName: 'Sam Rivera', emailAddress: 'sam.rivera@harborline-it.com', timeZone: 'Eastern Standard Time', accountType: 'enterprise' },
    allowedDialogOrigins: ['https://localhost:3000'],
    addinName: 'Autotask for Outlook',
    ...overrides,
  };
}

export class FakeSession implements FrameSession {
  item: ItemData | null = ITEM;
  bodies: Record<string, { html?: string; text?: string }> = { [ITEM.itemId]: { html: '<p>Hello <b>Sam</b></p><p>Line&nbsp;2</p>' } };
  categories: Record<string, string[]> = {};
  master: CategoryData[] = [{ displayName: 'Urgent', color: 'Preset0' }, { displayName: 'Project', color: 'Preset4' }];
  custom: Record<string, string> = {};
  notes: Record<string, NotificationData[]> = {};
  roaming = '{}';
  dialogs: { id: number; request: DialogRequest; opener: DialogOpenerEvents; open: boolean }[] = [];
  parentMessages: { message: string; origin: string }[] = [];
  childMessages: string[] = [];
  opened: string[] = [];
  closedContainer = 0;
  actions = new Map<string, ActionInvoker>();
  reports: string[] = [];
  readyCalls = 0;
  listeners: Record<HostEvent, ((d?: unknown) => void)[]> = { itemChanged: [], themeChanged: [], parentMessage: [] };

  constructor(readonly role: FrameRole = 'taskpane', private readonly envData: EnvironmentData = env()) {}

  environment = () => this.envData;
  currentItem = () => this.item;
  body = (id: string) => this.bodies[id];
  attachmentContent = (itemId: string, attId: string): AttachmentContentData | undefined =>
    itemId === ITEM.itemId && attId === 'att1' ? { kind: 'bytes', bytes: new Uint8Array([0x25, 0x50, 0x44]) } : undefined;
  internetHeaders = () => 'From: Maria Lopez <maria.lopez@contosodental.com>\r\n';
  itemCategories = (id: string) => this.categories[id] ?? [];
  setItemCategories = (id: string, names: string[]) => void (this.categories[id] = names);
  masterCategories = () => this.master;
  setMasterCategories = (list: CategoryData[]) => void (this.master = list);
  customProperties = (id: string) => this.custom[id] ?? '';
  saveCustomProperties = (id: string, json: string) => void (this.custom[id] = json);
  notifications = (id: string) => this.notes[id] ?? [];
  setNotifications = (id: string, list: NotificationData[]) => void (this.notes[id] = list);
  roamingSettings = () => this.roaming;
  saveRoamingSettings = (json: string) => void (this.roaming = json);
  openDialog = (request: DialogRequest, opener: DialogOpenerEvents) => {
    const id = this.dialogs.length + 1;
    this.dialogs.push({ id, request, opener, open: true });
    return id;
  };
  isDialogOpen = () => this.dialogs.some((d) => d.open);
  closeDialog = (id: number) => void this.dialogs.filter((d) => d.id === id).forEach((d) => (d.open = false));
  messageChild = (_id: number, message: string) => (this.childMessages.push(message), true);
  messageParent = (message: string, origin: string) => void this.parentMessages.push({ message, origin });
  openBrowserWindow = (url: string) => void this.opened.push(url);
  closeContainer = () => void this.closedContainer++;
  registerAction = (name: string, invoke: ActionInvoker) => void this.actions.set(name, invoke);
  ready = () => void this.readyCalls++;
  subscribe = (event: HostEvent, handler: (d?: unknown) => void) => {
    this.listeners[event].push(handler);
    return () => void (this.listeners[event] = this.listeners[event].filter((h) => h !== handler));
  };
  emit(event: HostEvent, data?: unknown) {
    for (const h of this.listeners[event]) h(data);
  }
  report = (level: string, message: string) => void this.reports.push(`${level}: ${message}`);
  disconnect = () => undefined;
}

export function fakeWindow(origin = 'https://localhost:3000'): FrameWindow {
  return {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    location: { origin, href: `${origin}/taskpane.html?route=create-ticket&_host=workbench` },
    console: { warn: () => undefined, error: () => undefined, info: () => undefined },
  };
}
