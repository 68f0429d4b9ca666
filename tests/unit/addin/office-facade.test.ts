/**
 * The Office facade against a fake `Office` global: values are converted at the boundary and every
 * failure (failed AsyncResult, throw, missing global) becomes an OfficeApiError with a stable code.
 */
import {
  addNotification,
  displayDialog,
  getBody,
  getMailboxItemSummary,
  getOfficeTheme,
  getPartitionKey,
  getRoamingSetting,
  getUserProfile,
  isSetSupported,
  messageParent,
  OfficeApiError,
  officeReady,
  onItemChanged,
  onOfficeThemeChanged,
  openBrowserWindow,
  saveRoamingSettings,
  setRoamingSetting,
  NOTIFICATION_MAX_LENGTH,
} from '../../../src/addin/office';
import { asyncMethod, createFakeOffice, type AsyncCallback, failed, fakeReadItem, installFakeOffice, ok, type FakeOffice } from './fakes/fake-office';

let office: FakeOffice;

beforeEach(() => {
  office = createFakeOffice();
  installFakeOffice(office);
});

afterEach(() => {
  installFakeOffice(undefined);
  jest.useRealTimers();
});

async function rejection(promise: Promise<unknown>): Promise<OfficeApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OfficeApiError);
  return error as OfficeApiError;
}

describe('officeReady', () => {
  it('resolves with host and platform from Office.onReady', async () => {
    await expect(officeReady()).resolves.toEqual({ host: 'Outlook', platform: 'OfficeOnline' });
  });

  it('waits for an Office global that appears after the bundle started', async () => {
    installFakeOffice(undefined);
    const ready = officeReady({ timeoutMs: 1_000, pollMs: 5 });
    setTimeout(() => installFakeOffice(office), 20);
    await expect(ready).resolves.toEqual({ host: 'Outlook', platform: 'OfficeOnline' });
  });

  it('fails with OFFICE_NOT_LOADED when office.js never loads', async () => {
    installFakeOffice(undefined);
    const error = await rejection(officeReady({ timeoutMs: 30, pollMs: 5 }));
    expect(error.code).toBe('OFFICE_NOT_LOADED');
  });

  it('fails with OFFICE_READY_TIMEOUT when onReady never fires', async () => {
    installFakeOffice(createFakeOffice({ onReady: () => new Promise(() => undefined) }));
    const error = await rejection(officeReady({ timeoutMs: 30 }));
    expect(error.code).toBe('OFFICE_READY_TIMEOUT');
  });
});

describe('getMailboxItemSummary', () => {
  it('maps a read-mode message to a plain summary', async () => {
    const summary = await getMailboxItemSummary();
    expect(summary).toEqual({
      itemType: 'message',
      subject: 'Printer on fire',
      from: { name: 'Ada Lovelace', address: 'ada@example.com' },
      to: [{ name: 'Help Desk', address: 'help@example.com' }],
      cc: [],
      dateTimeCreated: new Date('2026-03-01T10:00:00Z'),
      internetMessageId: '<abc@example.com>',
      conversationId: 'conv-1',
      attachments: [
        { id: 'att-1', name: 'photo.png', size: 2048, contentType: 'image/png', isInline: false },
        { id: 'att-2', name: 'logo.png', size: 512, contentType: 'image/png', isInline: true },
      ],
    });
  });

  it('returns null when no item is selected', async () => {
    installFakeOffice(createFakeOffice({ item: null }));
    await expect(getMailboxItemSummary()).resolves.toBeNull();
  });

  it('reads compose-mode fields through their getAsync methods', async () => {
    const compose = {
      itemType: 'message',
      subject: { getAsync: asyncMethod(ok('Draft subject')) },
      to: { getAsync: asyncMethod(ok([{ displayName: 'Bob', emailAddress: 'bob@example.com' }])) },
      cc: { getAsync: asyncMethod(ok([])) },
      from: { getAsync: asyncMethod(ok({ displayName: 'Me', emailAddress: 'me@example.com' })) },
      getAttachmentsAsync: asyncMethod(ok([{ id: 'x', name: 'a.txt', size: 1, contentType: 'text/plain', isInline: false }])),
    };
    installFakeOffice(createFakeOffice({ item: compose }));
    const summary = await getMailboxItemSummary();
    expect(summary?.subject).toBe('Draft subject');
    expect(summary?.to).toEqual([{ name: 'Bob', address: 'bob@example.com' }]);
    expect(summary?.from).toEqual({ name: 'Me', address: 'me@example.com' });
    expect(summary?.attachments).toHaveLength(1);
  });

  it('rejects with the Office error when a compose field cannot be read', async () => {
    const compose = { subject: { getAsync: asyncMethod(failed(9041, 'NetworkError')) } };
    installFakeOffice(createFakeOffice({ item: compose }));
    const error = await rejection(getMailboxItemSummary());
    expect(error).toMatchObject({ code: 'OFFICE_ASYNC_FAILED', officeCode: 9041, officeName: 'NetworkError' });
  });

  it('rejects with OFFICE_NOT_LOADED without an Office global', async () => {
    installFakeOffice(undefined);
    expect((await rejection(getMailboxItemSummary())).code).toBe('OFFICE_NOT_LOADED');
  });
});

describe('getBody', () => {
  it('asks Office for the requested coercion and resolves with the body', async () => {
    await expect(getBody('html')).resolves.toBe('<p>Hello</p>');
    const item = office.context.mailbox.item as ReturnType<typeof fakeReadItem>;
    expect(item.body.getAsync).toHaveBeenCalledWith('html', expect.any(Function));
  });

  it('converts a failed AsyncResult into OfficeApiError with the Office code', async () => {
    const item = fakeReadItem();
    item.body.getAsync = asyncMethod(failed(9020, 'GenericResponseError', 'The server did not answer'));
    installFakeOffice(createFakeOffice({ item }));
    const error = await rejection(getBody('text'));
    expect(error.code).toBe('OFFICE_ASYNC_FAILED');
    expect(error.officeCode).toBe(9020);
    expect(error.message).toContain('The server did not answer');
  });

  it('converts a synchronous throw into OFFICE_CALL_THREW', async () => {
    const item = fakeReadItem();
    item.body.getAsync = jest.fn(() => {
      throw new Error('boom');
    });
    installFakeOffice(createFakeOffice({ item }));
    expect((await rejection(getBody('text'))).code).toBe('OFFICE_CALL_THREW');
  });

  it('rejects with OFFICE_NO_ITEM when nothing is selected', async () => {
    installFakeOffice(createFakeOffice({ item: null }));
    expect((await rejection(getBody('html'))).code).toBe('OFFICE_NO_ITEM');
  });
});

describe('addNotification', () => {
  it('adds an informational, non-persistent message with an icon, clipped to Outlook’s limit', async () => {
    await addNotification('k', 'x'.repeat(200));
    const item = office.context.mailbox.item as ReturnType<typeof fakeReadItem>;
    const [key, details] = item.notificationMessages.addAsync.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('k');
    expect(details).toMatchObject({ type: 'informationalMessage', persistent: false, icon: expect.any(String) });
    expect((details.message as string).length).toBe(NOTIFICATION_MAX_LENGTH);
  });

  it('replaces the message when the key is already in use', async () => {
    const item = fakeReadItem();
    item.notificationMessages.addAsync = asyncMethod(failed(9041, 'DuplicateNotificationKey'));
    installFakeOffice(createFakeOffice({ item }));
    await addNotification('k', 'hello');
    expect(item.notificationMessages.replaceAsync).toHaveBeenCalledWith('k', expect.objectContaining({ message: 'hello' }), expect.any(Function));
  });

  it('rejects with OFFICE_NO_ITEM when there is no item to show it on', async () => {
    installFakeOffice(createFakeOffice({ item: null }));
    expect((await rejection(addNotification('k', 'hello'))).code).toBe('OFFICE_NO_ITEM');
  });
});

describe('requirement sets and browser windows', () => {
  it('reports requirement sets from Office.context.requirements', async () => {
    await expect(isSetSupported('Mailbox', '1.8')).resolves.toBe(true);
    await expect(isSetSupported('Mailbox', '1.15')).resolves.toBe(false);
  });

  it('opens a browser window when OpenBrowserWindowApi 1.1 is supported', async () => {
    await expect(openBrowserWindow('https://ww5.autotask.net/')).resolves.toBe(true);
    expect(office.context.ui.openBrowserWindow).toHaveBeenCalledWith('https://ww5.autotask.net/');
  });

  it('resolves false and opens nothing when the API is unsupported', async () => {
    installFakeOffice((office = createFakeOffice({ supportedSets: { Mailbox: '1.5' } })));
    await expect(openBrowserWindow('https://ww5.autotask.net/')).resolves.toBe(false);
    expect(office.context.ui.openBrowserWindow).not.toHaveBeenCalled();
  });
});

describe('dialogs', () => {
  it('opens a dialog and forwards its messages and events', async () => {
    const handle = await displayDialog('https://localhost:3000/about.html', { width: 30, height: 30 });
    const events: unknown[] = [];
    handle.onEvent((e) => events.push(e));
    office.dialog.handlers.get('dialogMessageReceived')?.({ message: 'close', origin: 'https://localhost:3000' });
    office.dialog.handlers.get('dialogEventReceived')?.({ error: 12006 });
    expect(events).toEqual([
      { kind: 'message', message: 'close', origin: 'https://localhost:3000' },
      { kind: 'event', code: 12006 },
    ]);
    await handle.close();
    expect(office.dialog.close).toHaveBeenCalled();
  });

  it('maps dialog error codes to stable codes', async () => {
    office.context.ui.displayDialogAsync = asyncMethod(failed(12007, 'Display Dialog Error'));
    expect((await rejection(displayDialog('https://localhost:3000/x.html'))).code).toBe('OFFICE_DIALOG_ALREADY_OPEN');
  });

  it('sends messages to the dialog page where the client can (DialogApi 1.2)', async () => {
    const handle = await displayDialog('https://localhost:3000/signout.html');
    await expect(handle.messageChild('{"type":"end-session"}')).resolves.toBe(false);
    const messageChild = jest.fn();
    Object.assign(office.dialog, { messageChild });
    await expect(handle.messageChild('{"type":"end-session"}')).resolves.toBe(true);
    expect(messageChild).toHaveBeenCalledWith('{"type":"end-session"}');
  });

  it('sends messages to the parent page', async () => {
    await messageParent('done');
    expect(office.context.ui.messageParent).toHaveBeenCalledWith('done');
  });
});

describe('mailbox context', () => {
  it('reads the storage partition key, undefined where storage is not partitioned', async () => {
    await expect(getPartitionKey()).resolves.toBeUndefined();
    Object.assign(office.context, { partitionKey: 'https://outlook.office.com:abc' });
    await expect(getPartitionKey()).resolves.toBe('https://outlook.office.com:abc');
    Object.assign(office.context, { partitionKey: '' });
    await expect(getPartitionKey()).resolves.toBeUndefined();
  });

  it('reads the user profile', async () => {
    await expect(getUserProfile()).resolves.toEqual({
      displayName: 'Grace Hopper',
      emailAddress: 'grace@example.com',
      timeZone: 'UTC',
      accountType: 'office365',
    });
  });

  it('reads the Office theme when the client reports one, null otherwise', async () => {
    await expect(getOfficeTheme()).resolves.toBeNull();
    installFakeOffice(createFakeOffice({ officeTheme: { bodyBackgroundColor: '#1f1f1f', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#000000', controlForegroundColor: '#ffffff' } }));
    await expect(getOfficeTheme()).resolves.toMatchObject({ bodyBackgroundColor: '#1f1f1f' });
  });

  it('subscribes to ItemChanged, shields Office from handler errors, and unsubscribes', async () => {
    const handler = jest.fn(() => {
      throw new Error('handler bug');
    });
    const errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const unsubscribe = await onItemChanged(handler);
    const registered = office.context.mailbox.handlers.get('olkItemSelectedChanged');
    expect(() => registered?.({})).not.toThrow();
    expect(handler).toHaveBeenCalledTimes(1);
    await unsubscribe();
    expect(office.context.mailbox.removeHandlerAsync).toHaveBeenCalledWith('olkItemSelectedChanged', expect.any(Function));
    errorSpy.mockRestore();
  });

  it('rejects the subscription when Office refuses it', async () => {
    office.context.mailbox.addHandlerAsync = jest.fn((_t: string, _h: (args: unknown) => void, cb: AsyncCallback) =>
      cb(failed(5001, 'InternalError')),
    );
    expect((await rejection(onItemChanged(() => undefined))).officeCode).toBe(5001);
  });

  it('reports theme changes on Mailbox 1.14, and is a no-op before', async () => {
    const seen: unknown[] = [];
    await onOfficeThemeChanged((theme) => seen.push(theme?.bodyBackgroundColor));
    office.context.mailbox.handlers.get('officeThemeChanged')?.({ officeTheme: { bodyBackgroundColor: '#000000' } });
    expect(seen).toEqual(['#000000']);

    installFakeOffice((office = createFakeOffice({ supportedSets: { Mailbox: '1.13' } })));
    const off = await onOfficeThemeChanged(() => undefined);
    expect(office.context.mailbox.addHandlerAsync).not.toHaveBeenCalled();
    await expect(off()).resolves.toBeUndefined();
  });
});

describe('roaming settings', () => {
  it('sets, reads and saves', async () => {
    await setRoamingSetting('zone', 'ww5');
    await expect(getRoamingSetting('zone')).resolves.toBe('ww5');
    await expect(getRoamingSetting('missing')).resolves.toBeUndefined();
    await saveRoamingSettings();
    expect(office.context.roamingSettings.saveAsync).toHaveBeenCalled();
  });

  it('rejects when saving fails', async () => {
    office.context.roamingSettings.saveAsync = asyncMethod(failed(9057, 'SettingsSizeExceeded'));
    const error = await rejection(saveRoamingSettings());
    expect(error).toMatchObject({ code: 'OFFICE_ASYNC_FAILED', officeName: 'SettingsSizeExceeded' });
  });
});
