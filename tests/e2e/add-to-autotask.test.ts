/**
 * Add to Autotask > Ticket, Company Note, Contact Note, end to end: blank forms (the open
 * message is not read), the company chosen with the picker, saved through the real gateway to
 * the sandbox and checked there (company, title, primary resource and role, contact, action
 * type); "Save another" starts a fresh form; the note action type last used is offered next.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { openPane, savedCompanyNote, signIn, workbenchPerFile } from './lib/forms';
import { axeViolations, screenshot, type Session } from './lib/workbench';

jest.setTimeout(180_000);

/** Types into the company picker and picks the option with this exact name. */
async function pickCompany(pane: Frame, form: Locator, name: string): Promise<void> {
  const box = form.getByRole('combobox', { name: 'Company' });
  await box.click();
  await box.pressSequentially(name.slice(0, 7));
  await pane.getByRole('option', { name, exact: true }).first().click({ timeout: 15_000 });
  expect(await box.inputValue()).toBe(name);
}

async function savedPage(s: Session, pane: Frame): Promise<{ html: string; href: string; close(): Promise<void>; web: Page }> {
  const result = pane.getByTestId('save-result');
  await result.waitFor({ timeout: 30_000 });
  const href = (await result.getByRole('link', { name: 'Open in Autotask' }).getAttribute('href')) ?? '';
  const web = await s.context.newPage();
  await web.goto(href);
  return { html: await web.content(), href, web, close: () => web.close() };
}

describe('Add to Autotask: Ticket, Company Note, Contact Note', () => {
  // A message is open: the Add forms must not take anything from it.
  const wb = workbenchPerFile('message=printer-scan&layout=simplified');
  let s: Session;
  beforeAll(() => {
    s = wb.session();
  });

  it('Add Ticket: blank, the company picked, primary resource me with my queue\'s role; Save another starts afresh', async () => {
    const pane = await openPane(s.page, 'msg.grp.Add.addTicket', 'add-ticket', 'printer-scan');
    await signIn(pane);
    const form = pane.getByRole('form', { name: 'Ticket' });
    const title = form.getByLabel('Title');
    await title.waitFor({ timeout: 20_000 });
    expect(await title.inputValue()).toBe('');
    expect(await form.getByRole('combobox', { name: 'Company' }).inputValue()).toBe('');
    expect(await form.getByRole('checkbox', { name: /MFC-L8900CDW/ }).count()).toBe(0);
    expect(await form.getByRole('combobox', { name: 'Primary resource' }).inputValue()).toBe('Sam Rivera');
    const role = form.getByLabel(/^Role\b/);
    await pane.waitForFunction(() => [...document.querySelectorAll('select')].some((el) => el.selectedOptions[0]?.text === 'Service Desk Technician'), undefined, { timeout: 15_000 });

    // Validation before anything is sent: no company, no title.
    await form.getByRole('button', { name: 'Save ticket' }).click();
    await pane.getByText('Please correct these fields').waitFor();

    await pickCompany(pane, form, 'Fabrikam Logistics');
    await title.fill('New laptop for the dispatch desk');
    await form.getByLabel('Description').fill('Order and image a laptop for Ana.');
    expect(await role.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe('Service Desk Technician');
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(s.page, 'add-ticket-form');
    await form.getByRole('button', { name: 'Save ticket' }).click();
    const saved = await savedPage(s, pane);
    expect(saved.href).toMatch(/\/web\/tickets\/\d+$/);
    expect(saved.html).toContain('New laptop for the dispatch desk');
    expect(saved.html).toContain('Fabrikam Logistics');
    expect(saved.html).toMatch(/Sam Rivera\s*\(Service Desk Technician\)/);
    await saved.close();
    // Nothing was written on the open message.
    const host = await s.page.evaluate(() => {
      const h = (window as unknown as { __workbenchHost: { categories(): string[]; customProperties(): Record<string, unknown> } }).__workbenchHost;
      return { categories: h.categories(), properties: h.customProperties() };
    });
    expect(host).toEqual({ categories: [], properties: {} });

    await pane.getByRole('button', { name: 'Save another' }).click();
    await title.waitFor();
    expect(await title.inputValue()).toBe('');
    expect(await form.getByRole('combobox', { name: 'Company' }).inputValue()).toBe('');
    expect(s.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  it('Add Company Note: blank, saved on the picked company with the chosen action type', async () => {
    const pane = await openPane(s.page, 'msg.grp.Add.addCompanyNote', 'add-company-note', 'printer-scan');
    const form = pane.getByRole('form', { name: 'Company note' });
    const title = form.getByLabel('Title');
    await title.waitFor({ timeout: 20_000 });
    expect(await title.inputValue()).toBe('');
    await pickCompany(pane, form, 'Woodgrove Law LLP');
    await title.fill('Quarterly review booked');
    await form.getByLabel('Note').fill('Review of backups and licences on the 12th.');
    await form.getByLabel('Action type').selectOption({ label: 'Site Visit' });
    // Start and end default to now (no message); an end before the start is refused before sending.
    const before = Date.now();
    const start = form.getByLabel(/^Start\b/);
    const end = form.getByLabel(/^End\b/);
    const shown = await pane.evaluate((v) => new Date(v).getTime(), await start.inputValue());
    expect(Math.abs(shown - before)).toBeLessThan(120_000);
    await end.fill('2026-12-02T09:00');
    await start.fill('2026-12-02T10:30');
    await form.getByRole('button', { name: 'Save note' }).click();
    await pane.getByText('End is before Start.').first().waitFor();
    expect(await pane.getByTestId('save-result').count()).toBe(0);
    await end.fill('2026-12-02T11:15');
    expect(await axeViolations(pane)).toEqual([]);
    await form.getByRole('button', { name: 'Save note' }).click();
    const saved = await savedPage(s, pane);
    const instant = (local: string) => pane.evaluate((v) => new Date(v).getTime(), local);
    const note = await savedCompanyNote(pane);
    expect([note.startDateTime, note.endDateTime].map((v) => Date.parse(String(v)))).toEqual([await instant('2026-12-02T10:30'), await instant('2026-12-02T11:15')]);
    expect(await saved.web.getByRole('heading', { level: 1 }).textContent()).toBe('Woodgrove Law LLP');
    const row = saved.web.getByRole('table', { name: 'CRM notes' }).getByRole('row').filter({ hasText: 'Quarterly review booked' });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Site Visit');
    expect(await row.textContent()).toContain('Review of backups and licences');
    await saved.close();
  });

  it('Add Contact Note: the contact of the picked company; the last action type is offered again', async () => {
    const pane = await openPane(s.page, 'msg.grp.Add.addContactNote', 'add-contact-note', 'printer-scan');
    const form = pane.getByRole('form', { name: 'Contact note' });
    const title = form.getByLabel('Title');
    await title.waitFor({ timeout: 20_000 });
    expect(await form.getByLabel('Action type').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe('Site Visit');
    await pickCompany(pane, form, 'Woodgrove Law LLP');
    await pane.waitForFunction(() => [...document.querySelectorAll('select')].some((el) => [...el.options].some((o) => /Marcus Reed/.test(o.text))), undefined, { timeout: 15_000 });
    const contact = form.getByLabel('Contact');
    const value = await contact.evaluate((el) => [...(el as HTMLSelectElement).options].find((o) => /Marcus Reed/.test(o.text))!.value);
    await contact.selectOption(value);
    await title.fill('Asked about e-discovery storage');
    await form.getByLabel('Note').fill('Marcus wants a quote for 2 TB.');
    const opened = Date.now();
    await form.getByRole('button', { name: 'Save note' }).click();
    const saved = await savedPage(s, pane);
    // No message: start and end are now (when the form opened), to the second.
    const note = await savedCompanyNote(pane);
    expect(note.startDateTime).toBe(note.endDateTime);
    expect(Math.abs(Date.parse(String(note.startDateTime)) - opened)).toBeLessThan(120_000);
    const row = saved.web.getByRole('table', { name: 'CRM notes' }).getByRole('row').filter({ hasText: 'Asked about e-discovery storage' });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Marcus Reed');
    await saved.close();

    // Save another: a fresh note on the same company.
    await pane.getByRole('button', { name: 'Save another' }).click();
    await title.waitFor();
    expect(await title.inputValue()).toBe('');
    expect(await form.getByRole('combobox', { name: 'Company' }).inputValue()).toBe('Woodgrove Law LLP');
    await screenshot(s.page, 'add-contact-note-another');
    expect(s.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
