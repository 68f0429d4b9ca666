/**
 * Options and the four sync commands end to end: real Chromium drives the workbench; the pane
 * talks to the gateway and sandbox (Autotask) and to the sandbox's Graph stand-in (Outlook) with
 * a real dev Graph token. Results are checked in the Graph stand-in (through the Graph client as
 * Sam) and in the sandbox's own pages. Also: settings saved and read back, progress, cancel,
 * summary, a second run that changes nothing, and the offline guard.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { createGraphClient, type GraphClient } from '../../src/graph/index';
import { openPane, signInWithOtp } from './lib/pane';
import { axeViolations, launchChromium, openWorkbench, screenshot, type Session } from './lib/workbench';

jest.setTimeout(240_000);

const SAM = 'sam.rivera@harborline-it.com';
type Host = { __workbenchHost: { roamingSettings(): Record<string, unknown> } };

const signIn = (pane: Frame) => signInWithOtp(pane, SAM);

async function graphAsSam(page: Page): Promise<{ graph: GraphClient; webUrl: string }> {
  const { baseUrl, token, webUrl } = await page.evaluate(async (email) => {
    const config = (await (await fetch('/api/config')).json()) as { autotaskWebUrl: string; graph: { baseUrl: string; devTokenUrl: string } };
    const res = await fetch(config.graph.devTokenUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login_hint: email }) });
    return { baseUrl: config.graph.baseUrl, webUrl: config.autotaskWebUrl, token: ((await res.json()) as { access_token: string }).access_token };
  }, SAM);
  return { graph: createGraphClient({ baseUrl, getToken: async () => token }), webUrl };
}

async function runAndSummary(pane: Frame): Promise<string> {
  await pane.getByRole('button', { name: 'Run' }).click();
  const summary = pane.getByTestId('sync-summary');
  await summary.waitFor({ timeout: 60_000 });
  return (await summary.textContent()) ?? '';
}

async function pageText(s: Session, url: string): Promise<string> {
  const web = await s.context.newPage();
  await web.goto(url);
  const text = await web.locator('body').innerText();
  await web.close();
  return text;
}

describe('calendar and contact sync', () => {
  let browser: Browser;
  let s: Session;
  let graph: GraphClient;
  let webUrl: string;
  beforeAll(async () => {
    browser = await launchChromium();
    s = await openWorkbench(browser, 'message=printer-scan&layout=simplified');
    ({ graph, webUrl } = await graphAsSam(s.page));
  });
  afterAll(async () => {
    await s?.context.close();
    await browser?.close();
  });

  it('blocks the commands while their integration is off; Options saves both on, and they roam (read back by the pane)', async () => {
    let pane = await openPane(s.page, 'msg.grp.More.getCalendar', 'get-calendar');
    await pane.getByText('Calendar integration is off. Turn it on in Autotask > Options > Calendar.').waitFor();
    expect(await pane.getByRole('button', { name: 'Run' }).isDisabled()).toBe(true);

    pane = await openPane(s.page, 'msg.grp.Autotask.options', 'options');
    await signIn(pane);
    await pane.getByRole('tab', { name: 'Calendar' }).click();
    await pane.getByRole('switch', { name: 'Calendar integration' }).check();
    await pane.getByRole('checkbox', { name: 'Ticket assignments (by due date)' }).check();
    await pane.getByRole('tab', { name: 'Contacts' }).click();
    await pane.getByRole('switch', { name: 'Contact integration' }).check();
    expect(await pane.getByLabel('Outlook contacts folder').inputValue()).toBe('Autotask');
    expect(await axeViolations(pane)).toEqual([]);
    await pane.getByRole('button', { name: 'Save options' }).click();
    await pane.getByTestId('options-saved').waitFor();
    const roaming = await s.page.evaluate(() => (window as unknown as Host).__workbenchHost.roamingSettings());
    expect(JSON.stringify(roaming)).toContain('"types":["appointment","todo","serviceCall","ticket"]');

    // Read back from roamingSettings by a freshly opened pane.
    await s.page.reload();
    await s.page.getByRole('group', { name: 'Autotask' }).first().waitFor();
    pane = await openPane(s.page, 'msg.grp.Autotask.options', 'options');
    await pane.getByRole('tab', { name: 'Calendar' }).click();
    expect(await pane.getByRole('switch', { name: 'Calendar integration' }).isChecked()).toBe(true);
    expect(await pane.getByRole('checkbox', { name: 'Ticket assignments (by due date)' }).isChecked()).toBe(true);
  });

  it('Get Calendar Items brings Sam\'s Autotask items into the calendar once; the second run changes nothing', async () => {
    const pane = await openPane(s.page, 'msg.grp.More.getCalendar', 'get-calendar');
    const first = await runAndSummary(pane);
    expect(first).toMatch(/Done[1-9]\d* created, 0 updated, 0 removed/);
    const range = { start: new Date(Date.now() - 8 * 86_400_000), end: new Date(Date.now() + 31 * 86_400_000) };
    const events = await graph.events.calendarView(range);
    const synced = events.filter((e) => e.autotaskRef);
    expect(synced.map((e) => e.subject)).toEqual(expect.arrayContaining(['Litware licence renewal call']));
    expect(synced.every((e) => e.categories?.includes('Autotask'))).toBe(true);
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(s.page, 'sync-get-calendar');
    const second = await runAndSummary(pane);
    expect(second).toMatch(/0 created, 0 updated, 0 removed, [1-9]\d* unchanged/);
    expect((await graph.events.calendarView(range)).length).toBe(events.length);
  });

  it('Send Calendar Items: progress with counts, Cancel, then a second run finishes without duplicates', async () => {
    const day = new Date(Date.now() + 2 * 86_400_000);
    day.setUTCHours(6, 0, 0, 0);
    const stamp = Date.now().toString(36);
    const inputs = Array.from({ length: 30 }, (_, i) => ({
      subject: `Sync e2e ${stamp} #${i + 1}`,
      start: { dateTime: new Date(day.getTime() + i * 600_000).toISOString().replace('Z', ''), timeZone: 'UTC' },
      end: { dateTime: new Date(day.getTime() + i * 600_000 + 300_000).toISOString().replace('Z', ''), timeZone: 'UTC' },
      categories: ['Autotask'],
    }));
    expect((await graph.events.createMany(inputs)).every((r) => r.ok)).toBe(true);
    const pane = await openPane(s.page, 'msg.grp.More.sendCalendar', 'send-calendar');
    await pane.getByRole('checkbox', { name: `Sync e2e ${stamp} #30` }).waitFor({ timeout: 30_000 });
    expect(await pane.getByRole('checkbox', { name: new RegExp(`^Sync e2e ${stamp} #1$`) }).isChecked()).toBe(true);
    await pane.getByRole('button', { name: 'Run' }).click();
    await pane.getByText(/^\d+ of \d+ changes made$/).waitFor({ timeout: 30_000 });
    await pane.getByRole('button', { name: 'Cancel' }).click();
    const cancelled = await pane.getByTestId('sync-summary').textContent({ timeout: 60_000 });
    expect(cancelled).toMatch(/^Cancelled/);
    await pane.getByRole('checkbox', { name: `Sync e2e ${stamp} #30` }).waitFor({ timeout: 30_000 });
    const rest = await runAndSummary(pane);
    expect(rest).toMatch(/Done/);
    const calendar = await pageText(s, new URL('calendar', webUrl).href);
    const counts = Array.from({ length: 30 }, (_, i) => calendar.match(new RegExp(`Sync e2e ${stamp} #${i + 1}(?!\\d)`, 'g'))?.length ?? 0);
    expect(counts).toEqual(Array.from({ length: 30 }, () => 1));
  });

  it('Get Contacts fills the "Autotask" folder; Send Contacts creates a chosen Outlook contact once, in the company of its domain', async () => {
    let pane = await openPane(s.page, 'msg.grp.More.getContacts', 'get-contacts');
    expect(await runAndSummary(pane)).toMatch(/Done[1-9]\d* created/);
    const folder = await graph.contactFolders.findOrCreate('Autotask');
    const inFolder = await graph.contacts.list(folder.id);
    expect(inFolder.length).toBeGreaterThan(0);
    expect(inFolder.every((c) => c.autotaskRef?.type === 'Contact')).toBe(true);
    expect(await runAndSummary(pane)).toMatch(/0 created, 0 updated, 0 removed/);

    // A new Outlook contact at a customer's domain: Send finds the company by the domain.
    const main = await graph.contacts.list(null);
    const email = `new.person.${Date.now().toString(36)}@contosodental.com`;
    await graph.contacts.create(main[0]!.parentFolderId!, { givenName: 'Riley', surname: 'Sender', emailAddresses: [{ address: email }] });
    pane = await openPane(s.page, 'msg.grp.More.sendContacts', 'send-contacts');
    await pane.getByRole('checkbox', { name: 'Riley Sender' }).check({ timeout: 30_000 });
    await pane.getByRole('button', { name: 'Check' }).click();
    await pane.getByText('Ready: 1 to create, 0 to update, 0 already in Autotask.').waitFor();
    expect(await axeViolations(pane)).toEqual([]);
    expect(await runAndSummary(pane)).toMatch(/Done1 created, 0 updated/);
    const contacts = await pageText(s, new URL('contacts?q=sender', webUrl).href);
    expect(contacts.split(email).length - 1).toBe(1);
    // Sent again: found by its marker, nothing to do.
    await pane.getByRole('checkbox', { name: 'Riley Sender' }).check({ timeout: 30_000 });
    await pane.getByRole('button', { name: 'Check' }).click();
    await pane.getByText('Ready: 0 to create, 0 to update, 1 already in Autotask.').waitFor();
  });

  it('offline: all four commands are disabled with the reason', async () => {
    const pane = await openPane(s.page, 'msg.grp.More.getContacts', 'get-contacts');
    await s.context.setOffline(true);
    try {
      await pane.getByText('You are offline. Sync waits until the connection is back.').waitFor();
      expect(await pane.getByRole('button', { name: 'Run' }).isDisabled()).toBe(true);
    } finally {
      await s.context.setOffline(false);
    }
    await pane.getByText('You are offline. Sync waits until the connection is back.').waitFor({ state: 'detached' });
    expect(await pane.getByRole('button', { name: 'Run' }).isEnabled()).toBe(true);
  });

  it('Send Contacts: a contact whose domain matches no company waits for the user\'s choice, then goes to that company', async () => {
    const main = await graph.contacts.list(null);
    const email = `casey.chooser.${Date.now().toString(36)}@no-such-customer.example`;
    await graph.contacts.create(main[0]!.parentFolderId!, { givenName: 'Casey', surname: 'Chooser', emailAddresses: [{ address: email }] });
    const pane = await openPane(s.page, 'msg.grp.More.sendContacts', 'send-contacts');
    await pane.getByRole('checkbox', { name: 'Casey Chooser' }).check({ timeout: 30_000 });
    await pane.getByRole('button', { name: 'Check' }).click();
    await pane.getByText('Choose a company').waitFor();
    await pane.getByText('Ready: 0 to create, 0 to update, 0 already in Autotask.').waitFor();
    const box = pane.getByRole('combobox', { name: 'Company for Casey Chooser' });
    await box.focus();
    await box.pressSequentially('Tailspin');
    await pane.getByRole('option', { name: /^Tailspin Toys/ }).click();
    await box.press('Tab');
    await pane.getByRole('listbox').waitFor({ state: 'hidden' });
    await pane.getByText('Ready: 1 to create, 0 to update, 0 already in Autotask.').waitFor();
    expect(await axeViolations(pane)).toEqual([]);
    expect(await runAndSummary(pane)).toMatch(/Done1 created, 0 updated/);
    const contacts = await pageText(s, new URL('contacts?q=chooser', webUrl).href);
    expect(contacts.split(email).length - 1).toBe(1);
    expect(contacts.split('\n').find((line) => line.includes(email))).toContain('Tailspin Toys');
  });

  it('automatic Get: turned on in Options, the next pane brings the calendar across with no click', async () => {
    let pane = await openPane(s.page, 'msg.grp.Autotask.options', 'options');
    await pane.getByRole('tab', { name: 'Calendar' }).click();
    await pane.getByRole('checkbox', { name: 'Get calendar items when the Autotask pane opens' }).check();
    await pane.getByRole('button', { name: 'Save options' }).click();
    await pane.getByTestId('options-saved').waitFor();
    // An Autotask event gone from Outlook: the automatic run brings it back.
    const range = { start: new Date(Date.now() - 8 * 86_400_000), end: new Date(Date.now() + 31 * 86_400_000) };
    const before = (await graph.events.calendarView(range)).filter((e) => e.autotaskRef);
    const gone = before.find((e) => e.subject === 'Litware licence renewal call')!;
    await graph.events.delete(gone.id);

    await s.page.reload();
    await s.page.getByRole('group', { name: 'Autotask' }).first().waitFor();
    pane = await openPane(s.page, 'msg.grp.Autotask.options', 'options');
    const status = pane.getByTestId('auto-get-status');
    await status.getByText(/^Calendar items got automatically at .+: 1 created, 0 updated, 0 removed\./).waitFor({ timeout: 60_000 });
    expect(await status.getAttribute('role')).toBeNull();
    const after = (await graph.events.calendarView(range)).filter((e) => e.autotaskRef);
    expect(after.filter((e) => e.subject === 'Litware licence renewal call')).toHaveLength(1);
    expect(after.length).toBe(before.length);
    expect(await axeViolations(pane)).toEqual([]);
  });
});
