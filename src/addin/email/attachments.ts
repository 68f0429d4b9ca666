/**
 * Which of a message's attachments go to Autotask, and why not the others (pure; sizes from the
 * item's attachment list, nothing downloaded).
 *
 * Default selection: files the sender attached, in message order, while each is within
 * Autotask's per-file limit (6,291,456 bytes) and the running total stays within the 10,000,000
 * bytes Autotask accepts per 5 minutes. Listed but not selected: inline images, empty files,
 * files over either limit, winmail.dat (TNEF), S/MIME signature and encrypted parts. Attached
 * messages are uploaded as .eml where the client can export them; cloud attachments are links,
 * written into the description. Names are made safe for Autotask. The original message (.eml)
 * and, when the text was cut, the full text (.txt) can be added as generated files.
 */
import { DEFAULT_ATTACHMENT_LIMITS } from '../../autotask/attachment-limits';

export interface AttachmentInput {
  id: string;
  name: string;
  /** Bytes. */
  size: number;
  contentType: string;
  isInline: boolean;
  /** Office's attachmentType: "file", "item" (an attached message) or "cloud". Default "file". */
  attachmentType?: string;
  contentId?: string;
  /** Cloud attachments: the link, when the caller has it. */
  url?: string;
}

export type AttachmentKind =
  | 'file' | 'inline-image' | 'item' | 'cloud' | 'calendar' | 'tnef' | 'signature' | 'encrypted' | 'original-message' | 'full-text';

export type AttachmentFlag = 'too-large' | 'over-budget' | 'empty' | 'renamed' | 'not-exportable' | 'size-estimated';

export interface PlannedAttachment {
  /** Office attachment id, or "original-message" / "full-text" for generated files. */
  id: string;
  source: 'message' | 'generated';
  kind: AttachmentKind;
  /** The name it gets in Autotask. */
  name: string;
  originalName: string;
  size: number;
  contentType: string;
  /** Selected by default. */
  selected: boolean;
  /** Can be uploaded at all (cloud links and unexportable items cannot). */
  selectable: boolean;
  /** A file the sender attached (not an inline image, signature or generated file). */
  real: boolean;
  flags: AttachmentFlag[];
  /** Why it is flagged or not selected; shown next to it. */
  note?: string;
}

export interface AttachmentPlanOptions {
  maxFileBytes?: number;
  budgetBytes?: number;
  /** The client can export attached messages as .eml (getAttachmentContentAsync, Mailbox 1.8). */
  itemsAsEml?: boolean;
  /** Add the original message as an .eml file. */
  attachOriginal?: boolean;
  /** Size of the original message in bytes, when known (else estimated). */
  originalSize?: number;
  /** Base for generated file names (the title). */
  baseName?: string;
  /** Length of the full text when the description was cut (adds "<base>.txt"). */
  fullTextBytes?: number;
}

const EXT: Record<string, string> = {
  'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif', 'application/pdf': '.pdf', 'message/rfc822': '.eml',
  'text/plain': '.txt', 'text/html': '.html', 'text/calendar': '.ics', 'application/zip': '.zip',
};
const NAME_MAX = 255;
const TNEF = /^application\/(vnd\.)?ms-tnef$/i;
const SIGNATURE = /^application\/(x-)?pkcs7-signature$/i;
const ENCRYPTED = /^application\/(x-)?pkcs7-mime$/i;
const CALENDAR = /^(text\/calendar|application\/ics|text\/x-vcalendar)$/i;

/** A name Autotask and every OS accept: no path, control or bidi-override characters, ≤ 255 characters, extension kept. */
export function sanitizeFileName(name: string, contentType = ''): string {
  let n = (name ?? '').normalize('NFC');
  const segments = n.split(/[\\/]+/).filter((s) => s.trim());
  n = segments[segments.length - 1] ?? '';
  n = n
    .replace(/[\t\r\n]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (!n || /^\.+$/.test(n)) n = `attachment${EXT[contentType.toLowerCase()] ?? ''}`;
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(n)) n = `_${n}`;
  if (n.length > NAME_MAX) {
    const ext = /\.[^.\s]{1,16}$/.exec(n)?.[0] ?? '';
    let base = n.slice(0, NAME_MAX - ext.length);
    const last = base.charCodeAt(base.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) base = base.slice(0, -1);
    n = base.trimEnd() + ext;
  }
  return n;
}

function kindOf(a: AttachmentInput): AttachmentKind {
  const type = (a.attachmentType ?? 'file').toLowerCase();
  const name = a.name.trim().toLowerCase();
  const ct = a.contentType.trim().toLowerCase();
  if (type === 'cloud') return 'cloud';
  if (type === 'item' || ct === 'message/rfc822') return 'item';
  if (name === 'winmail.dat' || name === 'win.dat' || TNEF.test(ct)) return 'tnef';
  if (name === 'smime.p7s' || SIGNATURE.test(ct)) return 'signature';
  if (name === 'smime.p7m' || ENCRYPTED.test(ct)) return 'encrypted';
  if (a.isInline) return 'inline-image';
  if (CALENDAR.test(ct) || /\.(ics|vcs)$/.test(name)) return 'calendar';
  return 'file';
}

const NOTES: Partial<Record<AttachmentKind, string>> = {
  'inline-image': 'Image shown inside the message body; not attached unless you choose it.',
  cloud: 'Cloud file: a link to it is added to the description (cloud files are not uploaded).',
  tnef: 'winmail.dat: Outlook rich-text wrapper (TNEF) that Autotask users cannot open. Its files are inside it; ask the sender to resend in HTML or plain text.',
  signature: "The message's digital signature (S/MIME), not a file the sender attached.",
  encrypted: 'Encrypted message content (S/MIME): only readable in Outlook, so it is not attached.',
  calendar: 'Calendar invitation (.ics).',
};

/** The attachment plan for one message (see the module comment). */
export function planAttachments(items: readonly AttachmentInput[], options: AttachmentPlanOptions = {}): PlannedAttachment[] {
  const maxFile = options.maxFileBytes ?? DEFAULT_ATTACHMENT_LIMITS.maxFileBytes;
  const budget = options.budgetBytes ?? DEFAULT_ATTACHMENT_LIMITS.budgetBytes;
  const base = sanitizeFileName(options.baseName || 'Message').replace(/\.(eml|txt)$/i, '');
  const planned: PlannedAttachment[] = [];

  if (options.fullTextBytes !== undefined) {
    planned.push({
      id: 'full-text', source: 'generated', kind: 'full-text', name: sanitizeFileName(`${base} (full text).txt`), originalName: '',
      size: options.fullTextBytes, contentType: 'text/plain', selected: true, selectable: true, real: false, flags: [],
      note: 'The full message text: the description was shortened to fit Autotask.',
    });
  }
  for (const a of items) {
    const kind = kindOf(a);
    let name = sanitizeFileName(a.name, a.contentType);
    if (kind === 'item' && !/\.(eml|msg)$/i.test(name)) name = sanitizeFileName(`${name}.eml`);
    const flags: AttachmentFlag[] = name !== a.name ? ['renamed'] : [];
    const selectable = kind !== 'cloud' && !(kind === 'item' && !options.itemsAsEml);
    if (kind === 'item' && !options.itemsAsEml) flags.push('not-exportable');
    const real = kind === 'file' || kind === 'item' || kind === 'calendar' || kind === 'tnef' || kind === 'cloud';
    let note = NOTES[kind];
    if (kind === 'item') {
      note = options.itemsAsEml ? 'Attached email, uploaded as an .eml file.' : 'Attached email: this Outlook cannot export it, so it is not uploaded.';
    }
    planned.push({
      id: a.id, source: 'message', kind, name, originalName: a.name, size: Math.max(0, a.size || 0), contentType: a.contentType,
      selected: selectable && (kind === 'file' || kind === 'item' || kind === 'calendar'), selectable, real, flags, ...(note ? { note } : {}),
    });
  }
  if (options.attachOriginal) {
    const estimated = options.originalSize === undefined;
    const size = options.originalSize ?? Math.ceil(items.reduce((s, a) => s + Math.max(0, a.size || 0), 0) * 1.37) + 16_384;
    planned.push({
      id: 'original-message', source: 'generated', kind: 'original-message', name: sanitizeFileName(`${base}.eml`), originalName: '',
      size, contentType: 'message/rfc822', selected: true, selectable: true, real: false, flags: estimated ? ['size-estimated'] : [],
      note: 'The original message, as an .eml file.',
    });
  }

  // Unique names (Autotask allows duplicates; people reading the ticket do not).
  const used = new Map<string, number>();
  for (const p of planned) {
    const key = p.name.toLowerCase();
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    if (n > 1) {
      const ext = /\.[^.\s]{1,16}$/.exec(p.name)?.[0] ?? '';
      p.name = sanitizeFileName(`${p.name.slice(0, p.name.length - ext.length)} (${n})${ext}`);
      if (!p.flags.includes('renamed')) p.flags.push('renamed');
    }
  }

  let total = 0;
  for (const p of planned) {
    if (!p.selectable) continue;
    if (p.size === 0 && p.source === 'message') {
      p.flags.push('empty');
      p.selected = false;
      p.note = 'The file is empty (0 bytes).';
    } else if (p.size > maxFile) {
      p.flags.push('too-large');
      p.selected = false;
      p.note = `Larger than Autotask's per-file limit (${maxFile.toLocaleString('en-US')} bytes): attach it by hand or share a link.`;
    } else if (p.selected && total + p.size > budget) {
      p.flags.push('over-budget');
      p.selected = false;
      p.note = `Would exceed the ${budget.toLocaleString('en-US')} bytes Autotask accepts per 5 minutes: attach it after saving.`;
    } else if (p.selected) total += p.size;
  }
  return planned;
}

/** Bytes and budget verdict for a selection the user changed. */
export function selectionBudget(planned: readonly PlannedAttachment[], selectedIds: Iterable<string>, budgetBytes = DEFAULT_ATTACHMENT_LIMITS.budgetBytes): { totalBytes: number; withinBudget: boolean; overBudgetIds: string[] } {
  const ids = new Set(selectedIds);
  let total = 0;
  const over: string[] = [];
  for (const p of planned) {
    if (!ids.has(p.id) || !p.selectable) continue;
    if (total + p.size > budgetBytes) over.push(p.id);
    else total += p.size;
  }
  return { totalBytes: total, withinBudget: over.length === 0, overBudgetIds: over };
}
