/**
 * Pane helpers for end-to-end tests: open a command's pane through the workbench host (as a
 * ribbon click would), close it, and sign in with the OTP Token dialog using a fresh code from
 * the global setup's code desk.
 */
import type { Frame, Page } from 'playwright-core';
import { paneReady } from './workbench';

interface HostControls {
  runControl(id: string): Promise<unknown>;
  closeTaskPane(): unknown;
  selectMessage(id: string): void;
}

/** Runs a ribbon control and waits for its route; `message` first closes the pane and selects that sample. */
export async function openPane(page: Page, control: string, route: string, message?: string): Promise<Frame> {
  if (message) {
    await page.evaluate((id) => {
      const h = (window as unknown as { __workbenchHost: HostControls }).__workbenchHost;
      h.closeTaskPane();
      h.selectMessage(id);
    }, message);
  }
  await page.evaluate((id) => (window as unknown as { __workbenchHost: HostControls }).__workbenchHost.runControl(id), control);
  return paneReady(page, route);
}

export async function closePane(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __workbenchHost: HostControls }).__workbenchHost.closeTaskPane());
}

/** A fresh two-factor code for a demo user (each code is handed out once). */
export async function otpFor(email: string): Promise<string> {
  const res = await fetch(`${process.env.E2E_CONTROL}/otp?email=${encodeURIComponent(email)}`);
  const body = (await res.json()) as { code?: string; error?: string };
  if (!body.code) throw new Error(body.error ?? 'no code');
  return body.code;
}

/** Signs the pane in with the OTP Token dialog. */
export async function signInWithOtp(pane: Frame, email: string): Promise<void> {
  await pane.getByRole('button', { name: 'Sign in to Autotask' }).click();
  await pane.getByRole('dialog', { name: 'Sign in to Autotask' }).getByRole('button', { name: 'Two-factor code (OTP)' }).click();
  const dialog = pane.getByRole('dialog', { name: 'OTP Token' });
  await dialog.getByLabel('One-time code').fill(await otpFor(email));
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.waitFor({ state: 'detached' });
}
