/**
 * Office.context.mailbox.item for a message in read mode (Office.MessageRead), over the host's item
 * data. Members appear only when their Mailbox requirement set is supported. Async calls made on an
 * item object after the user selected another message fail with APICallFailedDueToItemChange.
 */
import { bytesToBase64 } from '../model/bytes';
import { htmlToText, textToHtml } from '../mail/body-text';
import type { AddressData, ItemData } from '../host/host-api';
import { asyncArgs, type AsyncArgs } from './async';
import { since, type EmulatorContext } from './context';
import { loadCustomProperties } from './custom-properties';
import { argumentError, officeError } from './errors';
import { meetingRequestMembers } from './meeting-request';
import { createNotificationMessages } from './notifications';

const address = (a: AddressData | null) => (a ? { ...a } : null);
const normalizeSubject = (s: string) => s.replace(/^((re|fw|fwd|aw|wg|sv|vs)\s*:\s*)+/i, '');

function createCategories(ctx: EmulatorContext, itemId: string, stale: <T>(a: AsyncArgs<T>) => boolean) {
  const { session, runner } = ctx;
  const names = (v: unknown, param: string): string[] => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw argumentError(param);
    return v as string[];
  };
  return {
    getAsync(a?: unknown, b?: unknown): void {
      const args = asyncArgs<unknown>(a, b);
      if (stale(args)) return;
      const master = session.masterCategories();
      runner.succeed(args, session.itemCategories(itemId).map((n) => ({
        displayName: n,
        color: master.find((m) => m.displayName.toLowerCase() === n.toLowerCase())?.color ?? 'None',
      })));
    },
    addAsync(categories: unknown, a?: unknown, b?: unknown): void {
      ctx.requirePermission('ReadWriteItem', 'categories.addAsync');
      const wanted = names(categories, 'categories');
      const args = asyncArgs<unknown>(a, b);
      if (stale(args)) return;
      const master = session.masterCategories();
      const resolved = wanted.map((n) => master.find((m) => m.displayName.toLowerCase() === n.toLowerCase())?.displayName);
      if (resolved.some((n) => n === undefined)) return runner.fail(args, officeError('InvalidCategory'));
      const current = session.itemCategories(itemId);
      const merged = [...current];
      for (const n of resolved as string[]) if (!merged.some((c) => c.toLowerCase() === n.toLowerCase())) merged.push(n);
      session.setItemCategories(itemId, merged);
      runner.succeed(args, undefined);
    },
    removeAsync(categories: unknown, a?: unknown, b?: unknown): void {
      ctx.requirePermission('ReadWriteItem', 'categories.removeAsync');
      const drop = names(categories, 'categories').map((n) => n.toLowerCase());
      const args = asyncArgs<unknown>(a, b);
      if (stale(args)) return;
      session.setItemCategories(itemId, session.itemCategories(itemId).filter((c) => !drop.includes(c.toLowerCase())));
      runner.succeed(args, undefined);
    },
  };
}

export function createMessageRead(ctx: EmulatorContext, data: ItemData): Record<string, unknown> {
  const { session, runner } = ctx;
  const itemId = data.itemId;
  const stale = <T,>(args: AsyncArgs<T>): boolean => {
    if (ctx.currentItemId() === itemId) return false;
    runner.fail(args, officeError('APICallFailedDueToItemChange'));
    return true;
  };
  const notImplemented = (name: string) => () => ctx.warn(`item.${name} opens an Outlook form; the workbench does not emulate it.`);

  const item: Record<string, unknown> = {
    itemType: 'message',
    itemClass: data.itemClass,
    itemId,
    conversationId: data.conversationId,
    internetMessageId: data.internetMessageId,
    subject: data.subject,
    normalizedSubject: normalizeSubject(data.subject),
    from: address(data.from),
    sender: address(data.sender),
    to: data.to.map((a) => ({ ...a })),
    cc: data.cc.map((a) => ({ ...a })),
    dateTimeCreated: new Date(data.dateTimeCreated),
    dateTimeModified: new Date(data.dateTimeModified),
    attachments: data.attachments.map((a) => ({ ...a })),
    loadCustomPropertiesAsync: (callback: unknown, userContext?: unknown) => loadCustomProperties(ctx, itemId, callback, userContext),
    displayReplyForm: notImplemented('displayReplyForm'),
    displayReplyAllForm: notImplemented('displayReplyAllForm'),
    ...meetingRequestMembers(data, (id) => session.attachmentContent(itemId, id)),
  };

  since(ctx, item, 'Mailbox', '1.3', {
    body: {
      getAsync(coercionType: unknown, a?: unknown, b?: unknown): void {
        if (coercionType !== 'html' && coercionType !== 'text') throw argumentError('coercionType');
        const args = asyncArgs<string>(a, b);
        if (stale(args)) return;
        const body = session.body(itemId) ?? {};
        const value = coercionType === 'html'
          ? body.html ?? textToHtml(body.text ?? '')
          : body.text ?? htmlToText(body.html ?? '');
        runner.succeed(args, value);
      },
    },
    notificationMessages: createNotificationMessages(ctx, itemId),
  });

  since(ctx, item, 'Mailbox', '1.8', {
    categories: createCategories(ctx, itemId, stale),
    getAttachmentContentAsync(attachmentId: unknown, a?: unknown, b?: unknown): void {
      if (typeof attachmentId !== 'string') throw argumentError('attachmentId');
      const args = asyncArgs<unknown>(a, b);
      if (stale(args)) return;
      const content = session.attachmentContent(itemId, attachmentId);
      if (!content) return runner.fail(args, officeError('InvalidAttachmentId'));
      if (content.kind === 'bytes' && content.bytes) return runner.succeed(args, { format: 'base64', content: bytesToBase64(content.bytes) });
      if (content.kind === 'eml' && content.text !== undefined) return runner.succeed(args, { format: 'eml', content: content.text });
      if (content.kind === 'url' && content.text !== undefined) return runner.succeed(args, { format: 'url', content: content.text });
      runner.fail(args, officeError('AttachmentTypeNotSupported'));
    },
    getAllInternetHeadersAsync(a?: unknown, b?: unknown): void {
      const args = asyncArgs<string>(a, b);
      if (stale(args)) return;
      runner.succeed(args, session.internetHeaders(itemId) ?? '');
    },
  });
  return item;
}
