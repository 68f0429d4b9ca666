/**
 * Office error objects ({ name, message, code }) for the emulator. Names and messages follow the
 * Outlook API reference and office.js's English strings; numeric codes follow office.js's Outlook
 * error table (9000-series) and the Dialog API (12000-series).
 */

export interface OfficeErrorData {
  name: string;
  message: string;
  code: number;
}

const TABLE = {
  InvalidAttachmentId: [9003, 'The attachment ID was invalid.'],
  AttachmentTypeNotSupported: [9043, 'The attachment type isn\u2019t supported.'],
  GenericSettingsError: [9019, 'An internal error has occurred.'],
  GenericTokenError: [9018, 'An internal error has occurred.'],
  DuplicateNotificationKey: [9023, 'A notification with the provided key already exists.'],
  KeyNotFound: [9024, 'There are no notifications with the provided key.'],
  NumberOfNotificationMessagesExceeded: [9025, 'The notification couldn\u2019t be added because the message already has the maximum number of notifications.'],
  APICallFailedDueToItemChange: [9030, 'The selected item has been changed.'],
  InvalidCategory: [9044, 'Invalid categories were provided.'],
  DuplicateCategory: [9045, 'One of the categories provided is already in the master category list.'],
  ItemNotFound: [9049, 'The item couldn\u2019t be found.'],
  EventNotSupported: [5000, 'The specified event type isn\u2019t supported by this object.'],
  UnsupportedApi: [5009, 'The workbench does not emulate this API.'],
  DialogBadDomain: [12004, 'The domain of the URL is not included in the AppDomains element in the manifest, and is not subdomain of source location.'],
  DialogHttp: [12005, 'The URL passed to displayDialogAsync uses the HTTP protocol. HTTPS is required.'],
  DialogAlreadyOpen: [12007, 'A dialog box is already opened from this host window. A host window, such as a task pane, can only have one dialog box open at a time.'],
} as const satisfies Record<string, readonly [number, string]>;

export type OfficeErrorName = keyof typeof TABLE;

export function officeError(name: OfficeErrorName, message?: string): OfficeErrorData {
  const [code, text] = TABLE[name];
  const display = name.startsWith('Dialog') ? 'Display Dialog Error' : name === 'UnsupportedApi' ? 'API not supported' : name;
  return { name: display, message: message ?? text, code };
}

/** office.js's text for a call that needs a higher permission than the manifest requests. */
export function permissionError(method: string): Error {
  return new Error(`Elevated permission is required to call the method: '${method}'.`);
}

/** office.js throws Sys.ArgumentException-style errors synchronously for bad arguments. */
export function argumentError(param: string, detail?: string): Error {
  const e = new Error(`Sys.ArgumentException: The value of the '${param}' parameter is invalid.${detail ? ` ${detail}` : ''}`);
  e.name = 'Sys.ArgumentException';
  return e;
}
