/** Helpers for the form tests: sign-in by OTP, opening a command's pane, one workbench per file. */
import type { Browser, Frame } from 'playwright-core';
import { signInWithOtp } from './pane';
import { launchChromium, openWorkbench, type Session } from './workbench';

export const SAM = 'sam.rivera@harborline-it.com';

export { openPane, otpFor } from './pane';

/** Signs in as Sam Rivera from the pane's "Sign in to Autotask" button. */
export function signIn(pane: Frame): Promise<void> {
  return signInWithOtp(pane, SAM);
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
