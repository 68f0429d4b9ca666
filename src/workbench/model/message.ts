/**
 * The workbench's internal message model: what the reading pane shows and what the emulated
 * Office.js item exposes. Built from the TypeScript samples or from an opened .eml.
 */

export interface MailAddress {
  /** Display name; empty when the header had none. */
  name: string;
  address: string;
}

export type AttachmentKind = 'file' | 'item' | 'cloud';

export interface MessageAttachment {
  /** Office attachment id (Exchange style). */
  id: string;
  name: string;
  /** Size in bytes. */
  size: number;
  contentType: string;
  attachmentType: AttachmentKind;
  /** True for images referenced from the HTML body by Content-ID. */
  isInline: boolean;
  /** Content-ID without angle brackets. */
  contentId?: string;
  /** The bytes; a function so large generated content is built only when asked for. */
  content: () => Uint8Array;
  /** Cloud attachments: the link Office returns as content. */
  url?: string;
}

export type MessageFolder = 'inbox' | 'opened' | 'drafts' | 'sent' | 'archive';

export interface WorkbenchMessage {
  /** Workbench id: the sample id, or eml-N for an opened file. */
  id: string;
  folder: MessageFolder;
  itemClass: 'IPM.Note' | 'IPM.Schedule.Meeting.Request';
  itemId: string;
  conversationId: string;
  /** With angle brackets, as in the Message-ID header. */
  internetMessageId: string;
  /** Empty string when the message has no subject. */
  subject: string;
  from: MailAddress | null;
  sender: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  /** ISO 8601 (UTC). */
  dateTimeCreated: string;
  dateTimeModified: string;
  html?: string;
  text?: string;
  attachments: MessageAttachment[];
  /** Categories the message arrives with. */
  categories: string[];
  /** Raw header block (CRLF separated), as getAllInternetHeadersAsync returns it. */
  internetHeaders: string;
  importance: 'low' | 'normal' | 'high';
  /** First words of the body, for the message list. */
  preview: string;
  unread: boolean;
  /** Problems met while reading an .eml, shown in the reading pane. */
  warnings: string[];
  /** Name of the file the message came from. */
  fileName?: string;
}

export const INTERNAL_DOMAIN = 'harborline-it.com';

export const USER_PROFILE = {
  displayName: 'Sam Rivera',
  emailAddress: 'sam.rivera@harborline-it.com',
  timeZone: 'Eastern Standard Time',
  accountType: 'enterprise',
} as const;

export function formatAddress(a: MailAddress | null | undefined): string {
  if (!a) return '';
  return a.name ? `${a.name} <${a.address}>` : a.address;
}
