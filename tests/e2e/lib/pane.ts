/**
 * Pane helpers for end-to-end tests: open a command's pane through the workbench host (as a
 * ribbon click would), close it, and sign in with the OTP Token dialog using a fresh code from
 * the global setup's code desk.
 */
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { paneReady } from './workbench';

interface HostControls {
  runControl(id: string): Promise<unknown>;
  closeTaskPane(): unknown;
  selectMessage(id: string | null): void;
}

/**
 * Runs a ribbon control and waits for its route. Given `message`, it first closes the pane and
 * selects that sample (null: no message selected); without, the open pane (if any) is reused:
 * call closePane first for a fresh pane on the current message.
 */
export async function openPane(page: Page, control: string, route: string, message?: string | null): Promise<Frame> {
  if (message !== undefined) {
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
  const control = process.env.E2E_CONTROL;
  if (!control) throw new Error('E2E_CONTROL is not set: the e2e global setup did not run.');
  const res = await fetch(`${control}/otp?email=${encodeURIComponent(email)}`);
  const body = (await res.json()) as { code?: string; error?: string };
  if (!body.code) throw new Error(body.error ?? 'no code');
  return body.code;
}

/** Signs the pane in with the OTP Token dialog. */
export async function signInWithOtp(pane: Frame, email: string): Promise<void> {
  await pane.getByRole('button', { name: 'Sign in to Autotask' }).click();
  await pane.getByRole('dialog', { name: 'Sign in to Autotask' }).getByRole('button', { name: 'Two-factor code (OTP)' }).click();
  await completeOtp(pane, email);
}

/** Fills the open OTP Token dialog (in the pane or an Office dialog) with a fresh code and waits for it to close. */
export async function completeOtp(scope: Frame | FrameLocator, email: string): Promise<void> {
  const dialog = scope.getByRole('dialog', { name: 'OTP Token' });
  await dialog.getByLabel('One-time code').fill(await otpFor(email));
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.waitFor({ state: 'detached' });
}

export type SandboxRow = Record<string, unknown> & { id: number };

/** Records in the sandbox, read as the API user through the control endpoint (not through the add-in). */
export async function sandboxQuery(entity: string, filter: unknown[]): Promise<SandboxRow[]> {
  const res = await fetch(`${process.env.E2E_CONTROL}/sandbox/query/${entity}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filter }) });
  const body = (await res.json()) as { items?: SandboxRow[] };
  if (!body.items) throw new Error(`sandbox query ${entity}: ${JSON.stringify(body)}`);
  return body.items;
}
