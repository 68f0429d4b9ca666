/**
 * Foundation figures (issue 2):
 *  - bytes (gzip) of the JS + CSS each task-pane route loads before it is interactive;
 *  - command click → interactive pane in the workbench, cold cache, against a minimal
 *    React + Fluent page built by the same webpack config and loaded the same way.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { COMMANDS } from '../src/addin/commands/catalog';
import type { Figures } from './results';
import { median, round } from './results';

const ROOT = resolve(__dirname, '..');

/**
 * Opens a page in a fresh context (cold cache) and returns the gzip size of the add-in's own
 * JS/CSS whose request started before the pane's `pane-interactive` mark (the browser's resource
 * timing, so what a route loads afterwards, e.g. a list filled once it is usable, is not counted;
 * the workbench's files and the emulator excluded).
 */
async function bytesUntilReady(
  browser: Browser, url: string, distRoots: Record<string, string>, controlId?: string,
): Promise<number> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(url);
  let frame = page.mainFrame();
  if (controlId) {
    await page.getByRole('group', { name: 'Autotask' }).first().waitFor();
    await page.evaluate((id) => (window as unknown as { __workbenchHost: { runControl(i: string): Promise<unknown> } }).__workbenchHost.runControl(id), controlId);
    const handle = await page.waitForSelector('iframe[title="Autotask task pane"]', { timeout: 30_000 });
    frame = (await handle.contentFrame())!;
  }
  await frame.waitForSelector('html[data-pane-ready]', { state: 'attached', timeout: 30_000 });
  const loaded = await frame.evaluate(() => {
    const mark = performance.getEntriesByName('pane-interactive', 'mark')[0]?.startTime ?? Number.POSITIVE_INFINITY;
    return performance.getEntriesByType('resource').filter((e) => e.startTime <= mark).map((e) => new URL(e.name).pathname);
  });
  const files = new Set(loaded.filter((p) => /\.(js|css)$/.test(p) && !p.startsWith('/workbench/')));
  await context.close();
  let total = 0;
  for (const p of files) {
    const [prefix, root] = Object.entries(distRoots).find(([pre]) => p.startsWith(pre))!;
    total += gzipSync(readFileSync(resolve(root, p.slice(prefix.length)))).length;
  }
  return total;
}

/**
 * Milliseconds from the user's action to the pane's own `pane-interactive` mark, both read on
 * the browser's clock (performance.timeOrigin + now), so the test driver's overhead is excluded.
 * `act` must set window.__benchT0 at the moment of the action.
 */
async function actionToInteractive(page: Page, act: () => Promise<void>): Promise<number> {
  await act();
  const frameEl = await page.waitForSelector('iframe[title="Autotask task pane"]', { state: 'attached' });
  await page.frameLocator('iframe[title="Autotask task pane"]').locator('html[data-pane-ready]').waitFor({ state: 'attached', timeout: 30_000 });
  const frame = (await frameEl.contentFrame())!;
  const t1 = await frame.evaluate(() => performance.timeOrigin + performance.getEntriesByName('pane-interactive')[0]!.startTime);
  const t0 = await page.evaluate(() => (window as unknown as { __benchT0: number }).__benchT0);
  return Math.round(t1 - t0);
}

export async function benchFoundation(browser: Browser, origin: string, runs = 9): Promise<Figures> {
  const figures: Figures = {};
  const roots = { '/bench-baseline/': resolve(ROOT, 'build/bench-baseline'), '/': resolve(ROOT, 'dist') };
  // 1. Bundle bytes per route (the route that loads the most counts against the budget).
  let worst = 0;
  let worstRoute = '';
  for (const c of COMMANDS) {
    if (c.action.kind !== 'taskpane') continue;
    const menu = { autotask: 'Autotask', more: 'More', create: 'Create', add: 'Add' }[c.menu];
    const bytes = await bytesUntilReady(browser, `${origin}/workbench/?message=printer-scan`, roots, `msg.grp.${menu}.${c.id}`);
    if (process.env.BENCH_VERBOSE) console.log(`  ${c.action.route.padEnd(24)} ${round(bytes / 1024)} KB gzip`);
    if (bytes > worst) { worst = bytes; worstRoute = c.action.route; }
  }
  figures['foundation.route_initial_js_css_gzip_kb_max'] = round(worst / 1024);
  figures['foundation.route_initial_js_css_gzip_kb_max_route'] = worstRoute;
  figures['foundation.baseline_js_css_gzip_kb'] = round(await bytesUntilReady(browser, `${origin}/bench-baseline/`, roots) / 1024);

  // 2. Click → interactive, cold cache (a fresh browser context per run), pane vs baseline, interleaved.
  const pane: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    for (const which of ['pane', 'baseline'] as const) {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${origin}/workbench/?message=printer-scan&layout=classic`);
      const group = page.getByRole('group', { name: 'Create from email', exact: true });
      await group.waitFor();
      if (which === 'pane') {
        // The user's click on the ribbon's Create from email > Ticket button.
        pane.push(await actionToInteractive(page, async () => {
          await page.evaluate(() => document.addEventListener('click', () => {
            (window as unknown as { __benchT0: number }).__benchT0 = performance.timeOrigin + performance.now();
          }, { capture: true, once: true }));
          await group.getByRole('button', { name: 'Ticket', exact: true }).click();
        }));
      } else {
        // The baseline page, loaded by the same host into the same pane iframe.
        base.push(await actionToInteractive(page, () => page.evaluate((url) => {
          (window as unknown as { __benchT0: number }).__benchT0 = performance.timeOrigin + performance.now();
          (window as unknown as { __workbenchHost: { showPane(u: string, l: string): void } }).__workbenchHost.showPane(url, 'Baseline');
        }, `${origin}/bench-baseline/`)));
      }
      await context.close();
    }
  }
  figures['foundation.click_to_interactive_ms_median'] = median(pane);
  figures['foundation.baseline_click_to_interactive_ms_median'] = median(base);
  figures['foundation.click_to_interactive_ratio_to_baseline'] = round(median(pane) / median(base), 2);
  return figures;
}
