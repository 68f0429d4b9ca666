/**
 * Lazy access to the `Office` global and the one AsyncResult → Promise converter.
 * The global is read on every call (never captured at import time), so tests can install a fake
 * `globalThis.Office` and the workbench can swap office.js for its emulator.
 */
import { fromAsyncResultError, fromThrown, OfficeApiError } from './office-api-error';

type OfficeNamespace = typeof Office;

export function findOffice(): OfficeNamespace | undefined {
  return (globalThis as { Office?: OfficeNamespace }).Office;
}

export function getOffice(operation: string): OfficeNamespace {
  const office = findOffice();
  if (!office) {
    throw new OfficeApiError('OFFICE_NOT_LOADED', `${operation}: Office.js is not loaded`, { operation });
  }
  return office;
}

export function getMailbox(operation: string): Office.Mailbox {
  const mailbox = getOffice(operation).context?.mailbox;
  if (!mailbox) {
    throw new OfficeApiError('OFFICE_NO_MAILBOX', `${operation}: not running in Outlook`, { operation });
  }
  return mailbox;
}

/** Read or compose, message or appointment: what `mailbox.item` can be. */
export type MailboxItem = Office.MessageRead | Office.MessageCompose | Office.AppointmentRead | Office.AppointmentCompose;

/** The selected item, or null when nothing is selected (no-item context, multi-select). */
export function findItem(operation: string): MailboxItem | null {
  return (getMailbox(operation).item as MailboxItem | null | undefined) ?? null;
}

export function requireItem(operation: string): MailboxItem {
  const item = findItem(operation);
  if (!item) throw new OfficeApiError('OFFICE_NO_ITEM', `${operation}: no item is selected`, { operation });
  return item;
}

/** An Office enum member by name, with the string value office.js uses as a fallback. */
export function officeEnum<T>(read: (office: OfficeNamespace) => T | undefined, fallback: string): T {
  const office = findOffice();
  let value: T | undefined;
  try {
    value = office ? read(office) : undefined;
  } catch {
    value = undefined;
  }
  return (value ?? fallback) as T;
}

function succeeded(result: { status?: unknown } | undefined): boolean {
  const ok = officeEnum((o) => o.AsyncResultStatus?.Succeeded, 'succeeded');
  return result !== undefined && String(result.status) === String(ok);
}

/**
 * Runs an Office `xxxAsync` method and settles with its value. The callback never throws: a failed
 * status, a missing result or a synchronous throw all reject with an OfficeApiError.
 */
export function callAsync<T>(
  operation: string,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const callback = (result: Office.AsyncResult<T>): void => {
      if (succeeded(result)) resolve(result.value);
      else reject(fromAsyncResultError(operation, result?.error));
    };
    try {
      start(callback);
    } catch (thrown) {
      reject(fromThrown(operation, thrown));
    }
  });
}

/** Runs a synchronous Office call inside an async function so that throws become rejections. */
export async function callSync<T>(operation: string, run: () => T): Promise<T> {
  try {
    return run();
  } catch (thrown) {
    throw fromThrown(operation, thrown);
  }
}

/** Wraps an app handler so it never throws into Office's event dispatch. */
export function guardHandler<A extends unknown[]>(name: string, handler: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      handler(...args);
    } catch (error) {
      console.error(`[office] ${name} handler failed`, error);
    }
  };
}
