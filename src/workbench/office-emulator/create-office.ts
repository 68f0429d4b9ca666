/**
 * Builds the `Office` global for one frame: enums, onReady / initialize, actions.associate and
 * Office.context (mailbox, roamingSettings, ui, requirements, theme, language, diagnostics).
 * Without a workbench host (page opened on its own) it behaves like Office.js outside Office:
 * onReady resolves with { host: null, platform: null } and there is no mailbox.
 */
import type { FrameSession } from '../host/host-api';
import { EmulatorContext, type FrameWindow } from './context';
import { createUi } from './dialog';
import * as enums from './enums';
import { createMailbox, officeTheme } from './mailbox';
import { isSetSupported } from './requirements';
import { createRoamingSettings } from './roaming-settings';

export interface ReadyInfo {
  host: string | null;
  platform: string | null;
}

type Initialize = ((reason: string) => void) | undefined;

function whenDomReady(win: FrameWindow, fn: () => void): void {
  if (win.document && win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', fn, { once: true });
  else fn();
}

function createContext(ctx: EmulatorContext): Record<string, unknown> {
  const { env, session } = ctx;
  const inDialog = session.role === 'dialog';
  const context: Record<string, unknown> = {
    host: enums.HostType.Outlook,
    platform: enums.PlatformType.OfficeOnline,
    diagnostics: { host: enums.HostType.Outlook, platform: enums.PlatformType.OfficeOnline, version: '16.0.18324.10000' },
    displayLanguage: env.displayLanguage,
    contentLanguage: env.displayLanguage,
    touchEnabled: false,
    commerceAllowed: false,
    partitionKey: undefined,
    requirements: { isSetSupported: (name: unknown, minVersion?: unknown) => isSetSupported(env.supportedSets, name, minVersion) },
    ui: createUi(ctx),
    // Office.js gives a dialog page only messageParent, the parent-message handler and requirements.
    mailbox: inDialog ? undefined : createMailbox(ctx),
    roamingSettings: inDialog ? undefined : createRoamingSettings(ctx),
  };
  if (ctx.supports('Mailbox', '1.14')) {
    Object.defineProperty(context, 'officeTheme', { get: () => officeTheme(ctx), enumerable: true });
  }
  return context;
}

export function createOffice(win: FrameWindow, session: FrameSession | undefined) {
  const ctx = session ? new EmulatorContext(session, win) : undefined;
  const info: ReadyInfo = ctx ? { host: enums.HostType.Outlook, platform: enums.PlatformType.OfficeOnline } : { host: null, platform: null };
  const actions = new Map<string, (event: unknown) => void>();

  const Office: Record<string, unknown> & { initialize?: Initialize } = {
    ...enums,
    initialize: undefined,
    context: ctx ? createContext(ctx) : { requirements: { isSetSupported: () => false } },
    actions: {
      associate(name: unknown, fn: unknown): void {
        if (typeof name !== 'string' || !name || typeof fn !== 'function') {
          throw new Error('Office.actions.associate needs a function name and a function.');
        }
        actions.set(name, fn as (event: unknown) => void);
        session?.registerAction(name, (controlId, completed) => {
          let done = false;
          const event = {
            source: { id: controlId },
            completed(options?: unknown) {
              if (done) return;
              done = true;
              completed(options);
            },
          };
          try {
            actions.get(name)!(event);
          } catch (e) {
            win.console.error(`[office-emulator] function ${name} threw:`, e);
            session.report('error', `Function ${name} threw: ${(e as Error)?.message ?? String(e)}`);
          }
        });
      },
    },
    auth: {
      getAccessToken: () =>
        Promise.reject({ code: 13012, name: 'API not supported', message: 'Office SSO (getAccessToken) is not available in the workbench; use nested app authentication.' }),
    },
  };

  const ready = new Promise<ReadyInfo>((resolve) => {
    whenDomReady(win, () => {
      win.setTimeout(() => {
        const init = Office.initialize;
        if (typeof init === 'function') {
          try {
            init(enums.InitializationReason.Inserted);
          } catch (e) {
            win.console.error('[office-emulator] Office.initialize threw:', e);
          }
        }
        resolve(info);
        win.setTimeout(() => session?.ready(), 0);
      }, 0);
    });
  });
  Office.onReady = (callback?: (i: ReadyInfo) => void) =>
    ready.then((i) => {
      if (typeof callback === 'function') callback(i);
      return i;
    });
  return Office;
}
