/**
 * Create from email (issue 5), in the workbench with real Chromium, gateway and sandbox:
 *  - Autotask requests per command (Ticket, Company Note, Contact Note on the "printer-scan"
 *    message, one PDF attached): to fill the form with cold metadata (first pane, caches empty)
 *    and warm (pane reopened), and to save. Counted as the pane's requests to the gateway's
 *    Autotask proxy (/api/autotask/…), one Autotask request each; sign-in and the session check
 *    go elsewhere and are not counted.
 *  - Ribbon action → form showing the prefilled title and company: median cold (a fresh browser
 *    context each run) and warm (pane closed and reopened), each against the Options route's
 *    action → interactive measured the same way in the same run (ratio).
 *
 * `npx tsx bench/create-from-email.ts [runs]` builds nothing: it uses dist/ and build/ (run
 * `npx tsx scripts/build.ts` first), starts its own dev stack and Chromium, prints the figures
 * and merges them into bench/results.json.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { Figures } from './results';
import { median, round } from './results';

const SAM = 'sam.rivera@harborline-it.com';
const PANE = 'iframe[title="Autotask task pane"]';
const SESSION_KEY = 'autotask-outlook.session';
const MESSAGE = 'printer-scan';

interface Command {
  key: string;
  control: string;
  route: string;
  form: string;
  save: string;
}

const COMMANDS: readonly Command[] = [
  { key: 'ticket', control: 'msg.grp.Create.createTicket', route: 'create-ticket', form: 'Ticket', save: 'Save ticket' },
  { key: 'company_note', control: 'msg.grp.Create.createCompanyNote', route: 'create-company-note', form: 'Company note', save: 'Save note' },
  { key: 'contact_note', control: 'msg.grp.Create.createContactNote', route: 'create-contact-note', form: 'Contact note', save: 'Save note' },
];
const BASELINE = { control: 'msg.grp.Autotask.options', route: 'options' };

type Host = { __workbenchHost: { runControl(i: string): Promise<unknown>; closeTaskPane(): unknown }; __benchT0: number };

/** A workbench page whose pane starts signed in (the session copied in before any script runs). */
async function workbench(browser: Browser, origin: string, session: string): Promise<{ context: BrowserContext; page: Page; autotask: string[] }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 } });
  await context.addInitScript(([key, value]) => {
    try {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    } catch {
      // about:blank and other opaque origins
    }
  }, [SESSION_KEY, session]);
  const page = await context.newPage();
  const autotask: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/api/autotask/')) autotask.push(`${r.method()} ${u.pathname}`);
  });
  await page.goto(`${origin}/workbench/?message=${MESSAGE}&layout=classic`);
  await page.getByRole('group', { name: 'Autotask' }).first().waitFor();
  return { context, page, autotask };
}

async function runControl(page: Page, control: string): Promise<void> {
  await page.evaluate((id) => {
    const w = window as unknown as Host;
    w.__workbenchHost.closeTaskPane();
    w.__benchT0 = performance.timeOrigin + performance.now();
    void w.__workbenchHost.runControl(id);
  }, control);
}

async function paneFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector(PANE, { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no pane frame');
  return frame;
}

/** Milliseconds from the ribbon action to the form showing a title and a company (browser clocks). */
async function actionToFilledForm(page: Page, command: Command): Promise<{ ms: number; frame: Frame }> {
  await runControl(page, command.control);
  // The old pane may still be in the page for a moment: wait for the new route's pane.
  await page.frameLocator(PANE).locator(`html[data-pane-ready="${command.route}"]`).waitFor({ state: 'attached', timeout: 30_000 });
  const frame = await paneFrame(page);
  const handle = await frame.waitForFunction((name) => {
    const form = document.querySelector(`form[aria-label="${name}"]`);
    if (!form) return false;
    const titleLabel = [...form.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith('Title'));
    const title = titleLabel?.htmlFor ? (document.getElementById(titleLabel.htmlFor) as HTMLInputElement | null) : null;
    const company = form.querySelector<HTMLInputElement>('input[role="combobox"]');
    return title?.value && company?.value ? performance.timeOrigin + performance.now() : false;
  }, command.form, { polling: 'raf', timeout: 30_000 });
  const t1 = (await handle.jsonValue()) as number;
  const t0 = await page.evaluate(() => (window as unknown as Host).__benchT0);
  return { ms: Math.round(t1 - t0), frame };
}

/** Milliseconds from the ribbon action to the route's own `pane-interactive` mark. */
async function actionToInteractive(page: Page, control: string, route: string): Promise<number> {
  await runControl(page, control);
  await page.frameLocator(PANE).locator(`html[data-pane-ready="${route}"]`).waitFor({ state: 'attached', timeout: 30_000 });
  const frame = await paneFrame(page);
  const t1 = await frame.evaluate(() => performance.timeOrigin + performance.getEntriesByName('pane-interactive')[0]!.startTime);
  const t0 = await page.evaluate(() => (window as unknown as Host).__benchT0);
  return Math.round(t1 - t0);
}

/** Requests made after `since` until the pane has been quiet for a moment. */
async function settle(autotask: string[], since: number): Promise<string[]> {
  let seen = -1;
  while (seen !== autotask.length) {
    seen = autotask.length;
    await new Promise((r) => setTimeout(r, 600));
  }
  return autotask.slice(since);
}

/** Signs in once through the pane (OTP) and returns the stored session for the other contexts. */
async function signInOnce(browser: Browser, origin: string, otpFor: (email: string) => string | Promise<string>): Promise<string> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/workbench/?message=${MESSAGE}`);
    await page.getByRole('group', { name: 'Autotask' }).first().waitFor();
    await runControl(page, BASELINE.control);
    await page.frameLocator(PANE).locator(`html[data-pane-ready="${BASELINE.route}"]`).waitFor({ state: 'attached', timeout: 30_000 });
    const pane = await paneFrame(page);
    await pane.getByRole('button', { name: 'Sign in to Autotask' }).first().click();
    await pane.getByRole('dialog', { name: 'Sign in to Autotask' }).getByRole('button', { name: 'Two-factor code (OTP)' }).click();
    const dialog = pane.getByRole('dialog', { name: 'OTP Token' });
    await dialog.getByLabel('One-time code').fill(await otpFor(SAM));
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'detached' });
    const session = await pane.evaluate((key) => localStorage.getItem(key), SESSION_KEY);
    if (!session) throw new Error('sign-in left no session');
    return session;
  } finally {
    await context.close();
  }
}

export async function benchCreateFromEmail(
  browser: Browser, origin: string, otpFor: (email: string) => string | Promise<string>, runs = 7,
): Promise<Figures> {
  const figures: Figures = {};
  const session = await signInOnce(browser, origin, otpFor);
  const p = 'create_from_email';

  // Cold: a fresh context per run (no HTTP cache, no metadata in storage), commands and baseline interleaved.
  const cold: Record<string, number[]> = { baseline: [] };
  const coldRequests: Record<string, number[]> = {};
  for (let i = 0; i < runs; i += 1) {
    for (const command of COMMANDS) {
      const w = await workbench(browser, origin, session);
      const { ms } = await actionToFilledForm(w.page, command);
      (cold[command.key] ??= []).push(ms);
      (coldRequests[command.key] ??= []).push((await settle(w.autotask, 0)).length);
      await w.context.close();
    }
    const w = await workbench(browser, origin, session);
    cold.baseline!.push(await actionToInteractive(w.page, BASELINE.control, BASELINE.route));
    await w.context.close();
  }

  // Warm: one context; each command opened once, then reopened `runs` times; then saved once.
  const w = await workbench(browser, origin, session);
  const warm: Record<string, number[]> = { baseline: [] };
  const warmRequests: Record<string, string[]> = {};
  const saveRequests: Record<string, string[]> = {};
  await actionToInteractive(w.page, BASELINE.control, BASELINE.route);
  for (const command of COMMANDS) await actionToFilledForm(w.page, command).then(() => settle(w.autotask, 0));
  for (let i = 0; i < runs; i += 1) {
    for (const command of COMMANDS) {
      const since = w.autotask.length;
      const { ms } = await actionToFilledForm(w.page, command);
      (warm[command.key] ??= []).push(ms);
      warmRequests[command.key] = await settle(w.autotask, since);
    }
    warm.baseline!.push(await actionToInteractive(w.page, BASELINE.control, BASELINE.route));
  }
  for (const command of COMMANDS) {
    const { frame } = await actionToFilledForm(w.page, command);
    await settle(w.autotask, 0);
    const since = w.autotask.length;
    await frame.getByRole('form', { name: command.form }).getByRole('button', { name: command.save }).click();
    await frame.getByTestId('save-result').waitFor({ timeout: 30_000 });
    saveRequests[command.key] = await settle(w.autotask, since);
  }
  await w.context.close();

  for (const command of COMMANDS) {
    const k = `${p}.${command.key}`;
    figures[`${k}.requests_fill_cold`] = median(coldRequests[command.key]!);
    figures[`${k}.requests_fill_warm`] = warmRequests[command.key]!.length;
    figures[`${k}.requests_save`] = saveRequests[command.key]!.length;
    figures[`${k}.requests_total_warm`] = warmRequests[command.key]!.length + saveRequests[command.key]!.length;
    figures[`${k}.requests_fill_warm_list`] = warmRequests[command.key]!.map(shortPath).join(', ');
    figures[`${k}.requests_save_list`] = saveRequests[command.key]!.map(shortPath).join(', ');
    figures[`${k}.click_to_filled_ms_median_cold`] = median(cold[command.key]!);
    figures[`${k}.click_to_filled_ms_median_warm`] = median(warm[command.key]!);
    figures[`${k}.click_to_filled_ratio_to_baseline_cold`] = round(median(cold[command.key]!) / median(cold.baseline!), 2);
    figures[`${k}.click_to_filled_ratio_to_baseline_warm`] = round(median(warm[command.key]!) / median(warm.baseline!), 2);
  }
  figures[`${p}.attachments_on_message`] = 1;
  figures[`${p}.baseline_options_click_to_interactive_ms_median_cold`] = median(cold.baseline!);
  figures[`${p}.baseline_options_click_to_interactive_ms_median_warm`] = median(warm.baseline!);
  return figures;
}

/** "POST /api/autotask/v1.0/Tickets/query" → "POST Tickets/query". */
function shortPath(request: string): string {
  return request.replace('/api/autotask/v1.0/', '');
}

if (require.main === module) {
  void (async () => {
    const { startDevStack } = await import('../scripts/lib/dev-stack');
    const { launchChromium } = await import('../scripts/lib/chromium');
    const { recordFigures } = await import('./results');
    const runs = Number(process.argv[2] ?? 7);
    const stack = await startDevStack({ port: 0 });
    const browser = await launchChromium();
    try {
      const figures = await benchCreateFromEmail(browser, stack.origin, (email) => stack.otpFor(email), runs);
      recordFigures(figures);
      for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(72)} ${v}`);
    } finally {
      await browser.close();
      await stack.close();
    }
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
