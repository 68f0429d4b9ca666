/**
 * Create from email > Ticket, end to end: real Chromium drives the workbench; the pane talks to
 * the real gateway and sandbox. Signed in by OTP as Sam Rivera, the Contoso "printer-scan"
 * message opens a form filled from it (company, contact, title); Save creates the ticket with
 * the PDF attached (checked on the sandbox's ticket page), the message gets the saved marker,
 * reopening the pane says "Saved as T…", and saving again asks first.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { openPaneFrom, signInWithOtp } from './lib/pane';
import { axeViolations, launchChromium, openWorkbench, screenshot, type Session } from './lib/workbench';

jest.setTimeout(180_000);

const SAM = 'sam.rivera@harborline-it.com';
const CONTROL = 'msg.grp.Create.createTicket';


const openPane = (page: Page, control = CONTROL, route = 'create-ticket'): Promise<Frame> => openPaneFrom(page, control, route);
const signIn = (pane: Frame) => signInWithOtp(pane, SAM);

describe('Create Ticket from email', () => {
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

  it('fills the form from the message, saves the ticket with its attachment, marks the message and asks before saving again', async () => {
    let pane = await openPane(s.page);
    await signIn(pane);

    const form = pane.getByRole('form', { name: 'Ticket' });
    const company = form.getByRole('combobox', { name: 'Company' });
    await company.waitFor({ timeout: 20_000 });
    expect(await company.inputValue()).toBe('Contoso Dental Group');
    const contact = form.getByLabel('Contact');
    await pane.waitForFunction(() => {
      const select = [...document.querySelectorAll('select')].find((el) => [...el.options].some((o) => o.selected && /Maria Lopez/.test(o.text)));
      return Boolean(select);
    }, undefined, { timeout: 15_000 });
    expect(await contact.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text ?? '')).toMatch(/^Maria Lopez/);
    expect(await form.getByLabel('Title').inputValue()).toBe("Front desk printer won't scan to email");
    expect(await form.getByLabel('Description').inputValue()).toMatch(/won.t scan to email/);
    const pdf = form.getByRole('checkbox', { name: /MFC-L8900CDW-configuration-page\.pdf/ });
    expect(await pdf.isChecked()).toBe(true);
    // The company's default contract, which the ticket carries (the sandbox checks it is active and Contoso's).
    await form.getByText('Contoso Dental Group — Managed Services', { exact: true }).waitFor();
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(s.page, 'create-ticket-form');

    // Offline: Save waits, what was typed stays.
    const save = form.getByRole('button', { name: 'Save ticket' });
    await form.getByLabel('Title').fill("Front desk printer won't scan to email (reception)");
    await s.context.setOffline(true);
    await pane.getByText('You are offline. What you typed stays here', { exact: false }).waitFor();
    expect(await save.isDisabled()).toBe(true);
    await s.context.setOffline(false);
    await pane.getByText('You are offline. What you typed stays here', { exact: false }).waitFor({ state: 'detached' });
    expect(await form.getByLabel('Title').inputValue()).toBe("Front desk printer won't scan to email (reception)");

    await save.click();
    const result = pane.getByTestId('save-result');
    await result.waitFor({ timeout: 30_000 });
    const number = (await result.getByTestId('saved-number').textContent()) ?? '';
    expect(number).toMatch(/^T\d{8}\.\d{4}$/);
    await result.getByText(/Attached: MFC-L8900CDW-configuration-page\.pdf/).waitFor();
    const href = (await result.getByRole('link', { name: 'Open in Autotask' }).getAttribute('href')) ?? '';
    expect(href).toMatch(/\/web\/tickets\/\d+$/);
    await screenshot(s.page, 'create-ticket-saved');

    // The sandbox's own ticket page: company, contact, title and the PDF.
    const web = await s.context.newPage();
    await web.goto(href);
    const page = await web.content();
    expect(page).toContain('Contoso Dental Group');
    expect(page).toContain('Maria Lopez');
    expect(page).toContain(number);
    expect(page).toContain('(reception)');
    expect(page).toContain('MFC-L8900CDW-configuration-page.pdf');
    await web.close();

    // Reopen the pane on the same message: the saved marker comes first.
    await s.page.evaluate(() => (window as unknown as { __workbenchHost: { closeTaskPane(): unknown } }).__workbenchHost.closeTaskPane());
    pane = await openPane(s.page);
    const marker = pane.getByTestId('saved-marker').first();
    await marker.waitFor({ timeout: 20_000 });
    expect(await marker.textContent()).toContain(`Saved as ${number}`);

    // Saving again asks first (Autotask is asked by externalID) and creates nothing by itself.
    await pane.getByRole('form', { name: 'Ticket' }).getByRole('button', { name: 'Save ticket' }).click();
    await pane.getByText('This message is already in Autotask').waitFor({ timeout: 20_000 });
    expect(await pane.getByRole('button', { name: 'Create another ticket' }).isVisible()).toBe(true);
    expect(await pane.getByTestId('save-result').count()).toBe(0);
    await screenshot(s.page, 'create-ticket-asks-again');
    expect(s.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  it('Contact Note: a CompanyNote with the contact, on the sender\'s company, without touching the ticket\'s marker', async () => {
    await s.page.evaluate(() => (window as unknown as { __workbenchHost: { closeTaskPane(): unknown } }).__workbenchHost.closeTaskPane());
    const pane = await openPane(s.page, 'msg.grp.Create.createContactNote', 'create-contact-note');
    const form = pane.getByRole('form', { name: 'Contact note' });
    const company = form.getByRole('combobox', { name: 'Company' });
    await company.waitFor({ timeout: 20_000 });
    expect(await company.inputValue()).toBe('Contoso Dental Group');
    await pane.waitForFunction(() => [...document.querySelectorAll('select')].some((el) => [...el.options].some((o) => o.selected && /Maria Lopez/.test(o.text))), undefined, { timeout: 15_000 });
    expect(await form.getByLabel('Title').inputValue()).toBe("Front desk printer won't scan to email");
    expect(await axeViolations(pane)).toEqual([]);

    await form.getByRole('button', { name: 'Save note' }).click();
    const result = pane.getByTestId('save-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getByText('Contact note saved').count()).toBe(1);
    const href = (await result.getByRole('link', { name: 'Open in Autotask' }).getAttribute('href')) ?? '';
    expect(href).toMatch(/\/web\/companies\/\d+$/);
    const web = await s.context.newPage();
    await web.goto(href);
    const notes = web.getByRole('table', { name: 'CRM notes' });
    const row = notes.getByRole('row').filter({ hasText: "Front desk printer won't scan to email" });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Maria Lopez');
    await web.close();
    await screenshot(s.page, 'create-contact-note-saved');

    // The message still says it was saved as the ticket.
    await s.page.evaluate(() => (window as unknown as { __workbenchHost: { closeTaskPane(): unknown } }).__workbenchHost.closeTaskPane());
    const again = await openPane(s.page);
    const marker = again.getByTestId('saved-marker').first();
    await marker.waitFor({ timeout: 20_000 });
    expect(await marker.textContent()).toMatch(/Saved as T\d{8}\.\d{4}/);
    expect(s.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
