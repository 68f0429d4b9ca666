/**
 * Office.context.ui: displayDialogAsync with Office's checks and error codes, the Dialog object, and
 * messageParent / DialogParentMessageReceived inside dialog pages.
 */
import { asyncArgs } from './async';
import { since, type EmulatorContext } from './context';
import { EventType } from './enums';
import { argumentError, officeError } from './errors';

type Handler = (arg: Record<string, unknown>) => void;

const percent = (v: unknown, fallback: number) => {
  const n = typeof v === 'number' && Number.isFinite(v) ? v : fallback;
  return Math.min(100, Math.max(1, n));
};

function displayDialogAsync(ctx: EmulatorContext, startAddress: unknown, a?: unknown, b?: unknown): void {
  const args = asyncArgs<unknown>(a, b);
  const { session, runner } = ctx;
  if (typeof startAddress !== 'string') throw argumentError('startAddress');
  let url: URL;
  try {
    url = new URL(startAddress);
  } catch {
    return runner.fail(args, officeError('DialogBadDomain', `displayDialogAsync needs a full https URL; "${startAddress}" is relative or invalid.`));
  }
  if (url.protocol !== 'https:') return runner.fail(args, officeError('DialogHttp'));
  const allowed = new Set([ctx.win.location.origin, ...ctx.env.allowedDialogOrigins]);
  if (!allowed.has(url.origin)) return runner.fail(args, officeError('DialogBadDomain'));
  if (session.isDialogOpen()) return runner.fail(args, officeError('DialogAlreadyOpen'));

  const handlers: Record<string, Handler[]> = {};
  const emit = (type: string, arg: Record<string, unknown>) => {
    for (const h of handlers[type] ?? []) {
      ctx.win.setTimeout(() => {
        try {
          h(arg);
        } catch (e) {
          ctx.win.console.error('[office-emulator] dialog handler threw:', e);
        }
      }, 0);
    }
  };
  const id = session.openDialog(
    { url: url.href, width: percent(args.options.width, 80), height: percent(args.options.height, 80) },
    {
      message: (message, origin) => emit(EventType.DialogMessageReceived, { message, origin, type: EventType.DialogMessageReceived }),
      event: (code) => emit(EventType.DialogEventReceived, { error: code, type: EventType.DialogEventReceived }),
    },
  );
  const dialog: Record<string, unknown> = {
    addEventHandler(eventType: unknown, handler: unknown): void {
      if (eventType !== EventType.DialogMessageReceived && eventType !== EventType.DialogEventReceived) throw argumentError('eventType');
      if (typeof handler !== 'function') throw argumentError('handler');
      (handlers[eventType] ??= []).push(handler as Handler);
    },
    close(): void {
      session.closeDialog(id);
    },
  };
  since(ctx, dialog, 'DialogApi', '1.2', {
    messageChild(message: unknown): void {
      if (typeof message !== 'string') throw argumentError('message');
      if (!session.messageChild(id, message)) {
        ctx.warn('Dialog.messageChild: the dialog page has not registered DialogParentMessageReceived yet; the message was dropped (as Office drops it).');
      }
    },
  });
  runner.succeed(args, dialog);
}

export function createUi(ctx: EmulatorContext): Record<string, unknown> {
  const { session } = ctx;
  const ui: Record<string, unknown> = {};
  since(ctx, ui, 'DialogApi', '1.1', {
    displayDialogAsync: (startAddress: unknown, a?: unknown, b?: unknown) => displayDialogAsync(ctx, startAddress, a, b),
    messageParent(message: unknown): void {
      if (session.role !== 'dialog') {
        ctx.warn('messageParent was called outside a dialog; Office ignores it.');
        return;
      }
      if (typeof message !== 'string' && typeof message !== 'boolean') throw argumentError('message', 'messageParent accepts a string or a boolean.');
      session.messageParent(String(message), ctx.win.location.origin);
    },
  });
  since(ctx, ui, 'DialogApi', '1.2', {
    addHandlerAsync(eventType: unknown, handler: unknown, a?: unknown, b?: unknown): void {
      const args = asyncArgs<void>(a, b);
      if (eventType !== EventType.DialogParentMessageReceived || typeof handler !== 'function') {
        return ctx.runner.fail(args, officeError('EventNotSupported'));
      }
      session.subscribe('parentMessage', (message) => {
        (handler as Handler)({ message, type: EventType.DialogParentMessageReceived });
      });
      ctx.runner.succeed(args, undefined);
    },
  });
  since(ctx, ui, 'OpenBrowserWindowApi', '1.1', {
    openBrowserWindow(url: unknown): void {
      if (typeof url !== 'string') throw argumentError('url');
      session.openBrowserWindow(url);
    },
  });
  if (session.role === 'taskpane') {
    since(ctx, ui, 'Mailbox', '1.5', { closeContainer: () => session.closeContainer() });
  }
  return ui;
}
