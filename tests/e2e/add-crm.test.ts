/**
 * Add to Autotask > Appointment, To-Do and Contact, end to end: real Chromium drives the
 * workbench, the pane talks to the real gateway and sandbox (signed in by OTP as Sam Rivera), and
 * each record is checked on the sandbox's own pages. The appointment comes from the meeting
 * invitation (its UTC times kept), end-before-start is caught in the form with nothing sent; the
 * to-do lands on the company with its contact, action type and assignee; the contact is made from
 * an unknown sender, and a sender or address that already is a contact is linked instead.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { closePane, openPane, signIn } from './lib/forms';
import { axeViolations, launchChromium, openWorkbench, screenshot, type Session } from './lib/workbench';

jest.setTimeout(240_000);

async function signInIfNeeded(pane: Frame): Promise<void> {
  const button = pane.getByRole('button', { name: 'Sign in to Autotask' });
  await button.or(pane.getByText('Signed in to Autotask as', { exact: false })).first().waitFor({ timeout: 20_000 });
  if (!(await button.isVisible())) return;
  await signIn(pane);
}

/** Picks a record in an entity picker by typing part of its name. */
async function pick(pane: Frame, label: string, text: string, option: RegExp): Promise<void> {
  const box = pane.getByRole('combobox', { name: label });
  await box.focus();
  await box.pressSequentially(text);
  await pane.getByRole('option', { name: option }).click();
  await box.press('Tab');
  await pane.getByRole('listbox').waitFor({ state: 'hidden' });
}

/** The UTC the sandbox pages show for a local datetime-local value in the pane's time zone. */
async function sandboxUtc(pane: Frame, local: string): Promise<string> {
  const iso = await pane.evaluate((v) => new Date(v).toISOString(), local);
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

async function sandboxPage(s: Session, href: string): Promise<Page> {
  const web = await s.context.newPage();
  await web.goto(href);
  return web;
}

async function savedResult(pane: Frame): Promise<{ number: string; href: string }> {
  const result = pane.getByTestId('save-result');
  await result.waitFor({ timeout: 30_000 });
  return {
    number: (await result.getByTestId('saved-number').textContent()) ?? '',
    href: (await result.getByRole('link', { name: 'Open in Autotask' }).getAttribute('href')) ?? '',
  };
}

describe('Add to Autotask: Appointment, To-Do, Contact', () => {
  let browser: Browser;
  let s: Session;
  beforeAll(async () => {
    browser = await launchChromium();
    s = await openWorkbench(browser, 'message=meeting-invite&layout=simplified');
  });
  afterAll(async () => {
    await s?.context.close();
    await browser?.close();
  });

  it('Appointment: filled from the meeting invitation, end before start caught in the form, saved in UTC in my calendar', async () => {
    await closePane(s.page);
    const pane = await openPane(s.page, 'msg.grp.Add.addAppointment', 'add-appointment');
    await signInIfNeeded(pane);
    const form = pane.getByRole('form', { name: 'Appointment' });
    const title = form.getByLabel(/^Title/);
    await title.waitFor({ timeout: 20_000 });
    expect(await title.inputValue()).toBe('Quarterly IT review – Contoso Dental Group');
    // The invitation's 15:00–16:00 UTC, shown in the user's time zone.
    const start = form.getByLabel(/^Start/);
    const end = form.getByLabel(/^End/);
    const startLocal = await start.inputValue();
    expect(await sandboxUtc(pane, startLocal)).toBe('2026-12-10 15:00 UTC');
    expect(await sandboxUtc(pane, await end.inputValue())).toBe('2026-12-10 16:00 UTC');
    expect(await form.getByLabel('Description').inputValue()).toMatch(/^When: Thursday, December 10, 2026[\s\S]*\nWhere: Contoso Dental Group, 85 Elm Street \(conference room\)\n[\s\S]*quarterly IT review/);
    expect((await form.getByLabel('Description').inputValue()).match(/Where:/g)).toHaveLength(1);
    expect(await form.getByLabel('In the calendar of').inputValue()).toBe('Sam Rivera');
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(s.page, 'add-appointment-form');

    // End before start: said in the form, nothing sent, what was typed kept.
    const endLocal = await end.inputValue();
    const hourBefore = await pane.evaluate((v) => {
      const d = new Date(new Date(v).getTime() - 3_600_000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    }, startLocal);
    await title.fill('Quarterly IT review (e2e appointment)');
    await end.fill(hourBefore);
    await form.getByRole('button', { name: 'Save appointment' }).click();
    await form.getByTestId('form-problems').getByText('End is before Start.').waitFor();
    expect(await title.inputValue()).toBe('Quarterly IT review (e2e appointment)');
    expect(await pane.getByTestId('save-result').count()).toBe(0);
    await screenshot(s.page, 'add-appointment-end-before-start');

    await end.fill(endLocal);
    await form.getByRole('button', { name: 'Save appointment' }).click();
    const { number, href } = await savedResult(pane);
    expect(number).toMatch(/^Appointment #\d+$/);
    expect(href).toMatch(/\/web\/calendar$/);

    const web = await sandboxPage(s, href);
    const row = web.getByRole('row').filter({ hasText: 'Quarterly IT review (e2e appointment)' });
    expect(await row.count()).toBe(1);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['2026-12-10 15:00 UTC', '2026-12-10 16:00 UTC', 'Appointment']);
    expect(cells).toContain('Sam Rivera');
    await web.close();
    expect(s.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  it('To-Do: company, its contact, action type (remembered), assigned to me by default or a colleague, in UTC on the company', async () => {
    await closePane(s.page);
    const pane = await openPane(s.page, 'msg.grp.Add.addToDo', 'add-todo');
    await signInIfNeeded(pane);
    const form = pane.getByRole('form', { name: 'To-do' });
    await form.waitFor({ timeout: 20_000 });
    expect(await form.getByRole('combobox', { name: 'Assigned to' }).inputValue()).toBe('Sam Rivera');
    expect(await form.getByRole('combobox', { name: 'Contact' }).isDisabled()).toBe(true);

    await pick(pane, 'Company', 'Contoso', /^Contoso Dental Group/);
    await pick(pane, 'Contact', 'Mar', /^Maria Lopez/);
    await form.getByLabel('Action type').selectOption({ label: 'Follow Up' });
    // Assigned to: the API user (no CRM access, ever) is not offered; a colleague is.
    const assignee = pane.getByRole('combobox', { name: 'Assigned to' });
    await assignee.focus();
    await assignee.fill('');
    await assignee.pressSequentially('Harb');
    await pane.getByText('Nothing matches "Harb"', { exact: false }).waitFor();
    await assignee.fill('');
    await pick(pane, 'Assigned to', 'Dan', /^Dan Okafor/);
    await form.getByLabel(/^Start/).fill('2026-12-03T09:00');
    await form.getByLabel(/^End/).fill('2026-12-03T09:30');
    await form.getByLabel('Description').fill('Call Maria about the front desk PCs (e2e to-do)');
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(s.page, 'add-todo-form');

    // Offline: Save waits with the reason, what was typed stays.
    const save = form.getByRole('button', { name: 'Save to-do' });
    await s.context.setOffline(true);
    await pane.getByText('You are offline. What you typed stays here', { exact: false }).waitFor();
    expect(await save.isDisabled()).toBe(true);
    await s.context.setOffline(false);
    await pane.getByText('You are offline. What you typed stays here', { exact: false }).waitFor({ state: 'detached' });
    expect(await form.getByLabel('Description').inputValue()).toBe('Call Maria about the front desk PCs (e2e to-do)');

    await save.click();
    const { number, href } = await savedResult(pane);
    expect(number).toMatch(/^To-do #\d+$/);
    expect(href).toMatch(/\/web\/companies\/\d+$/);

    const web = await sandboxPage(s, href);
    expect(await web.getByRole('heading', { level: 1 }).textContent()).toContain('Contoso Dental Group');
    const row = web.getByRole('table', { name: 'To-dos' }).getByRole('row').filter({ hasText: '(e2e to-do)' });
    expect(await row.count()).toBe(1);
    expect(await row.getByRole('cell').allTextContents()).toEqual([await sandboxUtc(pane, '2026-12-03T09:00'), 'Follow Up', 'Dan Okafor', 'Call Maria about the front desk PCs (e2e to-do)', '']);
    await web.close();
    // The contact is on the record too (the sandbox refuses a contact of another company).
    const calendar = await sandboxPage(s, href.replace(/companies\/\d+$/, 'calendar'));
    expect(await calendar.getByRole('row').filter({ hasText: '(e2e to-do)' }).getByRole('link', { name: 'Contoso Dental Group' }).count()).toBe(1);
    await calendar.close();

    // Save another: a blank to-do with the action type chosen last.
    await pane.getByRole('button', { name: 'Save another' }).click();
    const again = pane.getByRole('form', { name: 'To-do' });
    expect(await again.getByRole('combobox', { name: 'Company' }).inputValue()).toBe('');
    expect(await again.getByLabel('Action type').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe('Follow Up');
    expect(s.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  it('Contact: a sender who is a contact is linked, an unknown sender becomes a contact, a known address is not added twice', async () => {
    // Maria Lopez is already a Contoso contact: the form says so and links her instead.
    let pane = await openPane(s.page, 'msg.grp.Add.addContact', 'add-contact', 'printer-scan');
    await signInIfNeeded(pane);
    let form = pane.getByRole('form', { name: 'Contact' });
    await form.waitFor({ timeout: 20_000 });
    const known = form.getByTestId('contact-duplicate');
    await known.waitFor({ timeout: 20_000 });
    const maria = known.getByRole('link', { name: 'Maria Lopez, Contoso Dental Group' });
    expect(await maria.getAttribute('href')).toMatch(/ExecuteCommand\.aspx\?Code=OpenContact&ContactID=\d+$/);
    expect(await form.getByRole('button', { name: 'Save contact' }).isDisabled()).toBe(true);
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(s.page, 'add-contact-known-sender');

    // Kevin Oduya (no contact, no company with his domain): filled from the sender, company chosen.
    pane = await openPane(s.page, 'msg.grp.Add.addContact', 'add-contact', 'unknown-sender');
    form = pane.getByRole('form', { name: 'Contact' });
    await form.getByLabel('First name').waitFor({ timeout: 20_000 });
    expect(await form.getByLabel('First name').inputValue()).toBe('Kevin');
    expect(await form.getByLabel('Last name').inputValue()).toBe('Oduya');
    expect(await form.getByLabel('Email').inputValue()).toBe('kevin.oduya@northpeak-ventures.com');
    expect(await form.getByRole('checkbox', { name: 'Active' }).isChecked()).toBe(true);
    await pick(pane, 'Company', 'Woodgrove', /^Woodgrove Law LLP/);
    await form.getByLabel('Job title').fill('Operations Manager');
    await form.getByLabel('Phone').fill('+1 206 555 0123');
    await form.getByRole('button', { name: 'Save contact' }).click();
    const { number, href } = await savedResult(pane);
    expect(number).toMatch(/^Contact #\d+$/);
    expect(href).toMatch(/ExecuteCommand\.aspx\?Code=OpenContact&ContactID=\d+$/);

    const web = await sandboxPage(s, href);
    expect(await web.getByRole('heading', { level: 1 }).textContent()).toContain('Woodgrove Law LLP');
    const row = web.getByRole('table', { name: 'Contacts of this company' }).getByRole('row').filter({ hasText: 'Kevin Oduya' });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['Kevin Oduya', 'kevin.oduya@northpeak-ventures.com', 'Operations Manager', 'Yes']);
    await web.close();
    await screenshot(s.page, 'add-contact-saved');

    // Save another with Jenna Park's address: Autotask is asked first, and nothing is created.
    await pane.getByRole('button', { name: 'Save another' }).click();
    form = pane.getByRole('form', { name: 'Contact' });
    await pick(pane, 'Company', 'Woodgrove', /^Woodgrove Law LLP/);
    await form.getByLabel('First name').fill('Jenna');
    await form.getByLabel('Last name').fill('Park');
    await form.getByLabel('Email').fill('Jenna.Park@woodgrovelaw.com');
    await form.getByRole('button', { name: 'Save contact' }).click();
    const duplicate = form.getByTestId('contact-duplicate');
    await duplicate.waitFor({ timeout: 20_000 });
    expect(await duplicate.getByRole('link', { name: 'Jenna Park, Woodgrove Law LLP' }).count()).toBe(1);
    expect(await pane.getByTestId('save-result').count()).toBe(0);
    const contacts = await sandboxPage(s, href.replace(/Autotask\/AutotaskExtend\/ExecuteCommand\.aspx.*$/, 'contacts?q=jenna.park'));
    expect(await contacts.getByRole('row').filter({ hasText: 'jenna.park@woodgrovelaw.com' }).count()).toBe(1);
    await contacts.close();
    await screenshot(s.page, 'add-contact-duplicate');
    expect(s.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  it('Contact from an opened .eml: "Last, First" split, the company found by the sender\'s domain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'add-crm-'));
    const file = join(dir, 'tailspin-new-contact.eml');
    writeFileSync(file, [
      'From: "Nguyen, Anh" <Anh.Nguyen@tailspintoys.com>', 'To: Sam Rivera <sam.rivera@harborline-it.com>', 'Subject: New office manager at Tailspin',
      'Date: Mon, 30 Nov 2026 09:12:00 -0800', 'Message-ID: <add-crm-tailspin-1@tailspintoys.com>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
      'Hi Sam, I am the new office manager at Tailspin Toys. Anh', '',
    ].join('\r\n'));
    await closePane(s.page);
    const chooser = s.page.waitForEvent('filechooser');
    await s.page.getByRole('button', { name: 'Open .eml…' }).click();
    await (await chooser).setFiles(file);
    await s.page.getByRole('heading', { name: 'New office manager at Tailspin' }).first().waitFor();

    await closePane(s.page);
    const pane = await openPane(s.page, 'msg.grp.Add.addContact', 'add-contact');
    await signInIfNeeded(pane);
    const form = pane.getByRole('form', { name: 'Contact' });
    await form.getByLabel('First name').waitFor({ timeout: 20_000 });
    expect(await form.getByLabel('First name').inputValue()).toBe('Anh');
    expect(await form.getByLabel('Last name').inputValue()).toBe('Nguyen');
    expect(await form.getByLabel('Email').inputValue()).toBe('anh.nguyen@tailspintoys.com');
    expect(await form.getByRole('combobox', { name: 'Company' }).inputValue()).toBe('Tailspin Toys');
    await form.getByText('The company was found by the email domain tailspintoys.com.').waitFor();
    expect(await axeViolations(pane)).toEqual([]);

    await form.getByRole('button', { name: 'Save contact' }).click();
    const { href } = await savedResult(pane);
    const web = await sandboxPage(s, href);
    expect(await web.getByRole('heading', { level: 1 }).textContent()).toContain('Tailspin Toys');
    const row = web.getByRole('table', { name: 'Contacts of this company' }).getByRole('row').filter({ hasText: 'Anh Nguyen' });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['Anh Nguyen', 'anh.nguyen@tailspintoys.com', '', 'Yes']);
    await web.close();
    expect(s.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
