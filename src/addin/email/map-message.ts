/**
 * The one call the "Create from email" forms make: message summary + body + options → the
 * record's title and text, the sender lookup request, the attachment plan and the warnings to
 * show, for one target (ticket, company note, contact note, ticket/project/task note). Pure.
 *
 * Body: the HTML part when it has text, else the text part (a text alternative that only says
 * "use an HTML mail program" is never preferred); for invitations the text part first; quoted history trimmed when asked (default:
 * ticket notes only, where the ticket already holds the history); cut to the field at a
 * sentence boundary with a note, the full text then planned as a .txt attachment; cloud
 * attachment links appended (room for them is kept when the text is cut).
 */
import { planAttachments, type AttachmentInput, type PlannedAttachment } from './attachments';
import { TARGET_FIELDS, type MapTarget, type TargetFields } from './field-limits';
import { htmlToText } from './html-to-text';
import { plainTextToText } from './plain-text';
import { stripQuoteMarks, trimQuotedHistory } from './quoted-history';
import { externalIdFor } from './saved-marker';
import { senderQuery, type MailAddressInput, type SenderQuery } from './sender-query';
import { titleFromSubject } from './title';
import { truncateText, type Truncation } from './truncate';

/** What the pane reads through Office.js (MailboxItemSummary is assignable to it). */
export interface MailItemInput {
  subject: string;
  from: MailAddressInput | null;
  dateTimeCreated: Date | string | null;
  internetMessageId: string | null;
  attachments: readonly AttachmentInput[];
  /** Office itemClass, when known (IPM.Schedule.Meeting.Request for invitations). */
  itemClass?: string;
}

export interface MessageBody {
  html?: string | null;
  text?: string | null;
}

export interface MapInput {
  item: MailItemInput;
  body: MessageBody;
}

export interface MapOptions {
  target: MapTarget;
  /** BCP 47 locale for the empty-subject title. Default "en-US". */
  locale?: string;
  /** IANA time zone for the empty-subject title. Default "UTC". */
  timeZone?: string;
  /** Used when the message has no time. Default: the current time. */
  now?: Date;
  /** Trim quoted history. Default: true for ticket notes, false otherwise. */
  trimQuoted?: boolean;
  /** Strip RE:/FW:… prefixes from the title. Default: true for tickets, false for notes. */
  stripSubjectPrefixes?: boolean;
  /** Strip [EXTERNAL]-style gateway tags from the title. Default true. */
  stripSubjectTags?: boolean;
  /** Plan the original message as an .eml attachment. Default false. */
  attachOriginal?: boolean;
  /** Size of the original message in bytes, when known. */
  originalSize?: number;
  /** The client can export attached messages as .eml. Default false. */
  itemsAsEml?: boolean;
  maxFileBytes?: number;
  budgetBytes?: number;
}

export type MapWarningCode =
  | 'NO_SENDER' | 'SENDER_NO_ADDRESS' | 'SENDER_MALFORMED' | 'EMPTY_BODY' | 'DESCRIPTION_TRUNCATED' | 'TITLE_CUT'
  | 'TITLE_FROM_DATE' | 'QUOTED_HISTORY_KEPT' | 'NO_MESSAGE_ID' | 'ATTACHMENT_TOO_LARGE' | 'ATTACHMENT_OVER_BUDGET'
  | 'ATTACHMENT_EMPTY' | 'ATTACHMENT_NOT_EXPORTABLE' | 'ATTACHMENT_CLOUD_LINK' | 'ATTACHMENT_TNEF';

export interface MapWarning {
  code: MapWarningCode;
  message: string;
  attachmentId?: string;
}

export interface MappedRecord extends TargetFields {
  target: MapTarget;
  title: string;
  description: string;
  truncated: Truncation | null;
  senderQuery: SenderQuery;
  attachments: PlannedAttachment[];
  warnings: MapWarning[];
  /** Tickets.externalID for duplicate detection (null without an internetMessageId). */
  externalId: string | null;
  bodySource: 'html' | 'text' | 'none';
  quoteTrimmed: boolean;
}

/** The message body as tidy plain text (quote marks kept for trimming) and where it came from. */
export function bodyText(body: MessageBody, preferText = false): { text: string; source: MappedRecord['bodySource'] } {
  if (preferText && body.text && !USELESS_TEXT.test(body.text)) {
    const text = plainTextToText(body.text);
    if (text) return { text, source: 'text' };
  }
  if (body.html && body.html.trim()) {
    const fromHtml = htmlToText(body.html, { keepQuoteMarks: true });
    if (stripQuoteMarks(fromHtml)) return { text: fromHtml, source: 'html' };
  }
  const text = body.text ? plainTextToText(body.text) : '';
  if (text) return { text, source: 'text' };
  return { text: '', source: 'none' };
}

/** A text alternative that only tells the reader to use an HTML mail program. */
const USELESS_TEXT = /^\s*(this is (an|a) (html|multi-?part)[^\n]{0,120}(message|mail|e-?mail)[^\n]{0,160})?\s*$/i;

/** An invitation: Outlook's meeting classes, or a calendar file in the message. */
function isInvitation(item: MailItemInput): boolean {
  if (/^IPM\.Schedule\.Meeting\./i.test(item.itemClass ?? '')) return true;
  return item.attachments.some((a) => /^(text\/calendar|application\/ics)$/i.test(a.contentType) || /\.ics$/i.test(a.name));
}

function toDate(value: Date | string | null): Date | null {
  if (!value) return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function cloudSection(attachments: readonly AttachmentInput[]): string {
  const cloud = attachments.filter((a) => (a.attachmentType ?? '').toLowerCase() === 'cloud');
  if (!cloud.length) return '';
  return `\n\nCloud attachments:\n${cloud.map((a) => `- ${a.name}${a.url ? ` (${a.url})` : ' (link in the original message)'}`).join('\n')}`;
}

export function mapMessage(input: MapInput, options: MapOptions): MappedRecord {
  const { item } = input;
  const target = options.target;
  const fields = TARGET_FIELDS[target];
  const warnings: MapWarning[] = [];
  const warn = (code: MapWarningCode, message: string, attachmentId?: string) => warnings.push({ code, message, ...(attachmentId ? { attachmentId } : {}) });

  const query = senderQuery(item.from, item.subject ?? '', target !== 'ticket');
  if (!query.ok) warn(query.problem === 'no-sender' ? 'NO_SENDER' : query.problem === 'no-address' ? 'SENDER_NO_ADDRESS' : 'SENDER_MALFORMED', query.reason);

  const title = titleFromSubject(item.subject ?? '', {
    maxLength: fields.titleMax,
    stripPrefixes: options.stripSubjectPrefixes ?? target === 'ticket',
    stripTags: options.stripSubjectTags ?? true,
    target,
    date: toDate(item.dateTimeCreated),
    now: options.now ?? new Date(),
    locale: options.locale ?? 'en-US',
    timeZone: options.timeZone ?? 'UTC',
  });
  if (title.fromDate) warn('TITLE_FROM_DATE', 'The message has no subject; the title uses its date and time.');
  if (title.cut) warn('TITLE_CUT', `The subject was shortened to ${fields.titleMax} characters.`);

  // Invitation HTML is a generated card whose visible text often lacks the event name; the
  // generator's own text alternative is the complete description.
  const body = bodyText(input.body, isInvitation(item));
  if (body.source === 'none') warn('EMPTY_BODY', 'The message has no text.');
  let text = stripQuoteMarks(body.text);
  let quoteTrimmed = false;
  if (options.trimQuoted ?? target === 'ticketNote') {
    const trimmed = trimQuotedHistory(body.text);
    text = trimmed.text;
    quoteTrimmed = trimmed.trimmed;
    if (trimmed.keptWhole) warn('QUOTED_HISTORY_KEPT', 'Nothing was written above the quoted history (a forward?), so the whole text is kept.');
  }

  const links = cloudSection(item.attachments);
  const cut = truncateText(text, fields.textMax - links.length, `[Shortened to fit Autotask's ${fields.textMax.toLocaleString('en-US')} characters; the full text is attached as a .txt file.]`);

  const attachments = planAttachments(item.attachments, {
    maxFileBytes: options.maxFileBytes,
    budgetBytes: options.budgetBytes,
    itemsAsEml: options.itemsAsEml ?? false,
    attachOriginal: options.attachOriginal ?? false,
    originalSize: options.originalSize,
    baseName: title.title,
    fullTextBytes: cut.truncated ? new TextEncoder().encode(text).length : undefined,
  });
  if (cut.truncated) {
    const name = attachments.find((a) => a.kind === 'full-text')?.name;
    warn('DESCRIPTION_TRUNCATED', `The text is ${cut.truncated.originalLength.toLocaleString('en-US')} characters; ${cut.truncated.keptLength.toLocaleString('en-US')} fit in Autotask. The full text is attached as "${name}".`);
  }
  for (const a of attachments) {
    if (a.flags.includes('too-large')) warn('ATTACHMENT_TOO_LARGE', `${a.name}: ${a.note}`, a.id);
    else if (a.flags.includes('over-budget')) warn('ATTACHMENT_OVER_BUDGET', `${a.name}: ${a.note}`, a.id);
    else if (a.flags.includes('empty')) warn('ATTACHMENT_EMPTY', `${a.name}: ${a.note}`, a.id);
    if (a.flags.includes('not-exportable')) warn('ATTACHMENT_NOT_EXPORTABLE', `${a.name}: ${a.note}`, a.id);
    if (a.kind === 'cloud') warn('ATTACHMENT_CLOUD_LINK', `${a.name}: ${a.note}`, a.id);
    if (a.kind === 'tnef') warn('ATTACHMENT_TNEF', `${a.name}: ${a.note}`, a.id);
  }

  const externalId = externalIdFor(item.internetMessageId);
  if (target === 'ticket' && !externalId) warn('NO_MESSAGE_ID', 'The message has no Internet message id, so saving it twice cannot be detected.');

  return {
    ...fields,
    target,
    title: title.title,
    description: cut.text + links,
    truncated: cut.truncated,
    senderQuery: query,
    attachments,
    warnings,
    externalId,
    bodySource: body.source,
    quoteTrimmed,
  };
}
