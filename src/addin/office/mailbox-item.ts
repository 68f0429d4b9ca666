/** The selected Outlook item: a plain summary, its body, notification messages, and item changes. */
import { callAsync, callSync, findItem, getMailbox, guardHandler, officeEnum, requireItem } from './office-global';

export interface EmailAddress {
  name: string;
  address: string;
}

export interface AttachmentSummary {
  id: string;
  name: string;
  /** Bytes. */
  size: number;
  contentType: string;
  isInline: boolean;
}

export interface MailboxItemSummary {
  /** "message" or "appointment". */
  itemType: string;
  subject: string;
  /** The sender (messages) or organizer (appointments); null when Outlook does not say. */
  from: EmailAddress | null;
  to: EmailAddress[];
  cc: EmailAddress[];
  dateTimeCreated: Date | null;
  internetMessageId: string | null;
  conversationId: string | null;
  attachments: AttachmentSummary[];
}

export type BodyCoercion = 'html' | 'text';

/** Outlook's hard limit for a notification message; longer text makes addAsync throw. */
export const NOTIFICATION_MAX_LENGTH = 150;
/** Icon resource id from the manifest's <Resources>; required for informational messages. */
export const DEFAULT_NOTIFICATION_ICON = 'I.autotask.16';

type Loose = Record<string, unknown>;

/** Read mode exposes plain values; compose mode exposes objects with getAsync. */
async function readValue<T>(operation: string, value: unknown): Promise<T | undefined> {
  if (value && typeof value === 'object' && typeof (value as Loose).getAsync === 'function') {
    const getter = value as { getAsync: (cb: (r: Office.AsyncResult<T>) => void) => void };
    return callAsync<T>(operation, (cb) => getter.getAsync(cb));
  }
  return value as T | undefined;
}

function toAddress(value: unknown): EmailAddress | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Loose;
  const address = typeof v.emailAddress === 'string' ? v.emailAddress : '';
  const name = typeof v.displayName === 'string' ? v.displayName : '';
  return address || name ? { name, address } : null;
}

function toAddresses(value: unknown): EmailAddress[] {
  return Array.isArray(value) ? value.map(toAddress).filter((a): a is EmailAddress => a !== null) : [];
}

function toAttachment(value: Loose): AttachmentSummary {
  return {
    id: String(value.id ?? ''),
    name: String(value.name ?? ''),
    size: typeof value.size === 'number' ? value.size : 0,
    contentType: String(value.contentType ?? ''),
    isInline: value.isInline === true,
  };
}

function toDate(value: unknown): Date | null {
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

/** A plain snapshot of the selected item, or null when no item is selected. */
export async function getMailboxItemSummary(): Promise<MailboxItemSummary | null> {
  const operation = 'mailbox.item';
  const item = findItem(operation) as unknown as Loose | null;
  if (!item) return null;

  const [subject, from, to, cc] = await Promise.all([
    readValue<string>(`${operation}.subject`, item.subject),
    readValue<unknown>(`${operation}.from`, item.from ?? item.organizer),
    readValue<unknown>(`${operation}.to`, item.to ?? item.requiredAttendees),
    readValue<unknown>(`${operation}.cc`, item.cc ?? item.optionalAttendees),
  ]);

  let attachments: unknown = item.attachments;
  if (attachments === undefined && typeof item.getAttachmentsAsync === 'function') {
    const compose = item as unknown as { getAttachmentsAsync: (cb: (r: Office.AsyncResult<unknown>) => void) => void };
    attachments = await callAsync(`${operation}.getAttachmentsAsync`, (cb) => compose.getAttachmentsAsync(cb));
  }

  return {
    itemType: String(item.itemType ?? 'message'),
    subject: typeof subject === 'string' ? subject : '',
    from: toAddress(from),
    to: toAddresses(to),
    cc: toAddresses(cc),
    dateTimeCreated: toDate(item.dateTimeCreated),
    internetMessageId: typeof item.internetMessageId === 'string' ? item.internetMessageId : null,
    conversationId: typeof item.conversationId === 'string' ? item.conversationId : null,
    attachments: Array.isArray(attachments) ? attachments.map((a) => toAttachment(a as Loose)) : [],
  };
}

/** The body of the selected item as HTML or plain text. */
export async function getBody(coercion: BodyCoercion): Promise<string> {
  const operation = 'item.body.getAsync';
  const item = await callSync(operation, () => requireItem(operation));
  const type =
    coercion === 'html'
      ? officeEnum((o) => o.CoercionType?.Html, 'html')
      : officeEnum((o) => o.CoercionType?.Text, 'text');
  return callAsync<string>(operation, (cb) => item.body.getAsync(type, cb));
}

function clip(message: string): string {
  return message.length <= NOTIFICATION_MAX_LENGTH ? message : `${message.slice(0, NOTIFICATION_MAX_LENGTH - 1)}…`;
}

/**
 * Shows an informational, non-persistent notification on the selected item. When the key is
 * already in use (a second click), the message is replaced instead.
 */
export async function addNotification(key: string, message: string, icon = DEFAULT_NOTIFICATION_ICON): Promise<void> {
  const operation = 'item.notificationMessages.addAsync';
  const item = await callSync(operation, () => requireItem(operation));
  const details: Office.NotificationMessageDetails = {
    type: officeEnum((o) => o.MailboxEnums?.ItemNotificationMessageType?.InformationalMessage, 'informationalMessage'),
    message: clip(message),
    icon,
    persistent: false,
  };
  const messages = await callSync(operation, () => item.notificationMessages);
  try {
    await callAsync<void>(operation, (cb) => messages.addAsync(key, details, cb));
  } catch (error) {
    if (typeof messages.replaceAsync !== 'function') throw error;
    await callAsync<void>('item.notificationMessages.replaceAsync', (cb) => messages.replaceAsync(key, details, cb));
  }
}

export type Unsubscribe = () => Promise<void>;

/**
 * Subscribes to a mailbox event; resolves with an unsubscribe function. Outlook's
 * removeHandlerAsync drops every handler of the event type, so keep one subscriber per type.
 */
export async function onMailboxEvent(
  eventType: Office.EventType,
  name: string,
  handler: (args: unknown) => void,
): Promise<Unsubscribe> {
  const operation = `mailbox.addHandlerAsync(${name})`;
  const mailbox = await callSync(operation, () => getMailbox(operation));
  await callAsync<void>(operation, (cb) => mailbox.addHandlerAsync(eventType, guardHandler(name, handler), cb));
  return () =>
    callAsync<void>(`mailbox.removeHandlerAsync(${name})`, (cb) => mailbox.removeHandlerAsync(eventType, cb));
}

/** Calls `handler` when a pinned pane moves to another item (or to none). */
export function onItemChanged(handler: () => void): Promise<Unsubscribe> {
  const eventType = officeEnum((o) => o.EventType?.ItemChanged, 'olkItemSelectedChanged');
  return onMailboxEvent(eventType, 'ItemChanged', () => handler());
}
