/**
 * Add to Autotask > Service Call, end to end: real Chromium drives the workbench; the pane talks to
 * the real gateway and sandbox. Signed in by OTP as Sam Rivera:
 * - the whole set: a Contoso call with two tickets and two resources (Sam with his default role,
 *   Dan Okafor with his) is created, and the call, its tickets and its resources are read back
 *   from the sandbox;
 * - the failure path: the sandbox refuses the first ServiceCallTicketResources create (fault
 *   injection); the pane says exactly what exists; Finish completes it, with no duplicates;
 *   another time Remove it deletes what was made;
 * - a user Autotask refuses service calls to is told so, with what the admin must change, before
 *   any form is shown.
 */
import type { Browser, Frame } from 'playwright-core';
import { closePane, openPane, sandboxQuery, signIn } from './lib/forms';
import { axeViolations, launchChromium, openWorkbench, paneReady, screenshot, type Session } from './lib/workbench';

jest.setTimeout(240_000);

const CONTROL = 'msg.grp.Add.addServiceCall';
const ROUTE = 'add-service-call';
const SAM_ID = 29682886;
const DAN_ID = 29682888;

const control = () => process.env.E2E_CONTROL ?? '';

async function fault(rule: { method?: string; path: string; status: number; body?: unknown; times?: number }): Promise<void> {
  await fetch(`${control()}/sandbox/fault`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rule) });
}

async function clearFaults(): Promise<void> {
  await fetch(`${control()}/sandbox/faults`, { method: 'DELETE' });
}

async function pick(pane: Frame, label: string, typed: string, option: string): Promise<void> {
  const box = pane.getByRole('form', { name: 'Service call' }).getByRole('combobox', { name: label });
  await box.click();
  await box.fill('');
  await box.pressSequentially(typed, { delay: 20 });
  await pane.getByRole('option', { name: option, exact: false }).first().click({ timeout: 15_000 });
}

/** Company, times, description; returns the UTC instants the browser's zone makes of the times. */
async function fillCall(pane: Frame, company: [string, string], start: string, end: string, description: string): Promise<{ start: string; end: string }> {
  const form = pane.getByRole('form', { name: 'Service call' });
  await pick(pane, 'Company', company[0], company[1]);
  await form.getByLabel('Start').fill(start);
  await form.getByLabel('End').fill(end);
  await form.getByLabel('Description').fill(description);
  return pane.evaluate(([s, e]) => ({ start: new Date(s!).toISOString(), end: new Date(e!).toISOString() }), [start, end]);
}

async function setOf(callId: number) {
  const tickets = await sandboxQuery('ServiceCallTickets', [{ op: 'eq', field: 'serviceCallID', value: callId }]);
  const resources = tickets.length ? await sandboxQuery('ServiceCallTicketResources', [{ op: 'in', field: 'serviceCallTicketID', value: tickets.map((t) => t.id) }]) : [];
  const ticketOf = new Map(tickets.map((t) => [t.id, t.ticketID]));
  return {
    tickets: tickets.map((t) => t.ticketID).sort(),
    resources: resources.map((r) => `${String(ticketOf.get(r.serviceCallTicketID as number))}:${String(r.resourceID)}:${String(r.roleID)}`).sort(),
  };
}

describe('Add Service Call', () => {
  let browser: Browser;
  let s: Session;
  beforeAll(async () => {
    browser = await launchChromium();
    s = await openWorkbench(browser, 'message=printer-scan&layout=simplified');
  });
  afterAll(async () => {
    await clearFaults();
    await s?.context.close();
    await browser?.close();
  });

  it('creates the call with its tickets and resources (me with my default role first), checked in the sandbox', async () => {
    const pane = await openPane(s.page, CONTROL, ROUTE);
    await signIn(pane);
    const form = pane.getByRole('form', { name: 'Service call' });
    await form.waitFor({ timeout: 30_000 });
    // Me, preselected with my default role.
    const mine = form.getByLabel('Role of Sam Rivera');
    await pane.waitForFunction(() => [...document.querySelectorAll('select')].some((el) => el.selectedOptions[0]?.text === 'Service Desk Technician'), undefined, { timeout: 15_000 });
    expect(await mine.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe('Service Desk Technician');
    expect(await form.getByLabel('Status').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text)).toBe('New');

    // End before start is refused before anything is sent.
    const times = await fillCall(pane, ['Contoso', 'Contoso Dental Group'], '2026-12-03T09:00', '2026-12-03T08:00', 'On site: printer and X-ray viewer');
    await form.getByRole('button', { name: 'Save service call' }).click();
    await pane.getByText('End must be after start.').first().waitFor();
    await form.getByLabel('End').fill('2026-12-03T11:30');
    times.end = await pane.evaluate(() => new Date('2026-12-03T11:30').toISOString());

    await pick(pane, 'Tickets to attach', 'T20261128', 'T20261128.0002 Front desk printer offline');
    // The picker keeps the focus for the next ticket, which the keyboard alone picks.
    const tickets = form.getByRole('combobox', { name: 'Tickets to attach' });
    await pane.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox' && (document.activeElement as HTMLInputElement).value === '');
    await s.page.keyboard.type('X-ray', { delay: 20 });
    await pane.getByRole('option', { name: 'T20261128.0004 X-ray viewer', exact: false }).waitFor({ timeout: 15_000 });
    await s.page.keyboard.press('ArrowDown');
    await s.page.keyboard.press('Enter');
    await form.getByRole('list', { name: 'Tickets to attach' }).getByText('T20261128.0004 X-ray viewer shows licence expiry warning').waitFor();
    expect(await tickets.inputValue()).toBe('');
    await pick(pane, 'Add a resource', 'Dan', 'Dan Okafor');
    await pane.waitForFunction(() => [...document.querySelectorAll('select')].some((el) => el.selectedOptions[0]?.text === 'Field Engineer'), undefined, { timeout: 15_000 });
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(s.page, 'add-service-call-form');

    // Offline: Save waits, what was typed stays.
    await s.context.setOffline(true);
    await pane.getByText('You are offline. What you typed stays here', { exact: false }).waitFor();
    expect(await form.getByRole('button', { name: 'Save service call' }).isDisabled()).toBe(true);
    await s.context.setOffline(false);
    await pane.getByText('You are offline. What you typed stays here', { exact: false }).waitFor({ state: 'detached' });
    expect(await form.getByLabel('Description').inputValue()).toBe('On site: printer and X-ray viewer');

    await form.getByRole('button', { name: 'Save service call' }).click();
    const result = pane.getByTestId('save-result');
    await result.waitFor({ timeout: 30_000 });
    const number = (await result.getByTestId('saved-number').textContent()) ?? '';
    expect(number).toMatch(/^Service call #\d+$/);
    const callId = Number(number.replace(/\D/g, ''));
    expect(await result.getByRole('link', { name: 'Open in Autotask' }).getAttribute('href')).toMatch(/\/web\/calendar$/);
    await screenshot(s.page, 'add-service-call-saved');

    const [call] = await sandboxQuery('ServiceCalls', [{ op: 'eq', field: 'id', value: callId }]);
    expect(call).toMatchObject({ companyID: 174, description: 'On site: printer and X-ray viewer', status: 1 });
    expect(Date.parse(String(call!.startDateTime))).toBe(Date.parse(times.start));
    expect(Date.parse(String(call!.endDateTime))).toBe(Date.parse(times.end));
    const set = await setOf(callId);
    expect(set.tickets).toEqual([8102, 8110]);
    const [sdt, fe] = [await roleId('Service Desk Technician'), await roleId('Field Engineer')];
    expect(set.resources).toEqual([`8102:${SAM_ID}:${sdt}`, `8102:${DAN_ID}:${fe}`, `8110:${SAM_ID}:${sdt}`, `8110:${DAN_ID}:${fe}`].sort());

    // Save another: a fresh form, me preselected again.
    await result.getByRole('button', { name: 'Save another' }).click();
    await form.waitFor();
    expect(await form.getByRole('combobox', { name: 'Company' }).inputValue()).toBe('');
    expect(await form.getByLabel('Role of Sam Rivera').count()).toBe(1);
  });

  it('a later step refused: says exactly what exists; Finish completes it without duplicates', async () => {
    const pane = s.page.frameLocator('iframe[title="Autotask task pane"]');
    const form = pane.getByRole('form', { name: 'Service call' });
    const frame = await paneReady(s.page, ROUTE);
    await fillCall(frame, ['Fabrikam', 'Fabrikam Logistics'], '2026-12-04T13:00', '2026-12-04T14:00', 'VPN: rekey timers on site');
    await pick(frame, 'Tickets to attach', 'VPN', 'T20261128.0001 VPN drops every afternoon');
    await pick(frame, 'Add a resource', 'Dan', 'Dan Okafor');
    await frame.waitForFunction(() => [...document.querySelectorAll('select')].some((el) => el.selectedOptions[0]?.text === 'Field Engineer'), undefined, { timeout: 15_000 });

    await fault({ method: 'POST', path: 'ServiceCallTickets/\\d+/Resources$', status: 500, body: { errors: ['The resource is not available at this time.'] }, times: 1 });
    await form.getByRole('button', { name: 'Save service call' }).click();
    const partial = pane.getByTestId('service-call-partial');
    await partial.waitFor({ timeout: 30_000 });
    const text = (await partial.textContent()) ?? '';
    const callId = Number(/Service call #(\d+)/.exec(text)?.[1]);
    expect(callId).toBeGreaterThan(0);
    expect(text).toContain('The resource is not available at this time.');
    expect(text).toContain('Ticket T20261128.0001 VPN drops every afternoon: attached');
    expect(text).toContain('Sam Rivera on T20261128.0001 VPN drops every afternoon: not assigned yet');
    expect(text).toContain('Dan Okafor on T20261128.0001 VPN drops every afternoon: not assigned yet');
    expect(await axeViolations(frame)).toEqual([]);
    await screenshot(s.page, 'add-service-call-partial');
    // The sandbox holds exactly that: the call and its ticket, no resource.
    expect(await setOf(callId)).toEqual({ tickets: [8101], resources: [] });

    await partial.getByRole('button', { name: 'Finish' }).click();
    const result = pane.getByTestId('save-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getByTestId('saved-number').textContent()).toBe(`Service call #${callId}`);
    const set = await setOf(callId);
    expect(set.tickets).toEqual([8101]);
    expect(set.resources).toHaveLength(2);
    expect(new Set(set.resources.map((r) => r.split(':')[1]))).toEqual(new Set([String(SAM_ID), String(DAN_ID)]));
    expect(await sandboxQuery('ServiceCalls', [{ op: 'eq', field: 'description', value: 'VPN: rekey timers on site' }])).toHaveLength(1);
  });

  it('a later step refused, then Remove it: what was made is deleted (resources, tickets, the call) and the entries stay', async () => {
    const pane = s.page.frameLocator('iframe[title="Autotask task pane"]');
    await pane.getByTestId('save-result').getByRole('button', { name: 'Save another' }).click();
    const frame = await paneReady(s.page, ROUTE);
    const form = pane.getByRole('form', { name: 'Service call' });
    await fillCall(frame, ['Fabrikam', 'Fabrikam Logistics'], '2026-12-07T08:00', '2026-12-07T09:00', 'Cancelled visit');
    await pick(frame, 'Tickets to attach', 'VPN', 'T20261128.0001 VPN drops every afternoon');

    await fault({ method: 'POST', path: 'ServiceCallTickets/\\d+/Resources$', status: 500, body: { errors: ['The resource is not available at this time.'] }, times: 1 });
    await form.getByRole('button', { name: 'Save service call' }).click();
    const partial = pane.getByTestId('service-call-partial');
    await partial.waitFor({ timeout: 30_000 });
    const callId = Number(/Service call #(\d+)/.exec((await partial.textContent()) ?? '')?.[1]);
    expect(await setOf(callId)).toEqual({ tickets: [8101], resources: [] });

    await partial.getByRole('button', { name: 'Remove it' }).click();
    await pane.getByText('Removed: nothing of this service call is left in Autotask.', { exact: false }).waitFor({ timeout: 30_000 });
    expect(await sandboxQuery('ServiceCalls', [{ op: 'eq', field: 'id', value: callId }])).toEqual([]);
    expect(await sandboxQuery('ServiceCallTickets', [{ op: 'eq', field: 'serviceCallID', value: callId }])).toEqual([]);
    expect(await form.getByLabel('Description').inputValue()).toBe('Cancelled visit');
    expect(await form.getByRole('button', { name: 'Save service call' }).isEnabled()).toBe(true);
  });

  it('Autotask refusing service calls: explained, with what the admin must change, before the form', async () => {
    await closePane(s.page);
    await fault({ path: 'ServiceCalls/query$', status: 500, body: { errors: ['The logged in Resource does not have the adequate permissions to update this entity type.'] }, times: 1 });
    const pane = await openPane(s.page, CONTROL, ROUTE);
    const refusal = pane.getByTestId('service-call-access');
    await refusal.waitFor({ timeout: 30_000 });
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('Autotask does not let you create service calls');
    expect(text).toContain('ticket View "All"');
    expect(text).toContain('activate the Dispatch Calendar');
    expect(text).toContain('does not have the adequate permissions');
    expect(await pane.getByRole('form', { name: 'Service call' }).count()).toBe(0);
    expect(await axeViolations(pane)).toEqual([]);
    await screenshot(s.page, 'add-service-call-no-access');

    await refusal.getByRole('button', { name: 'Check again' }).click();
    await pane.getByRole('form', { name: 'Service call' }).waitFor({ timeout: 30_000 });
    expect(s.errors.filter((e) => !/status of (4|5)\d\d/.test(e))).toEqual([]);
  });
});

async function roleId(name: string): Promise<number> {
  const [role] = await sandboxQuery('Roles', [{ op: 'eq', field: 'name', value: name }]);
  return role!.id;
}
