/**
 * Sign-in end to end: real Chromium drives the workbench, whose pane and Office dialogs talk to
 * the real gateway, sandbox and development identity provider (e2e global setup).
 *
 * - OTP Token dialog: masked, Show, a wrong code refused, OK with the current code, Cancel.
 * - Microsoft through the Office-dialog fallback (the workbench has no NAA broker): the user logs
 *   in on the identity provider's page inside the dialog, the callback page hands the session over.
 * - KaseyaOne: username, log in, and single sign-out (KaseyaOne's end-session page reached).
 * - A session ended on the server: the next action brings the dialog back and then continues.
 * No console errors; no serious or critical axe violation in the pane.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { completeOtp, openPane, otpFor } from './lib/pane';
import { axeViolations, launchChromium, openWorkbench, origin, screenshot, type Session } from './lib/workbench';

jest.setTimeout(180_000);

const SAM = 'sam.rivera@harborline-it.com';
const DIALOG = 'iframe[title="Add-in dialog"]';
/** Chromium logs every 4xx answer to fetch; an expected refusal is not an error of the add-in. */
const UNAUTHORIZED = /Failed to load resource: the server responded with a status of 401/;

/** Console errors and uncaught exceptions from the workbench, the pane and the dialogs. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = m.location().url ?? '';
    errors.push(`console: ${m.text()} (${url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

async function hostDialog(page: Page): Promise<{ url: string; requestedUrl: string } | null> {
  return page.evaluate(() => (window as unknown as { __workbenchHost: { dialog: { url: string; requestedUrl: string } | null } }).__workbenchHost.dialog);
}

async function waitForDialogClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __workbenchHost: { dialog: unknown } }).__workbenchHost.dialog === null, undefined, { timeout: 15_000 });
}

/** Opens the sign-in from the pane header and picks a method in the choice. */
async function chooseMethod(pane: Frame, method: 'Two-factor code (OTP)' | 'Microsoft single sign-on' | 'KaseyaOne'): Promise<void> {
  await pane.getByRole('button', { name: 'Sign in to Autotask' }).click();
  const choice = pane.getByRole('dialog', { name: 'Sign in to Autotask' });
  await choice.getByRole('button', { name: method }).click();
}

/** Logs in on the development identity provider's page inside the Office dialog. */
async function logInAtIdp(page: Page, email: string | null): Promise<void> {
  const idp = page.frameLocator(DIALOG);
  await idp.getByRole('heading', { name: /^Sign in to/ }).waitFor({ timeout: 15_000 });
  if (email) await idp.getByLabel('Email address').fill(email);
  await idp.getByLabel('Password').fill('demo');
  await idp.getByRole('button', { name: 'Sign in' }).click();
}

describe('sign-in in the workbench', () => {
  let browser: Browser;
  let s: Session;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  let errors: string[];
  beforeEach(async () => {
    s = await openWorkbench(browser, 'message=printer-scan&layout=simplified');
    errors = collectErrors(s.page);
  });
  afterEach(async () => {
    await s?.context.close();
  });

  it('OTP Token: masked by default, Show reveals, a wrong code is refused, OK signs in; Cancel keeps working', async () => {
    const pane = await openPane(s.page, 'msg.grp.Create.createTicket', 'create-ticket');
    await pane.getByText('Not signed in to Autotask.', { exact: false }).waitFor();

    // Cancel: the dialog closes, the pane keeps working, sign-in stays offered.
    await chooseMethod(pane, 'Two-factor code (OTP)');
    let dialog = pane.getByRole('dialog', { name: 'OTP Token' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane.getByRole('main', { name: 'Create Ticket from email' }).waitFor(); // not left hidden by the modal
    await pane.getByText('Front desk printer won\'t scan to email').first().waitFor();
    await pane.getByRole('button', { name: 'Sign in to Autotask' }).waitFor();

    // Nothing was signed in, so the choice comes again.
    await pane.getByRole('button', { name: 'Sign in to Autotask' }).click();
    const choice = pane.getByRole('dialog', { name: 'Sign in to Autotask' });
    await choice.getByRole('button', { name: 'Two-factor code (OTP)' }).click();
    dialog = pane.getByRole('dialog', { name: 'OTP Token' });
    const code = dialog.getByLabel('One-time code');
    expect(await code.getAttribute('type')).toBe('password');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await code.fill('000000');
    await dialog.getByRole('checkbox', { name: 'Show' }).check();
    expect(await code.getAttribute('type')).toBe('text');
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(s.page, 'auth-otp-dialog');

    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.getByText(/The code is wrong, was already used or has expired/).waitFor();
    expect(await code.inputValue()).toBe('');
    expect(await code.evaluate((el) => el === document.activeElement)).toBe(true);

    await code.fill(await otpFor(SAM));
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane.getByText('Signed in to Autotask as Sam Rivera').waitFor();
    expect(await pane.getByRole('button', { name: 'Sign in to Autotask' }).count()).toBe(0);
    expect(await axeViolations(pane)).toEqual([]);
    // The refused code is a 401 answer, which the browser itself logs.
    expect(errors.filter((e) => !UNAUTHORIZED.test(e))).toEqual([]);
  });

  it('Microsoft: without nested app authentication, the Office dialog signs in through the identity provider', async () => {
    const pane = await openPane(s.page, 'msg.grp.Add.addTicket', 'add-ticket');
    await chooseMethod(pane, 'Microsoft single sign-on');
    const prompt = pane.getByRole('dialog', { name: 'Sign in to Autotask' });
    await prompt.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await prompt.getByText('Finish signing in in the Microsoft window…').waitFor();
    expect((await hostDialog(s.page))?.requestedUrl).toBe(`${origin()}/auth/microsoft/start`);
    await logInAtIdp(s.page, 'priya.natarajan@harborline-it.com');
    await waitForDialogClosed(s.page);
    await prompt.waitFor({ state: 'detached' });
    // The gateway matched the identity provider's user to her Autotask resource.
    await pane.getByText('Signed in to Autotask as Priya Natarajan').waitFor();
    expect(await axeViolations(pane)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('Microsoft: the user closing the sign-in window is told so, and can try again', async () => {
    const pane = await openPane(s.page, 'msg.grp.Add.addTicket', 'add-ticket');
    await chooseMethod(pane, 'Microsoft single sign-on');
    const prompt = pane.getByRole('dialog', { name: 'Sign in to Autotask' });
    await prompt.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await s.page.frameLocator(DIALOG).getByLabel('Password').waitFor();
    await s.page.evaluate(() => (window as unknown as { __workbenchHost: { closeDialogAsUser(): void } }).__workbenchHost.closeDialogAsUser());
    await prompt.getByText(/The sign-in window was closed before sign-in finished/).waitFor();
    await prompt.getByRole('button', { name: 'Sign in with Microsoft' }).click();
    await logInAtIdp(s.page, SAM);
    await pane.getByText('Signed in to Autotask as Sam Rivera').waitFor();
    expect(errors).toEqual([]);
  });

  it('KaseyaOne: username, log in, and single sign-out that reaches KaseyaOne\'s end-session page', async () => {
    let pane = await openPane(s.page, 'msg.grp.Add.addTicket', 'add-ticket');
    await chooseMethod(pane, 'KaseyaOne');
    const prompt = pane.getByRole('dialog', { name: 'Sign in to Autotask' });
    const username = prompt.getByLabel('Autotask username');
    expect(await username.inputValue()).toBe(SAM); // the Outlook address to start with
    await prompt.getByRole('button', { name: 'Log In with KaseyaOne' }).click();
    expect((await hostDialog(s.page))?.requestedUrl).toBe(`${origin()}/auth/kaseyaone/start?username=${encodeURIComponent(SAM)}`);
    await logInAtIdp(s.page, null); // KaseyaOne already has the username (login hint)
    await pane.getByText('Signed in to Autotask as Sam Rivera').waitFor();

    // Options (a new pane): the session from storage, checked once; sign out from there.
    pane = await openPane(s.page, 'msg.grp.Autotask.options', 'options');
    const section = pane.getByRole('region', { name: 'Sign-in' });
    await section.getByText('KaseyaOne').waitFor();
    await section.getByText(`Sam Rivera <${SAM}>`).waitFor();
    expect(await axeViolations(pane)).toEqual([]);
    await section.getByRole('button', { name: 'Sign out' }).click();
    await section.getByText('You signed out of Autotask. Finish signing out of KaseyaOne in the window that opened.').waitFor();
    const k1 = s.page.frameLocator(DIALOG);
    await k1.getByRole('button', { name: 'Yes, sign me out' }).click();
    await section.getByText('You signed out of Autotask and KaseyaOne.').waitFor();
    await waitForDialogClosed(s.page);
    await pane.getByRole('button', { name: 'Sign in to Autotask' }).waitFor();
    expect(await pane.evaluate(() => localStorage.getItem('autotask-outlook.session'))).toBeNull();

    // KaseyaOne's own session is over: logging in again asks for the password. (The pane
    // remembers KaseyaOne, so the prompt opens straight on the username.)
    await pane.getByRole('button', { name: 'Sign in to Autotask' }).click();
    const again = pane.getByRole('dialog', { name: 'Sign in to Autotask' });
    await again.getByRole('button', { name: 'Log In with KaseyaOne' }).click();
    await s.page.frameLocator(DIALOG).getByLabel('Password').waitFor();
    await s.page.evaluate(() => (window as unknown as { __workbenchHost: { closeDialogAsUser(): void } }).__workbenchHost.closeDialogAsUser());
    expect(errors).toEqual([]);
  });

  it('a session ended on the server: the next action brings the OTP dialog back, then finishes; typed values stay', async () => {
    const pane = await openPane(s.page, 'msg.grp.Autotask.options', 'options');
    await chooseMethod(pane, 'Two-factor code (OTP)');
    await completeOtp(pane, SAM);
    const section = pane.getByRole('region', { name: 'Sign-in' });
    await section.getByText(`Sam Rivera <${SAM}>`).waitFor();
    // Options has tabs: the days are on Calendar, Test connection on Sign-in.
    await pane.getByRole('tab', { name: 'Calendar' }).click();
    await pane.getByLabel('Days back').fill('14');

    // Another client ends this session at the gateway (as an administrator or an expiry would).
    const stored = JSON.parse((await pane.evaluate(() => localStorage.getItem('autotask-outlook.session')))!) as { token: string };
    const other: BrowserContext = await browser.newContext({ ignoreHTTPSErrors: true });
    const res = await other.request.post(`${origin()}/auth/signout`, { headers: { Authorization: `Bearer ${stored.token}` } });
    expect(res.status()).toBe(200);
    await other.close();

    await pane.getByRole('tab', { name: 'Sign-in' }).click();
    await section.getByRole('button', { name: 'Test connection' }).click();
    const dialog = pane.getByRole('dialog', { name: 'OTP Token' });
    await dialog.getByText(/Your Autotask session has ended\. Sign in again to continue/).waitFor();
    await completeOtp(pane, SAM);
    await section.getByText(/Autotask answers: you work as Sam Rivera \(resource \d+\)\./).waitFor();
    await pane.getByRole('tab', { name: 'Calendar' }).click();
    expect(await pane.getByLabel('Days back').inputValue()).toBe('14');
    // The proxy refused the ended session once (a 401 in the console is the browser's own notice).
    expect(errors.filter((e) => !UNAUTHORIZED.test(e))).toEqual([]);
  });
});

