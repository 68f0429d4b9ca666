/**
 * Add Ticket Time and Add Project Time, end to end: real Chromium (in New York time) drives the
 * workbench; the pane talks to the real gateway and sandbox. Signed in by OTP as Sam Rivera:
 * - on the "vpn-reply" message (subject "[T20261128.0001] …") the ticket is filled in, the role
 *   is Sam's for the ticket's queue; typed start and end give the hours; saved with a status
 *   change, the TimeEntries record (resource, ticket, role, work type, hours, UTC times) and the
 *   ticket's new status are read back from the sandbox's REST API;
 * - the timer is started, the pane closed and reopened and then reloaded: still running; stopped,
 *   it fills date, start, end and hours, and that entry is saved;
 * - a ticket completed after it was chosen is said before anything is saved;
 * - Project Time: a project, then one of its tasks (by keyboard); hours only; Save waits while
 *   offline with what was typed kept; saved with taskID.
 */
import type { Browser, Frame } from 'playwright-core';
import { createAutotaskClient, where, type AutotaskClient } from '../../src/autotask';
import { API_CREDENTIALS, BILLING_CODE, RESOURCE, ROLE, TASK, TICKET } from '../../src/sandbox/seed/ids';
import { closePane, openPane, signInWithOtp } from './lib/pane';
import { axeViolations, launchChromium, openWorkbench, paneReady, screenshot, type Session } from './lib/workbench';

jest.setTimeout(240_000);

const SAM = 'sam.rivera@harborline-it.com';
const TICKET_TIME = 'msg.grp.Add.addTicketTime';
const PROJECT_TIME = 'msg.grp.Add.addProjectTime';
const ZONE = 'America/New_York';

/** The workbench, with the browser in New York time (the user's zone; Chromium's own emulation, set before any pane runs). */
async function openInZone(browser: Browser, query: string): Promise<Session> {
  const session = await openWorkbench(browser, query);
  const cdp = await session.context.newCDPSession(session.page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: ZONE });
  return session;
}

/** The sandbox's own REST API (its origin from an "Open in Autotask" link), to read back what was saved. */
function sandboxClient(openInAutotask: string): AutotaskClient {
  return createAutotaskClient({ mode: 'direct', credentials: { ...API_CREDENTIALS }, zoneUrl: `${new URL(openInAutotask).origin}/atservicesrest/` });
}

/** The UTC instant of a wall-clock time in New York (what the pane must have sent). */
function newYork(date: string, time: string): string {
  for (const offset of ['-05:00', '-04:00']) {
    const d = new Date(`${date}T${time}:00${offset}`);
    const wall = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(d);
    if (wall.replace(',', '') === `${date} ${time}`) return d.toISOString();
  }
  throw new Error(`${date} ${time} is not a New York time`);
}

async function selectedText(frame: Frame, label: string): Promise<string> {
  return frame.getByLabel(label).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text ?? '');
}

async function savedId(pane: Frame): Promise<{ id: number; href: string }> {
  const result = pane.getByTestId('save-result');
  await result.waitFor({ timeout: 30_000 });
  const number = (await result.getByTestId('saved-number').textContent()) ?? '';
  expect(number).toMatch(/^Time entry #\d+$/);
  const href = (await result.getByRole('link', { name: 'Open in Autotask' }).getAttribute('href')) ?? '';
  return { id: Number(number.replace(/\D/g, '')), href };
}

describe('Add Ticket Time and Project Time', () => {
  let browser: Browser;
  let s: Session;
  let sandbox: AutotaskClient;
  beforeAll(async () => {
    browser = await launchChromium();
    s = await openInZone(browser, 'message=vpn-reply&layout=simplified');
  });
  afterAll(async () => {
    // The sandbox is shared by every e2e file: the VPN ticket goes back to its seeded status (In Progress).
    if (sandbox) {
      const statuses = (await sandbox.metadata.fields('Tickets')).picklist('status')!;
      await sandbox.tickets.update({ id: TICKET.fabrikamVpn, status: Number(statuses.valueOf('In Progress')) });
    }
    await s?.context.close();
    await browser?.close();
  });

  it('Ticket Time: the ticket from the subject, the queue\'s role, hours from start and end, saved with a status change', async () => {
    const pane = await openPane(s.page, TICKET_TIME, 'add-ticket-time');
    await signInWithOtp(pane, SAM);
    const form = pane.getByRole('form', { name: 'Ticket time' });
    const ticket = form.getByRole('combobox', { name: 'Ticket', exact: true });
    await ticket.waitFor({ timeout: 20_000 });
    expect(await ticket.inputValue()).toBe('T20261128.0001 VPN drops every afternoon');
    await form.getByText('Ticket T20261128.0001 is named in the open message; it is filled in.').waitFor();
    await form.getByText('Status now: In Progress').waitFor({ timeout: 15_000 });
    expect(await selectedText(pane, 'Role')).toBe('Service Desk Technician');
    await form.getByText(`Times are in your time zone, ${ZONE}; Autotask receives them in UTC.`).waitFor();

    await form.getByLabel('Date').fill('2026-11-30');
    await form.getByLabel('Start').fill('21:15');
    await form.getByLabel('End').fill('22:45');
    expect(await form.getByLabel('Hours worked').inputValue()).toBe('1.5');
    // End before start is refused before anything is sent.
    await form.getByLabel('End').fill('20:00');
    await form.getByRole('button', { name: 'Save time' }).click();
    await form.getByText('End 20:00 is not after start 21:15.').first().waitFor();
    await form.getByLabel('End').fill('22:45');
    await form.getByLabel('Work type').selectOption({ label: 'Remote Support' });
    await form.getByLabel('Summary notes').fill('Replaced the VPN client profile; tunnel stable for 30 minutes');
    await form.getByLabel('Internal notes').fill('Old profile kept in the ticket folder');
    await form.getByLabel('Change ticket status to').selectOption({ label: 'Waiting Customer' });
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(s.page, 'add-ticket-time-form');

    await form.getByRole('button', { name: 'Save time' }).click();
    const { id, href } = await savedId(pane);
    expect(href).toMatch(new RegExp(`/web/tickets/${TICKET.fabrikamVpn}$`));
    await pane.getByText('The ticket status is now Waiting Customer.').waitFor();
    await screenshot(s.page, 'add-ticket-time-saved');

    sandbox = sandboxClient(href);
    const entry = await sandbox.timeEntries.getRequired(id);
    expect(entry).toMatchObject({
      resourceID: RESOURCE.samRivera, ticketID: TICKET.fabrikamVpn, roleID: ROLE.serviceDeskTechnician, billingCodeID: BILLING_CODE.remoteSupport,
      hoursWorked: 1.5, summaryNotes: 'Replaced the VPN client profile; tunnel stable for 30 minutes', internalNotes: 'Old profile kept in the ticket folder',
    });
    // 21:15 in New York is already the next day in UTC; the day worked stays the user's.
    expect(new Date(String(entry.startDateTime)).toISOString()).toBe(newYork('2026-11-30', '21:15'));
    expect(new Date(String(entry.endDateTime)).toISOString()).toBe('2026-12-01T03:45:00.000Z');
    expect(new Date(String(entry.dateWorked)).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    const [ticketNow] = await sandbox.tickets.queryAll({ filter: where.eq('id', TICKET.fabrikamVpn), includeFields: ['status'] });
    const statuses = (await sandbox.metadata.fields('Tickets')).picklist('status')!;
    expect(statuses.label(ticketNow!.status)).toBe('Waiting Customer');
    expect(s.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  it('the timer keeps running with the pane closed and across a reload; stopped, it fills the times, which are saved', async () => {
    let pane = await openPane(s.page, TICKET_TIME, 'add-ticket-time');
    await pane.getByRole('button', { name: 'Save another' }).click();
    let form = pane.getByRole('form', { name: 'Ticket time' });
    await form.getByRole('button', { name: 'Start timer' }).click();
    await form.getByText('Timer running', { exact: true }).waitFor();
    await form.getByLabel('Summary notes').fill('Follow-up call with Tom about the VPN');

    // The pane closes and comes back: the timer has been counting meanwhile.
    await closePane(s.page);
    await new Promise((r) => setTimeout(r, 2_500));
    pane = await openPane(s.page, TICKET_TIME, 'add-ticket-time');
    form = pane.getByRole('form', { name: 'Ticket time' });
    await form.getByText('Timer running', { exact: true }).waitFor({ timeout: 20_000 });
    const elapsed = async () => (await form.getByRole('timer').textContent()) ?? '';
    const seconds = (text: string) => text.split(':').reduce((n, part) => n * 60 + Number(part), 0);
    expect(seconds(await elapsed())).toBeGreaterThanOrEqual(2);
    // What was typed is still there.
    expect(await form.getByLabel('Summary notes').inputValue()).toBe('Follow-up call with Tom about the VPN');

    // A reload of the pane's page: still running, still counting.
    await pane.goto(pane.url());
    pane = await paneReady(s.page, 'add-ticket-time');
    form = pane.getByRole('form', { name: 'Ticket time' });
    await form.getByText('Timer running', { exact: true }).waitFor({ timeout: 20_000 });
    const before = await elapsed();
    await pane.waitForFunction((text) => document.querySelector('[role="timer"]')?.textContent !== text, before, { timeout: 5_000 });
    expect(await form.getByLabel('Summary notes').inputValue()).toBe('Follow-up call with Tom about the VPN');
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(s.page, 'add-ticket-time-timer-running');

    await form.getByRole('button', { name: 'Stop timer and fill in the times' }).click();
    await form.getByRole('button', { name: 'Start timer' }).waitFor();
    const date = await form.getByLabel('Date').inputValue();
    const start = await form.getByLabel('Start').inputValue();
    const end = await form.getByLabel('End').inputValue();
    expect(start).toMatch(/^\d\d:\d\d$/);
    expect(end > start).toBe(true);
    const hours = Number(await form.getByLabel('Hours worked').inputValue());
    expect(hours).toBeGreaterThan(0);
    expect(hours).toBeLessThan(0.1);
    await form.getByRole('button', { name: 'Save time' }).click();
    const { id } = await savedId(pane);
    const entry = await sandbox.timeEntries.getRequired(id);
    expect(entry).toMatchObject({ resourceID: RESOURCE.samRivera, ticketID: TICKET.fabrikamVpn, roleID: ROLE.serviceDeskTechnician, hoursWorked: hours });
    expect(new Date(String(entry.startDateTime)).toISOString()).toBe(newYork(date, start));
    expect(new Date(String(entry.endDateTime)).toISOString()).toBe(newYork(date, end));
    expect(s.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  it('a ticket completed after it was chosen is said before saving; nothing is saved until the user agrees', async () => {
    const pane = await openPane(s.page, TICKET_TIME, 'add-ticket-time');
    await pane.getByRole('button', { name: 'Save another' }).click();
    const form = pane.getByRole('form', { name: 'Ticket time' });
    await form.getByLabel('Hours worked').fill('0.25');
    await form.getByLabel('Summary notes').fill('Closing check');
    const statuses = (await sandbox.metadata.fields('Tickets')).picklist('status')!;
    await sandbox.tickets.update({ id: TICKET.fabrikamVpn, status: Number(statuses.valueOf('Complete')) });
    const before = await sandbox.timeEntries.count({ filter: [where.eq('ticketID', TICKET.fabrikamVpn)] });
    await form.getByRole('button', { name: 'Save time' }).click();
    await form.getByText('Ticket T20261128.0001 was completed since you chose it.', { exact: false }).waitFor({ timeout: 15_000 });
    expect(await sandbox.timeEntries.count({ filter: [where.eq('ticketID', TICKET.fabrikamVpn)] })).toBe(before);
    await form.getByRole('button', { name: 'Add the time anyway' }).click();
    const { id } = await savedId(pane);
    expect(await sandbox.timeEntries.getRequired(id)).toMatchObject({ ticketID: TICKET.fabrikamVpn, hoursWorked: 0.25, summaryNotes: 'Closing check' });
  });

  it('Project Time: a project, then one of its tasks; hours only; the task\'s role for Sam', async () => {
    await closePane(s.page);
    const pane = await openPane(s.page, PROJECT_TIME, 'add-project-time');
    const form = pane.getByRole('form', { name: 'Project time' });
    const project = form.getByRole('combobox', { name: 'Project' });
    await project.waitFor({ timeout: 20_000 });
    expect(await form.getByRole('combobox', { name: 'Task' }).isDisabled()).toBe(true);
    // By keyboard, as a technician types: the name, Down, Enter; Tab on to the task.
    await project.click();
    await project.pressSequentially('Microsoft 365', { delay: 20 });
    await pane.getByRole('option', { name: /Contoso Dental — Microsoft 365 migration/ }).waitFor({ timeout: 15_000 });
    await project.press('ArrowDown');
    await project.press('Enter');
    expect(await project.inputValue()).toBe('Contoso Dental — Microsoft 365 migration');
    const task = form.getByRole('combobox', { name: 'Task' });
    await pane.waitForFunction(() => !document.querySelectorAll('input[role=combobox]')[1]?.hasAttribute('disabled'));
    // Tab passes the project's "Open" button (Fluent's expand icon), then reaches the task.
    await project.press('Tab');
    await pane.locator(':focus').press('Tab');
    expect(await task.evaluate((el) => el === document.activeElement)).toBe(true);
    await task.pressSequentially('Mailbox', { delay: 20 });
    await pane.getByRole('option', { name: /Mailbox migration — batch 1/ }).waitFor({ timeout: 15_000 });
    await task.press('ArrowDown');
    await task.press('Enter');
    expect(await task.inputValue()).toBe('Mailbox migration — batch 1 (front desk)');
    await form.getByLabel('Hours worked').fill('2');
    await form.getByLabel('Summary notes').fill('Migrated the remaining front desk mailboxes');
    await pane.waitForFunction(() => [...document.querySelectorAll('select')].some((el) => el.selectedOptions[0]?.text === 'Project Work'), undefined, { timeout: 15_000 });
    expect(await selectedText(pane, 'Role')).toBe('Service Desk Technician');
    expect(await form.getByLabel('Change ticket status to').count()).toBe(0);
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(s.page, 'add-project-time-form');

    // Offline: Save waits with the reason, what was typed stays.
    const save = form.getByRole('button', { name: 'Save time' });
    await s.context.setOffline(true);
    await form.getByText('You are offline. What you typed stays here', { exact: false }).waitFor();
    expect(await save.isDisabled()).toBe(true);
    await s.context.setOffline(false);
    await form.getByText('You are offline. What you typed stays here', { exact: false }).waitFor({ state: 'detached' });
    expect(await form.getByLabel('Summary notes').inputValue()).toBe('Migrated the remaining front desk mailboxes');
    expect(await form.getByLabel('Hours worked').inputValue()).toBe('2');

    await save.click();
    const { id, href } = await savedId(pane);
    expect(href).toMatch(/\/web\/projects$/);
    sandbox = sandboxClient(href);
    const entry = await sandbox.timeEntries.getRequired(id);
    expect(entry).toMatchObject({ resourceID: RESOURCE.samRivera, taskID: TASK.contosoMailboxes, roleID: ROLE.serviceDeskTechnician, hoursWorked: 2, billingCodeID: BILLING_CODE.projectWork });
    expect(entry.ticketID ?? null).toBeNull();
    expect(entry.startDateTime ?? null).toBeNull();
    await screenshot(s.page, 'add-project-time-saved');
    expect(s.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
