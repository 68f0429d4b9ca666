/**
 * An RFC 5322 message (.eml) → the workbench message model, with postal-mime (browser and node).
 *
 * Decodes headers (encoded words; undeclared 8-bit Subject/From fall back from UTF-8 to
 * Windows-1252), HTML and text bodies, attachments with content, inline images by Content-ID,
 * and copes with a missing subject, sender, date or Message-ID. Input that isn't a message at all
 * throws EmlParseError with a code and a sentence a user can act on.
 */
import PostalMime from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import { exchangeId, fnv1a } from '../model/bytes';
import type { MailAddress, MessageAttachment, WorkbenchMessage } from '../model/message';
import { previewOf } from './body-text';

export type EmlParseErrorCode = 'EML_EMPTY' | 'EML_TOO_LARGE' | 'EML_NOT_MESSAGE' | 'EML_PARSE_FAILED';

export class EmlParseError extends Error {
  constructor(readonly code: EmlParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EmlParseError';
  }
}

export interface EmlOptions {
  /** Workbench id for the message (e.g. eml-1). */
  id: string;
  fileName?: string;
  /** Used when the message has no valid Date header. */
  now?: Date;
}

export const MAX_EML_BYTES = 100 * 1024 * 1024;

const KNOWN_HEADERS = /^(from|to|cc|subject|date|message-id|mime-version|content-type|received|return-path|sender|reply-to|delivered-to|newsgroups|x-[a-z0-9-]+)$/i;

const MIME_EXT: Record<string, string> = {
  'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif', 'application/pdf': '.pdf', 'message/rfc822': '.eml',
  'text/plain': '.txt', 'text/html': '.html', 'text/calendar': '.ics', 'application/zip': '.zip',
};

function toBytes(input: string | ArrayBuffer | Uint8Array): Uint8Array | string {
  if (typeof input === 'string') return input;
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/** The header block as a Latin-1 string (one char per byte), up to the first empty line. */
function headerBlock(raw: Uint8Array | string): string {
  const limit = Math.min(raw.length, 512 * 1024);
  let s = '';
  if (typeof raw === 'string') s = raw.slice(0, limit);
  else for (let i = 0; i < limit; i++) s += String.fromCharCode(raw[i]!);
  const end = s.search(/\r?\n\r?\n/);
  return end >= 0 ? s.slice(0, end) : s;
}

function validate(raw: Uint8Array | string): void {
  if (raw.length === 0 || (typeof raw === 'string' && !raw.trim())) {
    throw new EmlParseError('EML_EMPTY', 'The file is empty, so there is no message to open.');
  }
  if (raw.length > MAX_EML_BYTES) {
    throw new EmlParseError('EML_TOO_LARGE', `The file is larger than ${MAX_EML_BYTES / 1024 / 1024} MB; the workbench opens messages up to that size.`);
  }
  // An mbox "From " envelope line may precede the headers.
  const head = headerBlock(raw).replace(/^\s+/, '').replace(/^From [^\n]*\n/, '');
  // eslint-disable-next-line no-control-regex
  const binary = /[\x00-\x08\x0e-\x1f]/.test(head.slice(0, 4096));
  const names = head.split(/\r?\n/).filter((l) => /^[!-9;-~]+:/.test(l)).map((l) => l.slice(0, l.indexOf(':')));
  if (binary || !/^[!-9;-~]+:/.test(head) || !names.some((n) => KNOWN_HEADERS.test(n))) {
    throw new EmlParseError(
      'EML_NOT_MESSAGE',
      'This file is not an email message: it does not start with RFC 5322 headers such as From:, To: or Subject:. Save the message as .eml (or .txt with its headers) and try again.',
    );
  }
}

/** Decodes an unfolded raw header value whose bytes are undeclared 8-bit: UTF-8 if valid, else Windows-1252. */
function decodeRaw8bit(latin1: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (!/[\x80-\xff]/.test(latin1) || /[^\x00-\xff]/.test(latin1) || /=\?[^?]+\?[bq]\?/i.test(latin1)) return undefined;
  const bytes = Uint8Array.from(latin1, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function rawHeader(block: string, name: string): string | undefined {
  const m = new RegExp(`^${name}:([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'im').exec(block);
  return m?.[1]?.replace(/\r?\n/g, '').trim();
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function mailboxes(list: Address[] | Address | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  for (const a of ([] as Address[]).concat(list ?? [])) {
    if (a.group) out.push(...a.group.map((m) => ({ name: oneLine(m.name), address: m.address })));
    else out.push({ name: oneLine(a.name), address: a.address ?? '' });
  }
  return out.filter((a) => a.name || a.address);
}

const bracketed = (id: string) => (id.startsWith('<') ? id : `<${id}>`);
const firstId = (s: string | undefined) => /<[^>]+>/.exec(s ?? '')?.[0] ?? (s?.trim() || undefined);

function importanceOf(email: Email): WorkbenchMessage['importance'] {
  const header = (k: string) => email.headers.find((h) => h.key === k)?.value.trim().toLowerCase();
  const imp = header('importance');
  if (imp === 'high' || imp === 'low') return imp;
  const prio = header('x-priority')?.[0];
  return prio === '1' || prio === '2' ? 'high' : prio === '4' || prio === '5' ? 'low' : 'normal';
}

export async function emlToMessage(input: string | ArrayBuffer | Uint8Array, options: EmlOptions): Promise<WorkbenchMessage> {
  const raw = toBytes(input);
  validate(raw);
  let email: Email;
  try {
    email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  } catch (cause) {
    throw new EmlParseError('EML_PARSE_FAILED', `The message could not be read: ${(cause as Error).message}`, { cause });
  }
  const warnings: string[] = [];
  const block = headerBlock(raw);

  let subject = oneLine(email.subject ?? '');
  if (subject.includes('\ufffd')) {
    const repaired = decodeRaw8bit(rawHeader(block, 'Subject') ?? '');
    if (repaired) subject = oneLine(repaired);
    else warnings.push('Part of the subject could not be decoded (undeclared or invalid characters).');
  }

  let from = mailboxes(email.from)[0] ?? null;
  if (from?.name.includes('\ufffd')) {
    const rawFrom = rawHeader(block, 'From') ?? '';
    const repaired = decodeRaw8bit(rawFrom.replace(/\s*<[^>]*>\s*$/, '').replace(/^"|"$/g, ''));
    if (repaired && !repaired.includes('\ufffd')) from = { ...from, name: oneLine(repaired) };
  }
  if (!from) warnings.push('The message has no sender (From header missing or empty).');
  else if (!from.address) warnings.push(`The sender "${from.name}" has no email address.`);
  const sender = mailboxes(email.sender)[0] ?? from;

  const now = options.now ?? new Date();
  let created = email.date ? new Date(email.date) : undefined;
  if (!created || Number.isNaN(created.getTime())) {
    warnings.push(email.date ? `The Date header "${email.date}" is not a valid date; showing the time the file was opened.` : 'The message has no Date header; showing the time the file was opened.');
    created = now;
  }

  const contentHash = fnv1a(block) ^ fnv1a(`${email.text?.length ?? 0}:${email.html?.length ?? 0}`);
  let internetMessageId = email.messageId?.trim();
  if (!internetMessageId) {
    internetMessageId = `<workbench.${contentHash.toString(16)}.${options.id}@workbench.invalid>`;
    warnings.push('The message has no Message-ID; the workbench made one up.');
  }
  internetMessageId = bracketed(internetMessageId);
  const threadRoot = firstId(email.references) ?? firstId(email.inReplyTo) ?? internetMessageId;

  const html = email.html;
  const attachments: MessageAttachment[] = [];
  let untitled = 0;
  email.attachments.forEach((a, index) => {
    // The text/calendar alternative of an invitation is a body, not a file the user attached.
    if (!a.filename && !a.disposition && a.mimeType === 'text/calendar') return;
    const bytes = a.content instanceof Uint8Array ? a.content : typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content);
    const contentId = a.contentId?.replace(/^<|>$/g, '');
    const referenced = !!contentId && !!html && html.toLowerCase().includes(`cid:${contentId.toLowerCase()}`);
    const name = a.filename?.trim() || `Untitled attachment ${++untitled}${MIME_EXT[a.mimeType] ?? ''}`;
    attachments.push({
      id: exchangeId('attachment', `${options.id}/${contentHash}/${index}`),
      name,
      size: bytes.byteLength,
      contentType: a.mimeType || 'application/octet-stream',
      attachmentType: a.mimeType === 'message/rfc822' ? 'item' : 'file',
      isInline: referenced || (!!a.related && a.disposition !== 'attachment' && !!contentId),
      contentId,
      content: () => bytes,
    });
  });

  const internetHeaders = email.headerLines.map((h) => h.line).join('\r\n') + '\r\n';
  return {
    id: options.id,
    folder: 'opened',
    itemClass: 'IPM.Note',
    itemId: exchangeId('item', `eml:${contentHash}:${options.id}`),
    conversationId: exchangeId('conversation', threadRoot),
    internetMessageId,
    subject,
    from,
    sender,
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    dateTimeCreated: created.toISOString(),
    dateTimeModified: created.toISOString(),
    html,
    text: email.text,
    attachments,
    categories: [],
    internetHeaders,
    importance: importanceOf(email),
    preview: previewOf(email.text, html),
    unread: false,
    warnings,
    fileName: options.fileName,
  };
}
