/**
 * The workbench's Calendar and Contacts views, end to end: real Chromium, the real dev stack.
 * They show the Graph stand-in's mailbox through a real Graph token from the development
 * identity provider; a contact written to Graph over HTTP (as a sync run would) appears in the
 * Autotask folder with its Autotask reference. Accessible (axe).
 */
import type { Browser, Page } from 'playwright-core';
import { createGraphClient } from '../../src/graph/index';
import { axeViolations, launchChromium, openWorkbench, screenshot, type Session } from './lib/workbench';

jest.setTimeout(120_000);

const SAM = 'sam.rivera@harborline-it.com';

/** A Graph client as the add-in gets it in the workbench: /api/config, then the dev token endpoint (fetched by the page: the dev certificate). */
async function graphAsSam(page: Page) {
  const { baseUrl, token } = await page.evaluate(async (email) => {
    const config = (await (await fetch('/api/config')).json()) as { graph: { baseUrl: string; devTokenUrl: string } };
    const res = await fetch(config.graph.devTokenUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login_hint: email }) });
    return { baseUrl: config.graph.baseUrl, token: ((await res.json()) as { access_token: string }).access_token };
  }, SAM);
  return createGraphClient({ baseUrl, getToken: async () => token });
}

describe('workbench Calendar and Contacts', () => {
  let browser: Browser;
  let s: Session;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(() => browser.close());
  beforeEach(async () => { s = await openWorkbench(browser, 'sample=printer-scan'); });
  afterEach(() => s.context.close());

  it('Calendar shows this week\'s meetings from Graph, the Autotask category marked', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'Calendar' }).click();
    const event = page.getByRole('listitem').filter({ hasText: 'Firewall firmware window (Bayside Dental)' });
    await event.waitFor({ timeout: 20_000 });
    await expect(event.getByText('Autotask', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Service desk stand-up').isVisible()).resolves.toBe(true);
    // Next week: this week's one-off maintenance window is gone (other tests may have synced events there).
    await page.getByRole('button', { name: 'Next week' }).click();
    await event.waitFor({ state: 'detached' });
    expect(await axeViolations(page.mainFrame())).toEqual([]);
    await screenshot(page, 'workbench-calendar');
  });

  it('Contacts lists the folders; a contact written through Graph appears in the Autotask folder with its reference', async () => {
    const graph = await graphAsSam(s.page);
    const folder = await graph.contactFolders.findOrCreate('Autotask');
    const email = `e2e.${Date.now()}@contoso-dental.com`;
    await graph.contacts.create(folder.id, { givenName: 'Avery', surname: 'Views', emailAddresses: [{ address: email }], autotaskRef: { type: 'Contact', id: 29999001 } });
    const { page } = s;
    await page.getByRole('tab', { name: 'Contacts', exact: true }).click();
    await page.getByRole('row').filter({ hasText: 'Jamie Lowe' }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'Autotask' }).click();
    const row = page.getByRole('row').filter({ hasText: email });
    await row.waitFor({ timeout: 20_000 });
    await expect(row.textContent()).resolves.toContain('Contact 29999001');
    expect(await axeViolations(page.mainFrame())).toEqual([]);
    await screenshot(page, 'workbench-contacts');
    expect(s.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
