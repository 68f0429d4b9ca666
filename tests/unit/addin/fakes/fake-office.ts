/**
 * A small fake of the `Office` global for facade and commands tests: just the parts the facade
 * touches, with AsyncResults that succeed or fail on demand. Install with `installFakeOffice()`.
 */

export interface FakeAsyncError {
  code: number;
  name: string;
  message: string;
}

export type AsyncCallback<T = unknown> = (result: { status: string; value: T; error?: FakeAsyncError }) => void;

export const ok = <T>(value: T) => ({ status: 'succeeded', value });
export const failed = (code: number, name: string, message = `${name} happened`) => ({
  status: 'failed',
  value: undefined,
  error: { code, name, message },
});

/** Calls the last argument (the callback) with `result`, asynchronously like Office does. */
export function asyncMethod(result: unknown = ok(undefined)) {
  return jest.fn((...args: unknown[]) => {
    const callback = args[args.length - 1] as (r: unknown) => void;
    queueMicrotask(() => callback(result));
  });
}

export interface FakeItemOptions {
  subject?: string;
  from?: { displayName: string; emailAddress: string };
  attachments?: Array<{ id: string; name: string; size: number; contentType: string; isInline: boolean }>;
}

export function fakeReadItem(options: FakeItemOptions = {}) {
  return {
    itemType: 'message',
    subject: options.subject ?? 'Printer on fire',
    from: options.from ?? { displayName: 'Ada Lovelace', emailAddress: 'ada@example.com' },
    to: [{ displayName: 'Help Desk', emailAddress: 'help@example.com' }],
    cc: [],
    dateTimeCreated: new Date('2026-03-01T10:00:00Z'),
    internetMessageId: '<abc@example.com>',
    conversationId: 'conv-1',
    attachments: options.attachments ?? [
      { id: 'att-1', name: 'photo.png', size: 2048, contentType: 'image/png', isInline: false },
      { id: 'att-2', name: 'logo.png', size: 512, contentType: 'image/png', isInline: true },
    ],
    body: { getAsync: asyncMethod(ok('<p>Hello</p>')) },
    notificationMessages: {
      addAsync: asyncMethod(),
      replaceAsync: asyncMethod(),
    },
  };
}

export interface FakeOfficeOptions {
  item?: unknown;
  supportedSets?: Record<string, string>;
  onReady?: () => Promise<unknown>;
  officeTheme?: Record<string, string> | undefined;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export function createFakeOffice(options: FakeOfficeOptions = {}) {
  const supported = options.supportedSets ?? { Mailbox: '1.14', OpenBrowserWindowApi: '1.1', DialogApi: '1.2' };
  const dialogHandlers = new Map<string, (args: unknown) => void>();
  const dialog = {
    handlers: dialogHandlers,
    addEventHandler: jest.fn((type: string, handler: (args: unknown) => void): void => {
      dialogHandlers.set(type, handler);
    }),
    close: jest.fn(),
  };
  const settings = new Map<string, unknown>();
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: {
      ItemChanged: 'olkItemSelectedChanged',
      OfficeThemeChanged: 'officeThemeChanged',
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    MailboxEnums: { ItemNotificationMessageType: { InformationalMessage: 'informationalMessage' } },
    onReady: jest.fn(options.onReady ?? (() => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }))),
    actions: { associate: jest.fn() },
    context: {
      displayLanguage: 'en-US',
      officeTheme: options.officeTheme,
      requirements: {
        isSetSupported: jest.fn((name: string, version = '1.1') => {
          const have = supported[name];
          return have !== undefined && versionAtLeast(have, version);
        }),
      },
      ui: {
        openBrowserWindow: jest.fn(),
        displayDialogAsync: asyncMethod(ok(dialog)),
        messageParent: jest.fn(),
      },
      roamingSettings: {
        get: jest.fn((name: string) => settings.get(name)),
        set: jest.fn((name: string, value: unknown) => settings.set(name, value)),
        remove: jest.fn((name: string) => settings.delete(name)),
        saveAsync: asyncMethod(),
      },
      mailbox: {
        item: 'item' in options ? options.item : fakeReadItem(),
        userProfile: { displayName: 'Grace Hopper', emailAddress: 'grace@example.com', timeZone: 'UTC', accountType: 'office365' },
        handlers: new Map<string, (args: unknown) => void>(),
        addHandlerAsync: jest.fn((type: string, handler: (args: unknown) => void, callback: AsyncCallback) => {
          office.context.mailbox.handlers.set(type, handler);
          queueMicrotask(() => callback(ok(undefined)));
        }),
        removeHandlerAsync: jest.fn((type: string, callback: AsyncCallback) => {
          office.context.mailbox.handlers.delete(type);
          queueMicrotask(() => callback(ok(undefined)));
        }),
      },
    },
    dialog,
    settings,
  };
  return office;
}

export type FakeOffice = ReturnType<typeof createFakeOffice>;

export function installFakeOffice(office: FakeOffice | undefined): void {
  if (office) (globalThis as Record<string, unknown>).Office = office;
  else delete (globalThis as Record<string, unknown>).Office;
}
