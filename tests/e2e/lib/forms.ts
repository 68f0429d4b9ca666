/** Helpers for the form tests: sign-in by OTP, opening a command's pane, one workbench per file. */
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium, openWorkbench, paneReady, type Session } from './workbench';

export const SAM = 'sam.rivera@harborline-it.com';

type Host = { __workbenchHost: { runControl(i: string): Promise<unknown>; closeTaskPane(): unknown; selectMessage(id: string): void } };

/** A fresh two-factor code for an enrolled address (global setup's code desk). */
export async function otpFor(email: string): Promise<string> {
  const res = await fetch(`${process.env.E2E_CONTROL}/otp?email=${encodeURIComponent(email)}`);
  const body = (await res.json()) as { code?: string; error?: string };
  if (!body.code) throw new Error(body.error ?? 'no code');
  return body.code;
}

/** Runs a ribbon control and waits for its route; `message` first closes the pane and selects that sample. */
export async function openPane(page: Page, control: string, route: string, message?: string): Promise<Frame> {
  if (message) {
    await page.evaluate((id) => {
      const host = (window as unknown as Host).__workbenchHost;
      host.closeTaskPane();
      host.selectMessage(id);
    }, message);
  }
  await page.evaluate((id) => (window as unknown as Host).__workbenchHost.runControl(id), control);
  return paneReady(page, route);
}

/** Signs in as Sam Rivera from the pane's "Sign in to Autotask" button. */
export async function signIn(pane: Frame): Promise<void> {
  await pane.getByRole('button', { name: 'Sign in to Autotask' }).click();
  await pane.getByRole('dialog', { name: 'Sign in to Autotask' }).getByRole('button', { name: 'Two-factor code (OTP)' }).click();
  const dialog = pane.getByRole('dialog', { name: 'OTP Token' });
  await dialog.getByLabel('One-time code').fill(await otpFor(SAM));
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** One Chromium and workbench for the describe block it is called in; `session()` once beforeAll ran. */
export function workbenchPerFile(query: string): { session(): Session } {
  let browser: Browser | undefined;
  let s: Session | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    s = await openWorkbench(browser, query);
  });
  afterAll(async () => {
    await s?.context.close();
    await browser?.close();
  });
  return {
    session() {
      if (!s) throw new Error('the workbench is not open yet');
      return s;
    },
  };
}
