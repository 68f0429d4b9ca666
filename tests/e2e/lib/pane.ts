/** Opening the pane from a ribbon control and signing in by OTP, as the end-to-end tests do it. */
import type { Frame, Page } from 'playwright-core';
import { paneReady } from './workbench';

/** A fresh two-factor code from the global setup's control endpoint. */
export async function otpFor(email: string): Promise<string> {
  const res = await fetch(`${process.env.E2E_CONTROL}/otp?email=${encodeURIComponent(email)}`);
  const body = (await res.json()) as { code?: string; error?: string };
  if (!body.code) throw new Error(body.error ?? 'no code');
  return body.code;
}

/** Runs a ribbon control (`msg.grp.More.getCalendar`) and waits for its route in the pane. */
export async function openPaneFrom(page: Page, control: string, route: string): Promise<Frame> {
  await page.evaluate((id) => (window as unknown as { __workbenchHost: { runControl(i: string): Promise<unknown> } }).__workbenchHost.runControl(id), control);
  return paneReady(page, route);
}

export async function signInWithOtp(pane: Frame, email: string): Promise<void> {
  await pane.getByRole('button', { name: 'Sign in to Autotask' }).click();
  await pane.getByRole('dialog', { name: 'Sign in to Autotask' }).getByRole('button', { name: 'Two-factor code (OTP)' }).click();
  const dialog = pane.getByRole('dialog', { name: 'OTP Token' });
  await dialog.getByLabel('One-time code').fill(await otpFor(email));
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.waitFor({ state: 'detached' });
}
