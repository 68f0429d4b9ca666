/** item.notificationMessages: Outlook's infobars, with its key, length, type and count rules. */
import type { NotificationData } from '../host/host-api';
import { asyncArgs, type AsyncArgs } from './async';
import type { EmulatorContext } from './context';
import { argumentError, officeError } from './errors';

const TYPES = ['informationalMessage', 'errorMessage', 'progressIndicator', 'insightMessage'] as const;
export const MAX_NOTIFICATIONS = 5;

function validate(key: unknown, details: unknown): NotificationData {
  if (typeof key !== 'string' || key.length === 0 || key.length > 32) throw argumentError('key', 'The key must be 1 to 32 characters.');
  const d = details as Partial<NotificationData> | null;
  if (!d || typeof d !== 'object') throw argumentError('JSONmessage');
  if (!TYPES.includes(d.type as (typeof TYPES)[number])) throw argumentError('type');
  if (typeof d.message !== 'string' || d.message.length === 0 || d.message.length > 150) {
    throw argumentError('message', 'The message must be 1 to 150 characters.');
  }
  if (d.type === 'insightMessage') throw argumentError('type', 'InsightMessage notifications are available only in compose mode in Outlook on the web.');
  if (d.type === 'informationalMessage') {
    if (typeof d.icon !== 'string' || typeof d.persistent !== 'boolean') {
      throw argumentError('JSONmessage', 'An informationalMessage needs icon and persistent.');
    }
    return { key, type: d.type, message: d.message, icon: d.icon, persistent: d.persistent };
  }
  if (d.icon !== undefined || d.persistent !== undefined) {
    throw argumentError('JSONmessage', `icon and persistent are only allowed for informationalMessage, not ${d.type}.`);
  }
  return { key, type: d.type!, message: d.message };
}

export function createNotificationMessages(ctx: EmulatorContext, itemId: string) {
  const { session, runner } = ctx;
  const stale = <T,>(args: AsyncArgs<T>): boolean => {
    if (ctx.currentItemId() === itemId) return false;
    runner.fail(args, officeError('APICallFailedDueToItemChange'));
    return true;
  };
  const publicShape = (n: NotificationData) => ({ ...n });
  return {
    addAsync(key: unknown, details: unknown, a?: unknown, b?: unknown): void {
      const args = asyncArgs<void>(a, b);
      const n = validate(key, details);
      if (stale(args)) return;
      const list = session.notifications(itemId);
      if (list.some((x) => x.key === n.key)) return runner.fail(args, officeError('DuplicateNotificationKey'));
      if (list.length >= MAX_NOTIFICATIONS) return runner.fail(args, officeError('NumberOfNotificationMessagesExceeded'));
      session.setNotifications(itemId, [...list, n]);
      runner.succeed(args, undefined);
    },
    replaceAsync(key: unknown, details: unknown, a?: unknown, b?: unknown): void {
      const args = asyncArgs<void>(a, b);
      const n = validate(key, details);
      if (stale(args)) return;
      const list = session.notifications(itemId);
      const i = list.findIndex((x) => x.key === n.key);
      if (i < 0 && list.length >= MAX_NOTIFICATIONS) return runner.fail(args, officeError('NumberOfNotificationMessagesExceeded'));
      session.setNotifications(itemId, i < 0 ? [...list, n] : list.map((x, j) => (j === i ? n : x)));
      runner.succeed(args, undefined);
    },
    removeAsync(key: unknown, a?: unknown, b?: unknown): void {
      const args = asyncArgs<void>(a, b);
      if (typeof key !== 'string') throw argumentError('key');
      if (stale(args)) return;
      const list = session.notifications(itemId);
      if (!list.some((x) => x.key === key)) return runner.fail(args, officeError('KeyNotFound'));
      session.setNotifications(itemId, list.filter((x) => x.key !== key));
      runner.succeed(args, undefined);
    },
    getAllAsync(a?: unknown, b?: unknown): void {
      const args = asyncArgs<NotificationData[]>(a, b);
      if (stale(args)) return;
      runner.succeed(args, session.notifications(itemId).map(publicShape));
    },
  };
}
