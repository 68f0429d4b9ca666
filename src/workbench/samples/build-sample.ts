/**
 * Turns a compact sample definition into a WorkbenchMessage with realistic Exchange Online headers,
 * Exchange-style ids and a preview line.
 */
import { bytesToBase64, exchangeId, seededBytes, utf8 } from '../model/bytes';
import type { AttachmentKind, MailAddress, MessageAttachment, WorkbenchMessage } from '../model/message';
import { previewOf } from '../mail/body-text';

export interface SampleAttachmentDef {
  name: string;
  contentType: string;
  /** Known size; defaults to the length of bytes(). */
  size?: number;
  bytes: () => Uint8Array;
  contentId?: string;
  kind?: AttachmentKind;
}

export interface SampleDef {
  id: string;
  subject: string;
  from: MailAddress;
  to: MailAddress[];
  cc?: MailAddress[];
  /** Local time with offset, e.g. 2026-11-30T08:12:37-05:00 */
  date: string;
  /** Message-ID without angle brackets. */
  messageId: string;
  /** Conversation key: messages with the same key share a conversationId. */
  thread: string;
  inReplyTo?: string;
  references?: string[];
  html?: string;
  text?: string;
  attachments?: SampleAttachmentDef[];
  categories?: string[];
  importance?: 'low' | 'normal' | 'high';
  unread?: boolean;
  mailer?: string;
  /** The sending server, for the Received header. */
  relay: { host: string; ip: string };
  extraHeaders?: [string, string][];
  itemClass?: WorkbenchMessage['itemClass'];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** RFC 5322 date in the offset the ISO string carries. */
export function rfc5322Date(iso: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)([+-]\d\d):?(\d\d)$/.exec(iso);
  if (!m) throw new Error(`sample date must be ISO with offset: ${iso}`);
  const [, y, mo, d, h, mi, s, oh, om] = m as unknown as string[];
  const dow = new Date(Date.UTC(+y!, +mo! - 1, +d!)).getUTCDay();
  return `${DAYS[dow]}, ${+d!} ${MONTHS[+mo! - 1]} ${y} ${h}:${mi}:${s} ${oh}${om}`;
}

function utcRfc5322(date: Date): string {
  return `${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

const encodeWord = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?utf-8?B?${bytesToBase64(utf8(s))}?=`);
const addr = (a: MailAddress) => (a.name ? `${/[",<>@]/.test(a.name) ? `"${a.name}"` : encodeWord(a.name)} <${a.address}>` : a.address);
const stripPrefixes = (s: string) => s.replace(/^((re|fw|fwd|aw|wg)\s*:\s*)+/i, '');

export function buildSample(def: SampleDef): WorkbenchMessage {
  const created = new Date(def.date);
  const delivered = new Date(created.getTime() + 4000 + (def.id.length % 7) * 1000);
  const itemId = exchangeId('item', def.id);
  const attachments: MessageAttachment[] = (def.attachments ?? []).map((a, i) => {
    let bytes: Uint8Array | undefined;
    const content = () => (bytes ??= a.bytes());
    return {
      id: exchangeId('attachment', `${def.id}/${i}`),
      name: a.name,
      size: a.size ?? content().length,
      contentType: a.contentType,
      attachmentType: a.kind ?? 'file',
      isInline: !!a.contentId,
      contentId: a.contentId,
      content,
    };
  });
  const senderDomain = def.from.address.split('@')[1] ?? '';
  const internal = senderDomain.endsWith('harborline-it.com');
  const threadIndex = bytesToBase64(seededBytes(`thread:${def.thread}:${def.id}`, 22));
  const mixed = attachments.some((a) => !a.isInline);
  const h: [string, string][] = [
    ['Received', `from BL1PR05MB8230.namprd05.prod.outlook.com (2603:10b6:208:31c::9) by MN2PR05MB7123.namprd05.prod.outlook.com with HTTPS; ${utcRfc5322(delivered)}`],
    ['Received', `from ${def.relay.host} (${def.relay.ip}) by BL1PR05MB8230.namprd05.prod.outlook.com (2603:10b6:208:31c::9) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.12; ${utcRfc5322(new Date(delivered.getTime() - 2000))}`],
    ['Authentication-Results', internal
      ? `dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=harborline-it.com;`
      : `spf=pass (sender IP is ${def.relay.ip}) smtp.mailfrom=${senderDomain}; dkim=pass (signature was verified) header.d=${senderDomain};dmarc=pass action=none header.from=${senderDomain};compauth=pass reason=100`],
    ['From', addr(def.from)],
    ['To', def.to.map(addr).join(', ')],
    ...(def.cc?.length ? [['Cc', def.cc.map(addr).join(', ')] as [string, string]] : []),
    ...(def.subject ? [['Subject', encodeWord(def.subject)] as [string, string]] : []),
    ...(def.subject ? [['Thread-Topic', encodeWord(stripPrefixes(def.subject))] as [string, string]] : []),
    ['Thread-Index', threadIndex],
    ['Date', rfc5322Date(def.date)],
    ['Message-ID', `<${def.messageId}>`],
    ...(def.inReplyTo ? [['In-Reply-To', `<${def.inReplyTo}>`] as [string, string]] : []),
    ...(def.references?.length ? [['References', def.references.map((r) => `<${r}>`).join(' ')] as [string, string]] : []),
    ...(def.importance === 'high' ? [['Importance', 'high'], ['X-Priority', '1']] as [string, string][] : []),
    ['Accept-Language', 'en-US'],
    ['Content-Language', senderDomain.endsWith('.de') ? 'de-DE' : 'en-US'],
    ['X-MS-Has-Attach', attachments.length ? 'yes' : ''],
    ['X-MS-Exchange-Organization-SCL', internal ? '-1' : '1'],
    ['X-MS-Exchange-Organization-AuthAs', internal ? 'Internal' : 'Anonymous'],
    ['X-MS-Exchange-Organization-Network-Message-Id', exchangeId('conversation', `nmid:${def.id}`).slice(12, 48)],
    ...(def.mailer ? [['X-Mailer', def.mailer] as [string, string]] : []),
    ...(def.extraHeaders ?? []),
    ['MIME-Version', '1.0'],
    ['Content-Type', mixed
      ? `multipart/mixed; boundary="_004_${def.id.replace(/-/g, '')}_"`
      : def.html ? `multipart/alternative; boundary="_000_${def.id.replace(/-/g, '')}_"` : 'text/plain; charset="utf-8"'],
  ];
  return {
    id: def.id,
    folder: 'inbox',
    itemClass: def.itemClass ?? 'IPM.Note',
    itemId,
    conversationId: exchangeId('conversation', def.thread),
    internetMessageId: `<${def.messageId}>`,
    subject: def.subject,
    from: def.from,
    sender: def.from,
    to: def.to,
    cc: def.cc ?? [],
    dateTimeCreated: created.toISOString(),
    dateTimeModified: delivered.toISOString(),
    html: def.html,
    text: def.text,
    attachments,
    categories: def.categories ?? [],
    internetHeaders: h.map(([k, v]) => `${k}: ${v}`).join('\r\n') + '\r\n',
    importance: def.importance ?? 'normal',
    preview: previewOf(def.text, def.html),
    unread: def.unread ?? false,
    warnings: [],
  };
}
