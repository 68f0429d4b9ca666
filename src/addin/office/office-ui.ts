/** Browser windows, dialogs and ribbon-function registration. */
import { OfficeApiError } from './office-api-error';
import { callAsync, callSync, findOffice, getOffice, guardHandler, officeEnum } from './office-global';
import { isSetSupported } from './office-context';

/**
 * Opens `url` in the user's browser. Resolves false when this client has no
 * OpenBrowserWindowApi 1.1, so the caller can tell the user what to do instead.
 */
export async function openBrowserWindow(url: string): Promise<boolean> {
  if (!(await isSetSupported('OpenBrowserWindowApi', '1.1'))) return false;
  const operation = 'ui.openBrowserWindow';
  await callSync(operation, () => getOffice(operation).context.ui.openBrowserWindow(url));
  return true;
}

export interface DialogOptions {
  /** Percent of the screen, 1–100. */
  width?: number;
  height?: number;
  displayInIframe?: boolean;
  promptBeforeOpen?: boolean;
}

export type DialogEvent =
  | { kind: 'message'; message: string; origin: string | undefined }
  /** 12006 = the user closed the dialog; 12002/12003 = the page failed to load or used HTTP. */
  | { kind: 'event'; code: number };

export interface DialogHandle {
  /** Receives messages from the dialog (messageParent) and dialog events. */
  onEvent(handler: (event: DialogEvent) => void): void;
  /** Sends a string to the dialog page (DialogApi 1.2); resolves false where the client cannot. */
  messageChild(message: string): Promise<boolean>;
  close(): Promise<void>;
}

export const DIALOG_CLOSED_BY_USER = 12006;

/** Opens an Office dialog on `url` (same origin as the add-in, HTTPS). */
export async function displayDialog(url: string, options: DialogOptions = {}): Promise<DialogHandle> {
  const operation = 'ui.displayDialogAsync';
  const ui = await callSync(operation, () => getOffice(operation).context.ui);
  const dialog = await callAsync<Office.Dialog>(operation, (cb) => ui.displayDialogAsync(url, options, cb));
  const messageType = officeEnum((o) => o.EventType?.DialogMessageReceived, 'dialogMessageReceived');
  const eventType = officeEnum((o) => o.EventType?.DialogEventReceived, 'dialogEventReceived');
  return {
    onEvent(handler) {
      const safe = guardHandler('dialog', handler);
      dialog.addEventHandler(messageType, (args) => {
        if ('message' in args) safe({ kind: 'message', message: args.message, origin: args.origin });
      });
      dialog.addEventHandler(eventType, (args) => {
        if ('error' in args) safe({ kind: 'event', code: args.error });
      });
    },
    messageChild: (message) =>
      callSync('dialog.messageChild', () => {
        const child = (dialog as { messageChild?: (m: string) => void }).messageChild;
        if (typeof child !== 'function') return false;
        child.call(dialog, message);
        return true;
      }),
    close: () => callSync('dialog.close', () => dialog.close()),
  };
}

/** From inside a dialog page: sends a string to the page that opened it. */
export async function messageParent(message: string, targetOrigin?: string): Promise<void> {
  const operation = 'ui.messageParent';
  await callSync(operation, () => {
    const ui = getOffice(operation).context.ui;
    if (targetOrigin) ui.messageParent(message, { targetOrigin });
    else ui.messageParent(message);
  });
}

/** Registers a ribbon ExecuteFunction handler under its manifest FunctionName. */
export async function associateAction(functionName: string, handler: (event: Office.AddinCommands.Event) => void): Promise<void> {
  const operation = `actions.associate(${functionName})`;
  await callSync(operation, () => {
    const actions = findOffice()?.actions;
    if (!actions || typeof actions.associate !== 'function') {
      throw new OfficeApiError('OFFICE_UNSUPPORTED', `${operation}: Office.actions is not available`, { operation });
    }
    actions.associate(functionName, handler);
  });
}
