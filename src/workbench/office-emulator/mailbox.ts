/**
 * Office.context.mailbox: the current item (a new object per selected message), the user profile,
 * master categories, ItemChanged / OfficeThemeChanged handlers, id conversion and the legacy token
 * APIs (turned off, as in Microsoft 365).
 */
import type { ItemData } from '../host/host-api';
import { asyncArgs } from './async';
import { since, type EmulatorContext } from './context';
import { EventType } from './enums';
import { argumentError, officeError } from './errors';
import { createMessageRead } from './item';

type Handler = (arg: Record<string, unknown>) => void;

export function officeTheme(ctx: EmulatorContext) {
  const t = ctx.session.environment().theme;
  return { ...t };
}

export function createMailbox(ctx: EmulatorContext): Record<string, unknown> {
  const { session, runner, env } = ctx;
  let cached: { id: string; item: Record<string, unknown> } | null = null;
  const currentItem = () => {
    const data: ItemData | null = session.currentItem();
    if (!data) return null;
    if (cached?.id !== data.itemId) cached = { id: data.itemId, item: createMessageRead(ctx, data) };
    return cached.item;
  };
  const unsubscribers: Partial<Record<string, () => void>> = {};
  const tokenOff = (a?: unknown, b?: unknown) => {
    const args = asyncArgs<string>(a, b);
    runner.fail(args, officeError('GenericTokenError', 'Legacy Exchange tokens are turned off in Microsoft 365 tenants; use nested app authentication.'));
  };

  const mailbox: Record<string, unknown> = {
    userProfile: { displayName: env.userProfile.displayName, emailAddress: env.userProfile.emailAddress, timeZone: env.userProfile.timeZone },
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: '20261120004.12', OWAView: 'ThreeColumns' },
    ewsUrl: 'https://outlook.office365.com/EWS/Exchange.asmx',
    getCallbackTokenAsync: tokenOff,
    getUserIdentityTokenAsync: tokenOff,
    makeEwsRequestAsync(_data: unknown, a?: unknown, b?: unknown): void {
      ctx.requirePermission('ReadWriteMailbox', 'makeEwsRequestAsync');
      runner.fail(asyncArgs<string>(a, b), officeError('UnsupportedApi', 'EWS is not available (Exchange Online blocks it from October 2026).'));
    },
    displayMessageForm: () => ctx.warn('mailbox.displayMessageForm is not emulated.'),
    displayNewMessageForm: () => ctx.warn('mailbox.displayNewMessageForm is not emulated.'),
  };
  Object.defineProperty(mailbox, 'item', { get: currentItem, enumerable: true });

  since(ctx, mailbox, 'Mailbox', '1.3', {
    convertToRestId: (id: string) => String(id).replace(/\//g, '-').replace(/\+/g, '_'),
    convertToEwsId: (id: string) => String(id).replace(/-/g, '/').replace(/_/g, '+'),
  });
  since(ctx, mailbox, 'Mailbox', '1.5', {
    restUrl: 'https://outlook.office.com/api',
    addHandlerAsync(eventType: unknown, handler: unknown, a?: unknown, b?: unknown): void {
      const args = asyncArgs<void>(a, b);
      if (typeof handler !== 'function') throw argumentError('handler');
      const h = handler as Handler;
      if (eventType === EventType.ItemChanged) {
        unsubscribers[eventType]?.();
        unsubscribers[eventType] = session.subscribe('itemChanged', () => h({ type: EventType.ItemChanged }));
      } else if (eventType === EventType.OfficeThemeChanged && ctx.supports('Mailbox', '1.14')) {
        unsubscribers[eventType]?.();
        unsubscribers[eventType] = session.subscribe('themeChanged', () => h({ type: EventType.OfficeThemeChanged, officeTheme: officeTheme(ctx) }));
      } else {
        return runner.fail(args, officeError('EventNotSupported'));
      }
      runner.succeed(args, undefined);
    },
    removeHandlerAsync(eventType: unknown, a?: unknown, b?: unknown): void {
      const args = asyncArgs<void>(a, b);
      if (typeof eventType !== 'string' || !unsubscribers[eventType]) return runner.fail(args, officeError('EventNotSupported'));
      unsubscribers[eventType]!();
      delete unsubscribers[eventType];
      runner.succeed(args, undefined);
    },
  });
  since(ctx, mailbox, 'Mailbox', '1.8', {
    masterCategories: {
      getAsync(a?: unknown, b?: unknown): void {
        ctx.requirePermission('ReadWriteMailbox', 'masterCategories.getAsync');
        runner.succeed(asyncArgs<unknown>(a, b), session.masterCategories().map((c) => ({ ...c })));
      },
      addAsync(categories: unknown, a?: unknown, b?: unknown): void {
        ctx.requirePermission('ReadWriteMailbox', 'masterCategories.addAsync');
        if (!Array.isArray(categories)) throw argumentError('categories');
        const args = asyncArgs<void>(a, b);
        const master = session.masterCategories();
        const add = categories as { displayName?: unknown; color?: unknown }[];
        if (add.some((c) => typeof c?.displayName !== 'string' || !c.displayName)) return runner.fail(args, officeError('InvalidCategory'));
        const clash = (n: string) => master.some((m) => m.displayName.toLowerCase() === n.toLowerCase());
        if (add.some((c) => clash(c.displayName as string))) return runner.fail(args, officeError('DuplicateCategory'));
        session.setMasterCategories([...master, ...add.map((c) => ({ displayName: c.displayName as string, color: typeof c.color === 'string' ? c.color : 'None' }))]);
        runner.succeed(args, undefined);
      },
      removeAsync(names: unknown, a?: unknown, b?: unknown): void {
        ctx.requirePermission('ReadWriteMailbox', 'masterCategories.removeAsync');
        if (!Array.isArray(names)) throw argumentError('categories');
        const args = asyncArgs<void>(a, b);
        const drop = (names as string[]).map((n) => String(n).toLowerCase());
        const master = session.masterCategories();
        if (drop.some((n) => !master.some((m) => m.displayName.toLowerCase() === n))) return runner.fail(args, officeError('InvalidCategory'));
        session.setMasterCategories(master.filter((m) => !drop.includes(m.displayName.toLowerCase())));
        runner.succeed(args, undefined);
      },
    },
  });
  if (ctx.supports('Mailbox', '1.6')) (mailbox.userProfile as Record<string, unknown>).accountType = env.userProfile.accountType;
  return mailbox;
}
