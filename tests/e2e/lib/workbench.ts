/** Helpers for driving the workbench in real headless Chromium. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { source as axeSource } from 'axe-core';
import { launchChromium } from '../../../scripts/lib/chromium';

export const PANE = 'iframe[title="Autotask task pane"]';
export const SCREENSHOTS = resolve(__dirname, '../../../test-results/screenshots');

export function origin(): string {
  const o = process.env.E2E_ORIGIN;
  if (!o) throw new Error('E2E_ORIGIN is not set: the e2e global setup did not run.');
  return o;
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions from the page and every frame. */
  errors: string[];
}

export async function openWorkbench(browser: Browser, query: string): Promise<Session> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${origin()}/workbench/?${query}`);
  await page.getByRole('group', { name: 'Autotask' }).first().waitFor();
  return { browser, context, page, errors };
}

export { launchChromium };

/** The pane's frame once it has signalled readiness for the route. */
export async function paneReady(page: Page, route: string): Promise<Frame> {
  const handle = await page.waitForSelector(PANE, { state: 'attached' });
  await page.frameLocator(PANE).locator(`html[data-pane-ready="${route}"]`).waitFor({ state: 'attached', timeout: 20_000 });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the task pane iframe has no frame');
  return frame;
}

/**
 * Serious and critical axe violations in a frame, as readable lines. Waits first (up to 10 s) for
 * a closing modal to finish: while Fluent's Dialog animates out, the rest of the page is still
 * aria-hidden. Fluent's focus sentinels (`data-tabster-dummy`) are excluded, as the workbench
 * README explains.
 */
export async function axeViolations(frame: Frame): Promise<string[]> {
  await frame
    .waitForFunction(() => document.querySelector('[role="dialog"], [role="alertdialog"]') !== null
      || document.querySelector('[aria-hidden="true"]:has([tabindex], button, input, a[href])') === null, undefined, { timeout: 10_000 })
    .catch(() => undefined);
  await frame.evaluate(axeSource);
  const result = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: object, o: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run({ include: [document], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
}

export interface WorkbenchHostView {
  lastFunctionRun: { name: string; completed: boolean; status: string; error?: string } | null;
  openedBrowserWindows: string[];
  notifications(): { key: string; type: string; message: string }[];
}

export async function hostView(page: Page): Promise<{ lastFunctionRun: WorkbenchHostView['lastFunctionRun']; opened: string[]; notifications: { key: string; message: string }[] }> {
  return page.evaluate(() => {
    const h = (window as unknown as { __workbenchHost: WorkbenchHostView }).__workbenchHost;
    return { lastFunctionRun: h.lastFunctionRun, opened: [...h.openedBrowserWindows], notifications: h.notifications() };
  });
}

/** Waits until a condition holds (the workbench updates asynchronously, as Outlook does). */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
