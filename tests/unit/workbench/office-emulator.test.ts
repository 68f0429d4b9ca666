import { createOffice } from '../../../src/workbench/office-emulator/create-office';
import { compareVersions } from '../../../src/workbench/office-emulator/requirements';
import { env, FakeSession, fakeWindow, ITEM } from './fake-session';

/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyOffice = any;

interface Result {
  status: string;
  value: any;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

function setup(session = new FakeSession(), origin?: string) {
  const Office: AnyOffice = createOffice(fakeWindow(origin), session);
  return { Office, session, item: Office.context.mailbox?.item };
}

/** Calls an Office *Async method and resolves with its AsyncResult; also checks the callback was not synchronous. */
function call(fn: (cb: (r: Result) => void) => void): Promise<Result> {
  return new Promise((resolve) => {
    let returned = false;
    fn((r) => {
      expect(returned).toBe(true);
      resolve(r);
    });
    returned = true;
  });
}

describe('Office emulator', () => {
  describe('start-up', () => {
    it('resolves onReady with Outlook on the web, after Office.initialize, and tells the host', async () => {
      const { Office, session } = setup();
      const order: string[] = [];
      Office.initialize = () => order.push('initialize');
      const cbInfo = new Promise((r) => Office.onReady((i: unknown) => r(i)));
      const info = await Office.onReady();
      order.push('ready');
      expect(info).toEqual({ host: 'Outlook', platform: 'OfficeOnline' });
      expect(await cbInfo).toEqual(info);
      expect(order).toEqual(['initialize', 'ready']);
      expect(Office.HostType.Outlook).toBe(info.host);
      expect(Office.PlatformType.OfficeOnline).toBe(info.platform);
      await new Promise((r) => setTimeout(r, 5));
      expect(session.readyCalls).toBe(1);
    });

    it('behaves like Office.js outside Office when there is no workbench', async () => {
      const Office: AnyOffice = createOffice(fakeWindow(), undefined);
      expect(await Office.onReady()).toEqual({ host: null, platform: null });
      expect(Office.context.mailbox).toBeUndefined();
    });

    it('has Office enums with office.js run-time values', () => {
      const { Office } = setup();
      expect(Office.AsyncResultStatus).toEqual({ Succeeded: 'succeeded', Failed: 'failed' });
      expect(Office.CoercionType.Html).toBe('html');
      expect(Office.EventType.ItemChanged).toBe('olkItemSelectedChanged');
      expect(Office.MailboxEnums.ItemType.Message).toBe('message');
      expect(Office.MailboxEnums.AttachmentContentFormat.Base64).toBe('base64');
      expect(Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage).toBe('informationalMessage');
      expect(Office.context.partitionKey).toBeUndefined();
      expect('partitionKey' in Office.context).toBe(true);
      expect(Office.context.displayLanguage).toBe('en-US');
      expect(Office.context.diagnostics.platform).toBe('OfficeOnline');
    });
  });

  describe('requirements', () => {
    it('compares versions part by part', () => {
      expect(compareVersions('1.10', '1.9')).toBe(1);
      expect(compareVersions('1.14', '1.14')).toBe(0);
      expect(compareVersions('1.2', '1.10')).toBe(-1);
    });

    it('answers isSetSupported from the configured sets', () => {
      const { Office } = setup();
      const is = Office.context.requirements.isSetSupported;
      expect(is('Mailbox', '1.14')).toBe(true);
      expect(is('mailbox', '1.8')).toBe(true);
      expect(is('Mailbox', '1.15')).toBe(false);
      expect(is('DialogApi', '1.2')).toBe(true);
      expect(is('OpenBrowserWindowApi', '1.1')).toBe(true);
      expect(is('NestedAppAuth', '1.1')).toBe(true);
      expect(is('IdentityAPI', '1.3')).toBe(false);
      expect(is('Mailbox')).toBe(true);
    });

    it('leaves out members of unsupported sets, as older clients do', () => {
      const session = new FakeSession('taskpane', env({ supportedSets: { mailbox: '1.7' } }));
      const { Office, item } = setup(session);
      expect(item.categories).toBeUndefined();
      expect(item.getAttachmentContentAsync).toBeUndefined();
      expect(item.body).toBeDefined();
      expect(Office.context.mailbox.masterCategories).toBeUndefined();
      expect(Office.context.ui.displayDialogAsync).toBeUndefined();
      expect(Office.context.ui.openBrowserWindow).toBeUndefined();
      expect(Office.context.officeTheme).toBeUndefined();
    });
  });

  describe('mailbox.item', () => {
    it('exposes the message as Office.MessageRead', () => {
      const { item, Office } = setup();
      expect(item.itemType).toBe(Office.MailboxEnums.ItemType.Message);
      expect(item.subject).toBe('RE: Printer');
      expect(item.normalizedSubject).toBe('Printer');
      expect(item.from).toEqual(ITEM.from);
      expect(item.dateTimeCreated).toBeInstanceOf(Date);
      expect(item.dateTimeCreated.toISOString()).toBe(ITEM.dateTimeCreated);
      expect(item.attachments[0]).toEqual(ITEM.attachments[0]);
      expect(Office.context.mailbox.userProfile).toEqual({
        displayName: 'Sam Rivera', emailAddress: 'sam.rivera@harborline-it.com', timeZone: 'Eastern Standard Time', accountType: 'enterprise',
      });
    });

    it('gets the body as HTML and as text, passing asyncContext back', async () => {
      const { item } = setup();
      const html = await call((cb) => item.body.getAsync('html', { asyncContext: 42 }, cb));
      expect(html).toMatchObject({ status: 'succeeded', value: '<p>Hello <b>Sam</b></p><p>Line&nbsp;2</p>', asyncContext: 42 });
      const text = await call((cb) => item.body.getAsync('text', cb));
      expect(text.value).toBe('Hello Sam\n\nLine 2');
      expect(() => item.body.getAsync('rtf', () => undefined)).toThrow(/coercionType/);
    });

    it('returns file attachments as base64 and names a bad id InvalidAttachmentId', async () => {
      const { item } = setup();
      const ok = await call((cb) => item.getAttachmentContentAsync('att1', cb));
      expect(ok.value).toEqual({ format: 'base64', content: 'JVBE' });
      const bad = await call((cb) => item.getAttachmentContentAsync('nope', {}, cb));
      expect(bad.status).toBe('failed');
      expect(bad.error).toMatchObject({ name: 'InvalidAttachmentId', code: 9003 });
      expect(bad.value).toBeUndefined();
    });

    it('returns all internet headers', async () => {
      const { item } = setup();
      expect((await call((cb) => item.getAllInternetHeadersAsync(cb))).value).toMatch(/^From: Maria/);
    });

    it('fails calls on an item object after the user selected another message', async () => {
      const { item, session, Office } = setup();
      session.item = { ...ITEM, itemId: 'other' };
      const r = await call((cb) => item.body.getAsync('text', cb));
      expect(r.error?.name).toBe('APICallFailedDueToItemChange');
      expect(Office.context.mailbox.item).not.toBe(item);
      expect(Office.context.mailbox.item.itemId).toBe('other');
    });

    it('fires ItemChanged handlers', async () => {
      const { Office, session } = setup();
      const seen: unknown[] = [];
      const added = await call((cb) => Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, (e: unknown) => seen.push(e), cb));
      expect(added.status).toBe('succeeded');
      session.emit('itemChanged');
      expect(seen).toEqual([{ type: 'olkItemSelectedChanged' }]);
      await call((cb) => Office.context.mailbox.removeHandlerAsync(Office.EventType.ItemChanged, cb));
      session.emit('itemChanged');
      expect(seen).toHaveLength(1);
    });
  });

  describe('categories', () => {
    it('adds only master-list categories and reports InvalidCategory otherwise', async () => {
      const { item, session } = setup();
      const bad = await call((cb) => item.categories.addAsync(['Autotask'], cb));
      expect(bad.error).toMatchObject({ name: 'InvalidCategory', code: 9044 });
      expect(session.categories[ITEM.itemId]).toBeUndefined();
      const ok = await call((cb) => item.categories.addAsync(['urgent'], cb));
      expect(ok.status).toBe('succeeded');
      const got = await call((cb) => item.categories.getAsync(cb));
      expect(got.value).toEqual([{ displayName: 'Urgent', color: 'Preset0' }]);
      await call((cb) => item.categories.removeAsync(['Urgent'], cb));
      expect((await call((cb) => item.categories.getAsync(cb))).value).toEqual([]);
    });

    it('needs read/write item to change categories and read/write mailbox for the master list', () => {
      const readOnly = setup(new FakeSession('taskpane', env({ permissions: 'ReadItem' })));
      expect(() => readOnly.item.categories.addAsync(['Urgent'], () => undefined)).toThrow(/Elevated permission/);
      const { Office } = setup();
      expect(() => Office.context.mailbox.masterCategories.getAsync(() => undefined)).toThrow(/Elevated permission.*masterCategories.getAsync/);
    });

    it('manages the master list with ReadWriteMailbox, refusing duplicates', async () => {
      const { Office, session } = setup(new FakeSession('taskpane', env({ permissions: 'ReadWriteMailbox' })));
      const mc = Office.context.mailbox.masterCategories;
      const dup = await call((cb) => mc.addAsync([{ displayName: 'urgent', color: 'Preset1' }], cb));
      expect(dup.error?.name).toBe('DuplicateCategory');
      await call((cb) => mc.addAsync([{ displayName: 'Autotask', color: 'Preset7' }], cb));
      expect(session.master.map((c) => c.displayName)).toContain('Autotask');
    });
  });

  describe('custom properties', () => {
    it('saves, reloads and enforces the 2,500-character limit', async () => {
      const { item, session } = setup();
      const loaded = await call((cb) => item.loadCustomPropertiesAsync(cb, 'ctx'));
      expect(loaded.asyncContext).toBe('ctx');
      const props = loaded.value;
      props.set('ticket', { id: 12345, number: 'T20261130.0042' });
      expect((await call((cb) => props.saveAsync(cb))).status).toBe('succeeded');
      expect(JSON.parse(session.custom[ITEM.itemId]!)).toEqual({ ticket: { id: 12345, number: 'T20261130.0042' } });

      const again = (await call((cb) => item.loadCustomPropertiesAsync(cb))).value;
      expect(again.get('ticket').number).toBe('T20261130.0042');
      expect(again.getAll()).toEqual({ ticket: { id: 12345, number: 'T20261130.0042' } });
      again.set('notes', 'x'.repeat(2500));
      const tooBig = await call((cb) => again.saveAsync(cb, 'c2'));
      expect(tooBig).toMatchObject({ status: 'failed', asyncContext: 'c2' });
      expect(tooBig.error?.message).toMatch(/2500 characters/);
      expect(JSON.parse(session.custom[ITEM.itemId]!).notes).toBeUndefined();
      again.remove('notes');
      expect((await call((cb) => again.saveAsync(cb))).status).toBe('succeeded');
    });
  });

  describe('roaming settings', () => {
    it('persists through the host and enforces 32 KB', async () => {
      const { Office, session } = setup();
      const rs = Office.context.roamingSettings;
      rs.set('zone', 'webservices5');
      expect((await call((cb) => rs.saveAsync(cb))).status).toBe('succeeded');
      expect(JSON.parse(session.roaming)).toEqual({ zone: 'webservices5' });
      rs.set('big', 'y'.repeat(33 * 1024));
      const r = await call((cb) => rs.saveAsync(cb));
      expect(r.status).toBe('failed');
      expect(r.error?.message).toMatch(/32 KB/);
      expect(JSON.parse(session.roaming)).toEqual({ zone: 'webservices5' });
      rs.remove('big');
      expect(rs.get('big')).toBeUndefined();
    });
  });

  describe('notification messages', () => {
    const info = (message: string) => ({ type: 'informationalMessage', message, icon: 'Icon.16x16', persistent: false });

    it('adds, replaces, lists and removes infobars with Office\u2019s error names', async () => {
      const { item, session } = setup();
      const nm = item.notificationMessages;
      expect((await call((cb) => nm.addAsync('saved', info('Saved to ticket T1'), cb))).status).toBe('succeeded');
      expect((await call((cb) => nm.addAsync('saved', info('again'), cb))).error?.name).toBe('DuplicateNotificationKey');
      await call((cb) => nm.replaceAsync('saved', { type: 'errorMessage', message: 'Could not save' }, cb));
      expect(session.notes[ITEM.itemId]).toEqual([{ key: 'saved', type: 'errorMessage', message: 'Could not save' }]);
      for (let i = 1; i < 5; i++) await call((cb) => nm.addAsync(`k${i}`, info(`m${i}`), cb));
      expect((await call((cb) => nm.addAsync('k6', info('six'), cb))).error?.name).toBe('NumberOfNotificationMessagesExceeded');
      expect((await call((cb) => nm.getAllAsync(cb))).value).toHaveLength(5);
      expect((await call((cb) => nm.removeAsync('missing', cb))).error?.name).toBe('KeyNotFound');
      expect((await call((cb) => nm.removeAsync('k1', cb))).status).toBe('succeeded');
    });

    it('rejects bad arguments synchronously', () => {
      const { item } = setup();
      const nm = item.notificationMessages;
      expect(() => nm.addAsync('k'.repeat(33), info('m'))).toThrow(/key/);
      expect(() => nm.addAsync('k', info('m'.repeat(151)))).toThrow(/message/);
      expect(() => nm.addAsync('k', { type: 'informationalMessage', message: 'm' })).toThrow(/icon and persistent/);
      expect(() => nm.addAsync('k', { type: 'errorMessage', message: 'm', persistent: true })).toThrow(/only allowed/);
    });
  });

  describe('dialogs', () => {
    const open = (Office: AnyOffice, url: string, opts: object = {}) => call((cb) => Office.context.ui.displayDialogAsync(url, opts, cb));

    it('refuses http (12005), other origins and relative URLs (12004), and a second dialog (12007)', async () => {
      const { Office } = setup();
      expect((await open(Office, 'http://localhost:3000/dialog.html')).error?.code).toBe(12005);
      expect((await open(Office, 'https://evil.example.com/x')).error?.code).toBe(12004);
      expect((await open(Office, '/dialog.html')).error?.code).toBe(12004);
      expect((await open(Office, 'https://localhost:3000/dialog.html')).status).toBe('succeeded');
      expect((await open(Office, 'https://localhost:3000/dialog.html')).error?.code).toBe(12007);
    });

    it('allows the page\u2019s own origin even when it differs from the manifest', async () => {
      const { Office, session } = setup(new FakeSession(), 'https://127.0.0.1:8443');
      const r = await open(Office, 'https://127.0.0.1:8443/about.html', { height: 40, width: 30 });
      expect(r.status).toBe('succeeded');
      expect(session.dialogs[0]!.request).toEqual({ url: 'https://127.0.0.1:8443/about.html', height: 40, width: 30 });
    });

    it('delivers DialogMessageReceived and DialogEventReceived, closes, and messages the child', async () => {
      const { Office, session } = setup();
      const dialog = (await open(Office, 'https://localhost:3000/about.html')).value;
      const got: unknown[] = [];
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (a: unknown) => got.push(a));
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (a: unknown) => got.push(a));
      session.dialogs[0]!.opener.message('signed-in', 'https://localhost:3000');
      session.dialogs[0]!.opener.event(12006);
      await new Promise((r) => setTimeout(r, 5));
      expect(got).toEqual([
        { message: 'signed-in', origin: 'https://localhost:3000', type: 'dialogMessageReceived' },
        { error: 12006, type: 'dialogEventReceived' },
      ]);
      dialog.messageChild('hello');
      expect(session.childMessages).toEqual(['hello']);
      dialog.close();
      expect(session.isDialogOpen()).toBe(false);
    });

    it('gives a dialog page messageParent and parent messages, but no mailbox', async () => {
      const session = new FakeSession('dialog');
      const { Office } = setup(session);
      expect(Office.context.mailbox).toBeUndefined();
      expect(Office.context.roamingSettings).toBeUndefined();
      Office.context.ui.messageParent('token-ok');
      expect(session.parentMessages).toEqual([{ message: 'token-ok', origin: 'https://localhost:3000' }]);
      const seen: unknown[] = [];
      await call((cb) => Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (a: unknown) => seen.push(a), cb));
      session.emit('parentMessage', 'from-parent');
      expect(seen).toEqual([{ message: 'from-parent', type: 'dialogParentMessageReceived' }]);
    });

    it('opens browser windows through the host and closes the pane', () => {
      const { Office, session } = setup();
      Office.context.ui.openBrowserWindow('https://ww5.autotask.net/');
      Office.context.ui.closeContainer();
      expect(session.opened).toEqual(['https://ww5.autotask.net/']);
      expect(session.closedContainer).toBe(1);
    });
  });

  describe('function commands', () => {
    it('registers associated functions with the host and records completed() once', () => {
      const { Office, session } = setup(new FakeSession('function-file'));
      const calls: unknown[] = [];
      Office.actions.associate('showAbout', (event: any) => {
        calls.push(event.source.id);
        event.completed();
        event.completed();
      });
      const completed = jest.fn();
      session.actions.get('showAbout')!('msg.tab.Autotask.about', completed);
      expect(calls).toEqual(['msg.tab.Autotask.about']);
      expect(completed).toHaveBeenCalledTimes(1);
      expect(() => Office.actions.associate('x', 'not a function')).toThrow();
    });

    it('reports a function that throws', () => {
      const { Office, session } = setup(new FakeSession('function-file'));
      Office.actions.associate('boom', () => {
        throw new Error('kaput');
      });
      session.actions.get('boom')!('id', () => undefined);
      expect(session.reports.join()).toMatch(/boom threw: kaput/);
    });
  });

  describe('theme', () => {
    it('reads officeTheme live and fires OfficeThemeChanged', async () => {
      const e = env();
      const session = new FakeSession('taskpane', e);
      const { Office } = setup(session);
      expect(Office.context.officeTheme.bodyBackgroundColor).toBe('#ffffff');
      const seen: any[] = [];
      await call((cb) => Office.context.mailbox.addHandlerAsync(Office.EventType.OfficeThemeChanged, (a: unknown) => seen.push(a), cb));
      e.theme = { ...e.theme, bodyBackgroundColor: '#292929', isDarkTheme: true };
      session.emit('themeChanged');
      expect(seen[0].officeTheme.bodyBackgroundColor).toBe('#292929');
      expect(Office.context.officeTheme.isDarkTheme).toBe(true);
    });
  });
});
