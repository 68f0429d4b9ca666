/** Helpers for the form tests: sign-in by OTP, opening a command's pane, one workbench per file. */
import type { Browser, Frame } from 'playwright-core';
import { sampleMessages } from '../../../src/workbench/samples';
import { sandboxQuery, signInWithOtp } from './pane';
import { launchChromium, openWorkbench, type Session } from './workbench';

export const SAM = 'sam.rivera@harborline-it.com';

export { closePane, openPane, otpFor, sandboxQuery } from './pane';

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

/** A workbench sample message's time as Outlook reports it (dateTimeCreated), in epoch milliseconds. */
export function sampleTime(id: string): number {
  const message = sampleMessages().find((m) => m.id === id);
  if (!message) throw new Error(`no sample message ${id}`);
  return Date.parse(message.dateTimeCreated);
}

/** The CompanyNote a pane's result panel reports ("Note #…"), read back from the sandbox. */
export async function savedCompanyNote(pane: Frame): Promise<Record<string, unknown>> {
  const text = (await pane.getByTestId('save-result').getByTestId('saved-number').textContent()) ?? '';
  const id = Number(/#(\d+)/.exec(text)?.[1]);
  const [note] = await sandboxQuery('CompanyNotes', [{ op: 'eq', field: 'id', value: id }]);
  if (!note) throw new Error(`no CompanyNote ${id} in the sandbox (${text})`);
  return note;
}
