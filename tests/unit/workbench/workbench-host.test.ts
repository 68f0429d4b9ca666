/**
 * The workbench host and the emulator together, without a browser: frames are stand-in windows,
 * the manifest is the real manifest.xml, the mailbox the real samples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameRole } from '../../../src/workbench/host/host-api';
import { WorkbenchHost } from '../../../src/workbench/host/workbench-host';
import type { FrameWindow } from '../../../src/workbench/office-emulator/context';
import { createOffice } from '../../../src/workbench/office-emulator/create-office';

/* eslint-disable @typescript-eslint/no-explicit-any */
const MANIFEST = readFileSync(join(__dirname, '../../../manifest.xml'), 'utf8');
const ORIGIN = 'https://localhost:4567';
const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

class MemoryStorage {
  private map = new Map<string, string>();
  get length() { return this.map.size; }
  key = (i: number) => [...this.map.keys()][i] ?? null;
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

function topWindow() {
  const opened: string[] = [];
  let href = `${ORIGIN}/workbench/`;
  return {
    opened,
    win: {
      location: { origin: ORIGIN, get href() { return href; } },
      history: { replaceState: (_s: unknown, _t: string, url: string) => void (href = url) },
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      open: (url: string) => void opened.push(url),
    } as unknown as Window,
  };
}

function frameWindow(path: string): FrameWindow {
  return {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    location: { origin: ORIGIN, href: `${ORIGIN}${path}` },
    console: { warn: () => undefined, error: () => undefined, info: () => undefined },
  };
}

async function setup(query = '') {
  const top = topWindow();
  const fetchFn = (async (url: string) =>
    url === '/manifest.xml' ? new Response(MANIFEST) : new Response('{}', { status: 404 })) as unknown as typeof fetch;
  const host = new WorkbenchHost({ win: top.win, storage: new MemoryStorage(), fetch: fetchFn });
  await host.init(new URLSearchParams(query));
  /** Loads a page with the emulator in a frame of the given role. */
  const load = async (role: FrameRole, path: string) => {
    const win = frameWindow(path);
    host.attachFrame(role, { contentWindow: win } as unknown as HTMLIFrameElement);
    const session = host.connect(win as unknown as Window);
    expect(session?.role).toBe(role);
    const Office: any = createOffice(win, session);
    await Office.onReady();
    await tick();
    return Office;
  };
  return { host, top, load };
}

const result = (fn: (cb: (r: any) => void) => void) => new Promise<any>((resolve) => fn(resolve));

describe('workbench host', () => {
  it('starts on the message named in ?message= with the layout from ?layout=', async () => {
    const { host } = await setup('message=vpn-reply&layout=classic');
    expect(host.currentMessageId).toBe('vpn-reply');
    expect(host.store.get().settings.layout).toBe('classic');
    expect(host.store.get().manifest?.displayName).toBe('Autotask for Outlook');
  });

  it('warns about an unknown sample and shows the newest message', async () => {
    const { host } = await setup('message=nope');
    expect(host.currentMessageId).toBe(host.listMessages()[0]!.id);
    expect(host.store.get().banner?.title).toMatch(/nope/);
  });

  it('refuses frames it did not create', async () => {
    const { host } = await setup();
    expect(host.connect(frameWindow('/x') as unknown as Window)).toBeUndefined();
  });

  it('opens a pane command at the manifest URL on this origin, with _host=workbench', async () => {
    const { host } = await setup('message=printer-scan');
    await host.runControl('msg.grp.Create.createTicket');
    expect(host.taskPane).toMatchObject({ url: `${ORIGIN}/taskpane.html?route=create-ticket&_host=workbench`, pinned: false, supportsPinning: true });
    await host.runControl('msg.tab.Add.More.addTicketTime');
    expect(host.taskPane?.url).toBe(`${ORIGIN}/taskpane.html?route=add-ticket-time&_host=workbench`);
  });

  it('closes an unpinned pane on another message and fires ItemChanged into a pinned one', async () => {
    const { host, load } = await setup('message=printer-scan');
    await host.runControl('msg.grp.Create.createTicket');
    const Office = await load('taskpane', '/taskpane.html?route=create-ticket&_host=workbench');
    expect(Office.context.mailbox.item.subject).toBe("Front desk printer won't scan to email");
    const changes: string[] = [];
    await result((cb) => Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, () => changes.push(Office.context.mailbox.item?.subject), cb));

    host.setPinned(true);
    host.selectMessage('disk-alert');
    await tick();
    expect(host.taskPane).not.toBeNull();
    expect(changes).toEqual(['Disk space critical on FABRIKAM-DC01 (C: 4% free)']);

    host.setPinned(false);
    host.selectMessage('printer-scan');
    expect(host.taskPane).toBeNull();
  });

  it('shows notifications per item and drops non-persistent ones when the user moves on', async () => {
    const { host, load } = await setup('message=printer-scan');
    const Office = await load('taskpane', '/taskpane.html');
    const nm = Office.context.mailbox.item.notificationMessages;
    await result((cb) => nm.addAsync('a', { type: 'informationalMessage', message: 'Saved', icon: 'I.autotask.16', persistent: false }, cb));
    await result((cb) => nm.addAsync('b', { type: 'informationalMessage', message: 'Linked', icon: 'I.autotask.16', persistent: true }, cb));
    expect(host.notifications().map((n) => n.key)).toEqual(['a', 'b']);
    const itemId = Office.context.mailbox.item.itemId;
    host.selectMessage('disk-alert');
    expect(host.notifications(itemId).map((n) => n.key)).toEqual(['b']);
  });

  it('keeps categories, custom properties and roaming settings in the workbench', async () => {
    const { host, load } = await setup('message=printer-scan');
    const Office = await load('taskpane', '/taskpane.html');
    const item = Office.context.mailbox.item;
    expect((await result((cb) => item.categories.addAsync(['Autotask'], cb))).error.name).toBe('InvalidCategory');
    await result((cb) => item.categories.addAsync(['Billing'], cb));
    expect(host.categories()).toEqual(['Billing']);
    const props = (await result((cb) => item.loadCustomPropertiesAsync(cb))).value;
    props.set('ticketNumber', 'T20261130.0007');
    await result((cb) => props.saveAsync(cb));
    expect(host.customProperties()).toEqual({ ticketNumber: 'T20261130.0007' });
    Office.context.roamingSettings.set('zone', 'ww5');
    await result((cb) => Office.context.roamingSettings.saveAsync(cb));
    expect(host.roamingSettings()).toEqual({ zone: 'ww5' });
    const again = await load('taskpane', '/taskpane.html');
    expect(again.context.roamingSettings.get('zone')).toBe('ww5');
  });

  it('serves attachment content as base64, the 8 MB archive included', async () => {
    const { load } = await setup('message=large-attachment');
    const Office = await load('taskpane', '/taskpane.html');
    const att = Office.context.mailbox.item.attachments[0];
    expect(att).toMatchObject({ name: 'fabrikam-vpn01-logs-2026-11-30.zip', attachmentType: 'file', isInline: false });
    const r = await result((cb) => Office.context.mailbox.item.getAttachmentContentAsync(att.id, cb));
    expect(r.value.format).toBe('base64');
    expect(Buffer.from(r.value.content, 'base64').length).toBe(att.size);
  });

  describe('function commands', () => {
    it('loads the function file, calls the associated handler and records completed()', async () => {
      const { host, load } = await setup('message=printer-scan');
      const running = host.runControl('msg.tab.Autotask.about');
      expect(host.store.get().functionFileUrl).toBe(`${ORIGIN}/commands.html?_host=workbench`);
      const Office = await load('function-file', '/commands.html?_host=workbench');
      Office.actions.associate('showAbout', (event: any) => setTimeout(() => event.completed(), 10));
      await running;
      await tick(30);
      expect(host.lastFunctionRun).toMatchObject({ name: 'showAbout', controlId: 'msg.tab.Autotask.about', status: 'completed', completed: true });
      expect(host.statusText).toBe('Ran showAbout — completed');
    });

    it('reports an unknown function name', async () => {
      const { host, load } = await setup();
      host.associateGraceMs = 20;
      const Office = await load('function-file', '/commands.html?_host=workbench');
      Office.actions.associate('showAbout', (e: any) => e.completed());
      const run: any = await host.execute({ id: 'x', label: 'X', supertip: { title: '', description: '' }, icons: {}, action: { kind: 'ExecuteFunction', functionName: 'nope' } });
      expect(run.status).toBe('failed');
      expect(host.store.get().status?.kind).toBe('error');
      expect(host.statusText).toMatch(/Unknown function "nope".*registered: showAbout/);
    });

    it('reports a handler that never calls completed()', async () => {
      const { host, load } = await setup();
      host.functionTimeoutMs = 30;
      const Office = await load('function-file', '/commands.html?_host=workbench');
      Office.actions.associate('showAbout', () => undefined);
      await host.runControl('msg.tab.Autotask.about');
      await tick(60);
      expect(host.lastFunctionRun).toMatchObject({ status: 'timed-out', completed: false });
      expect(host.statusText).toMatch(/did not call event\.completed\(\)/);
    });

    it('fails clearly when the function file never loads Office', async () => {
      const { host } = await setup();
      host.functionFileLoadMs = 30;
      const run: any = await host.runControl('msg.tab.Autotask.about');
      expect(run.status).toBe('failed');
      expect(host.statusText).toMatch(/did not finish loading Office/);
    });
  });

  it('runs a dialog: open, messageParent to the opener, user close → 12006, one at a time', async () => {
    const { host, load } = await setup('message=printer-scan');
    const pane = await load('taskpane', '/taskpane.html');
    const opened = await result((cb) => pane.context.ui.displayDialogAsync(`${ORIGIN}/about.html?x=1`, { width: 30, height: 40 }, cb));
    expect(opened.status).toBe('succeeded');
    expect(host.dialog).toMatchObject({ url: `${ORIGIN}/about.html?x=1&_host=workbench`, width: 30, height: 40 });
    const second = await result((cb) => pane.context.ui.displayDialogAsync(`${ORIGIN}/about.html`, {}, cb));
    expect(second.error.code).toBe(12007);

    const seen: any[] = [];
    opened.value.addEventHandler(pane.EventType.DialogMessageReceived, (a: any) => seen.push(a));
    opened.value.addEventHandler(pane.EventType.DialogEventReceived, (a: any) => seen.push(a));
    const dialogPage = await load('dialog', '/about.html?x=1&_host=workbench');
    expect(dialogPage.context.mailbox).toBeUndefined();
    const parentMessages: string[] = [];
    await result((cb) => dialogPage.context.ui.addHandlerAsync(dialogPage.EventType.DialogParentMessageReceived, (a: any) => parentMessages.push(a.message), cb));
    opened.value.messageChild('hello');
    dialogPage.context.ui.messageParent('close');
    await tick(10);
    host.closeDialogAsUser();
    await tick(10);
    expect(parentMessages).toEqual(['hello']);
    expect(seen).toEqual([
      { message: 'close', origin: ORIGIN, type: 'dialogMessageReceived' },
      { error: 12006, type: 'dialogEventReceived' },
    ]);
    expect(host.dialog).toBeNull();
  });

  it('records openBrowserWindow for tests', async () => {
    const { host, top, load } = await setup();
    const Office = await load('taskpane', '/taskpane.html');
    Office.context.ui.openBrowserWindow('https://ww5.autotask.net/Mvc/Framework/Navigation.mvc/Landing');
    expect(host.openedBrowserWindows).toEqual(['https://ww5.autotask.net/Mvc/Framework/Navigation.mvc/Landing']);
    expect(top.opened).toEqual(host.openedBrowserWindows);
  });

  it('degrades with the requirement sets chosen in settings', async () => {
    const { host, load } = await setup();
    host.setSupportedSets({ Mailbox: '1.5' });
    const Office = await load('taskpane', '/taskpane.html');
    expect(Office.context.requirements.isSetSupported('Mailbox', '1.8')).toBe(false);
    expect(Office.context.mailbox.item.categories).toBeUndefined();
    expect(Office.context.ui.displayDialogAsync).toBeUndefined();
  });

  it('follows the theme and tells panes that listen', async () => {
    const { host, load } = await setup();
    const Office = await load('taskpane', '/taskpane.html');
    const themes: string[] = [];
    await result((cb) => Office.context.mailbox.addHandlerAsync(Office.EventType.OfficeThemeChanged, (e: any) => themes.push(e.officeTheme.bodyBackgroundColor), cb));
    host.setTheme('dark');
    await tick();
    expect(themes).toEqual(['#292929']);
    expect(Office.context.officeTheme.isDarkTheme).toBe(true);
  });

  it('opens an .eml as the current item, and reports invalid input without losing the mailbox', async () => {
    const { host, load } = await setup();
    const { id } = await host.openEml('From: Tom Becker <tom.becker@fabrikamlogistics.com>\r\nSubject: Hi\r\n\r\nBody', 'hi.eml');
    expect(host.currentMessageId).toBe(id);
    expect(host.store.get().folder).toBe('opened');
    const Office = await load('taskpane', '/taskpane.html');
    expect(Office.context.mailbox.item.from.emailAddress).toBe('tom.becker@fabrikamlogistics.com');
    await expect(host.openEml(new Uint8Array([0, 1, 2, 3]), 'x.bin')).rejects.toMatchObject({ code: 'EML_NOT_MESSAGE' });
    expect(host.store.get().banner?.title).toBe("Couldn't open x.bin");
    expect(host.currentMessageId).toBe(id);
  });
});
