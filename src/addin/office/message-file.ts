/**
 * The selected message as an .eml file: `item.getAsFileAsync` (Mailbox 1.14, read mode), which
 * answers the whole message (headers, body, attachments) base64-encoded. Where the client lacks
 * it (older Outlook, compose mode, the workbench), `messageFileSupported` says so and the form
 * explains why the original message cannot be attached.
 */
import { OfficeApiError } from './office-api-error';
import { callAsync, findItem } from './office-global';

type Loose = Record<string, unknown>;
type GetAsFile = (callback: (r: Office.AsyncResult<string>) => void) => void;

function getAsFile(operation: string): { item: Loose; fn: GetAsFile } | null {
  let item: Loose | null;
  try {
    item = findItem(operation) as unknown as Loose | null;
  } catch {
    return null;
  }
  return item && typeof item.getAsFileAsync === 'function' ? { item, fn: item.getAsFileAsync as GetAsFile } : null;
}

/** The client can export the selected message as a file. */
export function messageFileSupported(): boolean {
  return getAsFile('item.getAsFileAsync') !== null;
}

/** The selected message as base64 .eml; OfficeApiError when Outlook refuses or cannot. */
export async function getMessageAsEml(): Promise<string> {
  const operation = 'item.getAsFileAsync';
  const found = getAsFile(operation);
  if (!found) {
    throw new OfficeApiError('OFFICE_UNSUPPORTED', `${operation}: this Outlook cannot export the message as a file`, { operation });
  }
  return callAsync<string>(operation, (cb) => found.fn.call(found.item, cb));
}
