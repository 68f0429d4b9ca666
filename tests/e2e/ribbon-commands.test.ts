/**
 * Every command of the manifest, clicked in the workbench on a sample message, in both
 * ribbon layouts: ShowTaskpane opens its own route (no console error, no serious or
 * critical axe violation); ExecuteFunction runs and completes its event.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { COMMANDS, type CommandDef } from '../../src/addin/commands/catalog';
import { SURFACES } from '../../scripts/manifest/layout';
import {
  axeViolations, eventually, hostView, launchChromium, openWorkbench, paneReady, screenshot, type Session,
} from './lib/workbench';

jest.setTimeout(120_000);

const GROUP_OF: Record<CommandDef['menu'], string> = {
  autotask: 'Autotask', more: 'More', create: 'Create from email', add: 'Add to Autotask',
};
/** Commands that are buttons on the classic tab (the rest sit in a group's "More" menu). */
const TAB_BUTTONS = new Set(
  SURFACES.find((x) => x.type === 'MessageReadCommandSurface')!.tabGroups.flatMap((g) => g.buttons.map((b) => b.id)),
);

/** Clicks a command the way a user would in the given layout. */
async function click(page: Page, layout: 'classic' | 'simplified', cmd: CommandDef): Promise<void> {
  if (layout === 'classic') {
    const group = page.getByRole('group', { name: GROUP_OF[cmd.menu], exact: true });
    if (TAB_BUTTONS.has(cmd.id)) {
      await group.getByRole('button', { name: cmd.label, exact: true }).click();
    } else {
      await group.getByRole('button', { name: 'More', exact: true }).click();
      await page.getByRole('menuitem', { name: cmd.label, exact: true }).click();
    }
  } else {
    const group = page.getByRole('group', { name: 'Autotask', exact: true });
    await group.getByRole('button', { name: GROUP_OF[cmd.menu], exact: true }).click();
    await page.getByRole('menuitem', { name: cmd.label, exact: true }).click();
  }
}

describe.each(['classic', 'simplified'] as const)('the %s ribbon', (layout) => {
  let browser: Browser;
  let s: Session;
  beforeAll(async () => {
    browser = await launchChromium();
    s = await openWorkbench(browser, `message=printer-scan&layout=${layout}`);
  });
  afterAll(async () => {
    await s?.context.close();
    await browser?.close();
  });
  beforeEach(() => { s.errors.length = 0; });

  it.each(COMMANDS.filter((c) => c.action.kind === 'taskpane').map((c) => [c.id, c] as const))(
    '%s opens its pane at its own route',
    async (_id, cmd) => {
      if (cmd.action.kind !== 'taskpane') throw new Error('unreachable');
      await click(s.page, layout, cmd);
      const frame = await paneReady(s.page, cmd.action.route);
      await expectHeading(frame, cmd.title);
      expect(await axeViolations(frame)).toEqual([]);
      expect(s.errors).toEqual([]);
      await screenshot(s.page, `${layout}-${cmd.id}`);
    },
  );

  it('About shows the version, build and copyright, and completes', async () => {
    await click(s.page, layout, COMMANDS.find((c) => c.id === 'about')!);
    await eventually(async () => (await hostView(s.page)).lastFunctionRun?.completed === true);
    const view = await hostView(s.page);
    expect(view.lastFunctionRun?.name).toBe('showAbout');
    const about = view.notifications.map((n) => n.message).join('\n');
    expect(about).toMatch(/Autotask for Outlook 0\.1\.0 \(build [^)]+\)/);
    expect(about).toContain('©');
    await s.page.getByText(/Autotask for Outlook 0\.1\.0/).first().waitFor();
    expect(s.errors).toEqual([]);
  });

  it('Home opens the tenant\'s Autotask web UI in a browser window, and completes', async () => {
    const popup = s.context.waitForEvent('page');
    await click(s.page, layout, COMMANDS.find((c) => c.id === 'home')!);
    await eventually(async () => (await hostView(s.page)).lastFunctionRun?.completed === true);
    const view = await hostView(s.page);
    expect(view.lastFunctionRun?.name).toBe('openAutotaskHome');
    expect(view.opened).toHaveLength(1);
    const tab = await popup;
    await tab.waitForLoadState();
    expect(await tab.title()).toMatch(/Autotask sandbox/);
    await tab.close();
    expect(s.errors).toEqual([]);
  });
});

async function expectHeading(frame: import('playwright-core').Frame, title: string): Promise<void> {
  await frame.getByRole('heading', { name: title }).waitFor({ timeout: 10_000 });
}


describe('a message the user opens from disk', () => {
  it('becomes the current item, and the pane reads it through Office.js', async () => {
    const browser = await launchChromium();
    const s = await openWorkbench(browser, 'layout=simplified');
    try {
      const file = resolve(__dirname, '../../../shared/corpus/emails/attachment-pdf-emoji-subject.eml');
      const chooser = s.page.waitForEvent('filechooser');
      await s.page.getByRole('button', { name: 'Open .eml…' }).click();
      await (await chooser).setFiles(file);
      await s.page.getByRole('heading', { name: /🎉/ }).first().waitFor();
      await click(s.page, 'simplified', COMMANDS.find((c) => c.id === 'createTicket')!);
      const frame = await paneReady(s.page, 'create-ticket');
      await frame.getByText(/🎉/).first().waitFor();
      expect(await axeViolations(frame)).toEqual([]);
      expect(s.errors).toEqual([]);
      await screenshot(s.page, 'opened-eml-create-ticket');
    } finally {
      await s.context.close();
      await browser.close();
    }
  });
});
