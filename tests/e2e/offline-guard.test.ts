/**
 * The offline guard end to end: with the browser offline (Playwright's network emulation, which
 * also sets navigator.onLine and fires `offline`), every Autotask action in the pane is paused
 * with the reason, nothing is sent, and what the user typed stays; back online, the actions
 * come back with the typed values still there.
 */
import type { Browser } from 'playwright-core';
import { openPane, signIn } from './lib/forms';
import { axeViolations, launchChromium, openWorkbench, screenshot, type Session } from './lib/workbench';

jest.setTimeout(120_000);

const OFFLINE = 'You\'re offline. Autotask actions are paused; what you typed stays here and can be sent when the connection is back.';

describe('offline guard', () => {
  let browser: Browser;
  let s: Session;
  beforeAll(async () => {
    browser = await launchChromium();
    s = await openWorkbench(browser, 'message=printer-scan&layout=simplified');
  });
  afterAll(async () => {
    await s?.context.close();
    await browser?.close();
  });

  it('signed out: "Sign in to Autotask" waits for the connection', async () => {
    const pane = await openPane(s.page, 'msg.grp.Create.createTicket', 'create-ticket');
    const signInButton = pane.getByRole('button', { name: 'Sign in to Autotask' });
    expect(await signInButton.isEnabled()).toBe(true);
    await s.context.setOffline(true);
    await pane.getByText(OFFLINE).waitFor();
    expect(await signInButton.isDisabled()).toBe(true);
    expect(await axeViolations(pane)).toEqual([]);
    await s.context.setOffline(false);
    await pane.getByText(OFFLINE).waitFor({ state: 'detached' });
    expect(await signInButton.isEnabled()).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('signed in: Options\' actions pause offline, typed values stay, and all comes back online', async () => {
    const pane = await openPane(s.page, 'msg.grp.Autotask.options', 'options');
    await signIn(pane);
    const section = pane.getByRole('region', { name: 'Sign-in' });
    await section.getByText('Sam Rivera <sam.rivera@harborline-it.com>').waitFor();
    // Options has tabs: the days are on Calendar, the connection buttons on Sign-in.
    await pane.getByRole('tab', { name: 'Calendar' }).click();
    await pane.getByLabel('Days back').fill('21');
    const test = section.getByRole('button', { name: 'Test connection' });
    const signOut = section.getByRole('button', { name: 'Sign out' });

    const requests: string[] = [];
    s.page.on('request', (r) => requests.push(r.url()));
    await s.context.setOffline(true);
    await pane.getByText(OFFLINE).waitFor();
    await pane.getByRole('tab', { name: 'Sign-in' }).click();
    expect(await test.isDisabled()).toBe(true);
    expect(await signOut.isDisabled()).toBe(true);
    await pane.getByRole('tab', { name: 'Calendar' }).click();
    await pane.getByLabel('Days ahead').fill('45');
    await screenshot(s.page, 'offline-options');
    expect(await axeViolations(pane)).toEqual([]);
    // Nothing retries in the background.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(requests).toEqual([]);

    await s.context.setOffline(false);
    await pane.getByText(OFFLINE).waitFor({ state: 'detached' });
    expect(await pane.getByLabel('Days back').inputValue()).toBe('21');
    expect(await pane.getByLabel('Days ahead').inputValue()).toBe('45');
    await pane.getByRole('tab', { name: 'Sign-in' }).click();
    expect(await test.isEnabled()).toBe(true);
    await test.click();
    await section.getByText(/Autotask answers: you work as Sam Rivera/).waitFor();
    expect(s.errors).toEqual([]);
  });
});
