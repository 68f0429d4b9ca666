/** A fake OfficeFacade for component tests: every function is a jest.fn with a sensible default. */
import type { MailboxItemSummary, OfficeFacade } from '../../../../src/addin/office';

export function messageSummary(overrides: Partial<MailboxItemSummary> = {}): MailboxItemSummary {
  return {
    itemType: 'message',
    subject: 'Printer on fire',
    from: { name: 'Ada Lovelace', address: 'ada@example.com' },
    to: [{ name: 'Help Desk', address: 'help@example.com' }],
    cc: [],
    dateTimeCreated: new Date('2026-03-01T10:00:00Z'),
    internetMessageId: '<abc@example.com>',
    conversationId: 'conv-1',
    attachments: [
      { id: 'a1', name: 'photo.png', size: 2048, contentType: 'image/png', isInline: false },
      { id: 'a2', name: 'report.pdf', size: 4096, contentType: 'application/pdf', isInline: false },
      { id: 'a3', name: 'logo.png', size: 512, contentType: 'image/png', isInline: true },
    ],
    ...overrides,
  };
}

export interface FakeFacade extends OfficeFacade {
  /** Simulates a pinned pane moving to another item. */
  fireItemChanged(): void;
  /** Simulates Office reporting a theme switch. */
  fireThemeChanged(bodyBackgroundColor: string): void;
}

export function createFakeFacade(overrides: Partial<OfficeFacade> = {}): FakeFacade {
  let itemChanged: (() => void) | undefined;
  let themeChanged: ((theme: Awaited<ReturnType<OfficeFacade['getOfficeTheme']>>) => void) | undefined;
  const facade: OfficeFacade = {
    officeReady: jest.fn(async () => ({ host: 'Outlook', platform: 'OfficeOnline' })),
    getMailboxItemSummary: jest.fn(async () => messageSummary()),
    getBody: jest.fn(async () => '<p>Hello</p>'),
    addNotification: jest.fn(async () => undefined),
    onItemChanged: jest.fn(async (handler: () => void) => {
      itemChanged = handler;
      return async () => {
        itemChanged = undefined;
      };
    }),
    isSetSupported: jest.fn(async () => true),
    getUserProfile: jest.fn(async () => ({
      displayName: 'Grace Hopper',
      emailAddress: 'grace@example.com',
      timeZone: 'UTC',
      accountType: 'office365',
    })),
    getDisplayLanguage: jest.fn(async () => 'en-US'),
    getOfficeTheme: jest.fn(async () => null),
    getPartitionKey: jest.fn(async () => undefined),
    onOfficeThemeChanged: jest.fn(async (handler) => {
      themeChanged = handler;
      return async () => {
        themeChanged = undefined;
      };
    }),
    openBrowserWindow: jest.fn(async () => true),
    displayDialog: jest.fn(async () => ({ onEvent: jest.fn(), messageChild: jest.fn(async () => true), close: jest.fn(async () => undefined) })),
    messageParent: jest.fn(async () => undefined),
    associateAction: jest.fn(async () => undefined),
    getRoamingSetting: jest.fn(async () => undefined),
    setRoamingSetting: jest.fn(async () => undefined),
    removeRoamingSetting: jest.fn(async () => undefined),
    saveRoamingSettings: jest.fn(async () => undefined),
    ...overrides,
  } as OfficeFacade;
  return {
    ...facade,
    fireItemChanged: () => itemChanged?.(),
    fireThemeChanged: (bodyBackgroundColor) =>
      themeChanged?.({ bodyBackgroundColor, bodyForegroundColor: '', controlBackgroundColor: '', controlForegroundColor: '' }),
  };
}
