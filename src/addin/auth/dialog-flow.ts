/**
 * Sign-in (and sign-out) through an Office dialog: the dialog opens a gateway page on the add-in's
 * origin, which goes to the identity provider and back, and ends on a page that passes
 * `{"type":"signed-in","session":…}`, `{"type":"error",…}` or `{"type":"signed-out"}` to the pane
 * with `messageParent`. Office's refusals (12004/12005/12007/12009/12011) and the user closing the
 * window (12006) become AuthErrors with what to do next.
 */
import { DIALOG_CLOSED_BY_USER, isOfficeApiError, type DialogHandle, type OfficeFacade } from '../office';
import { AuthError, badAnswer, cancelled, dialogFailed, refused } from './auth-errors';
import { parseSession, type Session } from './session';

export type DialogOffice = Pick<OfficeFacade, 'displayDialog'>;

/** Percent of the screen: room for an identity provider's sign-in page. */
const DIALOG_SIZE = { width: 40, height: 70 } as const;

/** What a message means to the flow: finish with a value, fail, or keep waiting (undefined). */
export type DialogStep<T> = { value: T } | { error: AuthError } | undefined;

/**
 * Opens `url` in an Office dialog and settles with the first decisive message. The dialog is
 * closed when the flow ends, whichever way; `signal` lets the pane give up (the user pressed Cancel).
 */
export async function runDialogFlow<T>(
  office: DialogOffice,
  url: string,
  onMessage: (message: unknown, dialog: DialogHandle) => DialogStep<T>,
  signal?: AbortSignal,
): Promise<T> {
  let dialog: DialogHandle;
  try {
    dialog = await office.displayDialog(url, DIALOG_SIZE);
  } catch (error) {
    throw isOfficeApiError(error) && error.officeCode !== undefined ? dialogFailed(error) : dialogFailed({ officeCode: 0 });
  }
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (step: { value: T } | { error: AuthError }, close = true) => {
      if (done) return;
      done = true;
      signal?.removeEventListener('abort', onAbort);
      if (close) dialog.close().catch(() => undefined);
      if ('error' in step) reject(step.error);
      else resolve(step.value);
    };
    const onAbort = () => finish({ error: cancelled() });
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    dialog.onEvent((event) => {
      if (event.kind === 'event') {
        // The dialog is already gone: no close().
        finish({ error: event.code === DIALOG_CLOSED_BY_USER ? cancelled() : dialogFailed({ officeCode: event.code }) }, false);
        return;
      }
      let message: unknown;
      try {
        message = JSON.parse(event.message);
      } catch {
        message = event.message;
      }
      const step = onMessage(message, dialog);
      if (step) finish(step);
    });
  });
}

/** The sign-in page's answer → a session, or the gateway's error. */
export function signInStep(message: unknown): DialogStep<Session> {
  const m = (message ?? {}) as { type?: unknown; session?: unknown };
  if (m.type === 'signed-in') {
    const session = parseSession(m.session);
    return session ? { value: session } : { error: badAnswer(200) };
  }
  if (m.type === 'error') return { error: refused(400, message) };
  return undefined;
}

export function signInThroughDialog(office: DialogOffice, url: string, signal?: AbortSignal): Promise<Session> {
  return runDialogFlow(office, url, signInStep, signal);
}

/** The page where the gateway starts a sign-in in the dialog (same origin as the pane). */
export function startUrl(origin: string, provider: 'microsoft' | 'kaseyaone', username?: string): string {
  const url = new URL(`/auth/${provider}/start`, origin);
  if (username) url.searchParams.set('username', username);
  return url.href;
}
