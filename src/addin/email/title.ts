/**
 * Record titles from the subject.
 * - Reply/forward prefixes (RE, FW, Fwd, AW, WG, SV, VS, TR, Antw, RV, RIF, Odp, PD, ВС, Ответ,
 *   with "[2]"/"(2)" counters and full-width colons), repeated or mixed, are stripped when asked
 *   (default: tickets yes, notes no).
 * - Security-gateway tags ([EXTERNAL], [EXT], *EXTERNAL*, [External Sender], "CAUTION:",
 *   "[SUSPECTED SPAM]") are stripped by default: the MSP's own mail filter added them, the customer
 *   did not write them. Other bracketed tags ("[PHP-DEV]", "[Ticket#123]") are kept.
 * - Whitespace and control characters are collapsed; the result is cut at a word boundary with
 *   "…" to the field's length.
 * - No subject (or nothing left after stripping): Autotask's own form, "New Ticket - 11/28/2026
 *   9:14 AM" (notes: "New Note - …"), in the user's locale and time zone.
 */
import { remapC1 } from './entities';
import type { MapTarget } from './field-limits';

export interface TitleOptions {
  maxLength: number;
  stripPrefixes: boolean;
  stripTags: boolean;
  target: MapTarget;
  /** Message time (falls back to `now`). */
  date: Date | null;
  now: Date;
  locale: string;
  timeZone: string;
}

export interface TitleResult {
  title: string;
  /** The subject was empty and the date form was used. */
  fromDate: boolean;
  /** The title was cut to the field length. */
  cut: boolean;
}

const PREFIX = /^\s*(?:re|fw|fwd|aw|wg|sv|vs|tr|antw|antwort|rv|rif|odp|pd|ynt|ilt|vl|vb|ответ|вс|отв|fs|doorst|wtrd)\s*(?:\[\d+\]|\(\d+\))?\s*[:\uff1a]\s*/i;
const TAG = /^\s*(?:\[\s*(?:external(?:\s+(?:sender|email|mail|message))?|ext|extern|externe?|externo|caution|warning|suspected spam|spam|possible spam|phish(?:ing)? alert)\s*\]|\*+\s*external\s*\*+|\(\s*external\s*\)|caution\s*:|external\s*:)\s*/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b\ufeff]+/g;

/**
 * Strips leading reply/forward prefixes and/or gateway tags, however they interleave
 * ("RE: [EXTERNAL] FW: x"); with prefixes kept, tags between them still go ("RE: FW: x").
 */
export function stripSubject(subject: string, prefixes: boolean, tags: boolean): string {
  let rest = subject;
  let kept = '';
  for (let i = 0; i < 50; i++) {
    const p = PREFIX.exec(rest);
    if (p) {
      if (!prefixes) kept += `${p[0].trim()} `;
      rest = rest.slice(p[0].length);
      continue;
    }
    const t = TAG.exec(rest);
    if (t) {
      if (!tags) kept += `${t[0].trim()} `;
      rest = rest.slice(t[0].length);
      continue;
    }
    break;
  }
  // A tag may also trail the subject ("Invoice overdue [EXTERNAL]").
  if (tags) rest = rest.replace(/\s*\[\s*(?:external|ext)\s*\]\s*$/i, '');
  return kept + rest;
}

/** Cuts at a word boundary to at most `max` characters, ending in "…" when cut. */
export function cutAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  const room = max - 1;
  let cut = s.lastIndexOf(' ', room);
  if (cut < room * 0.6) cut = room;
  const code = s.charCodeAt(cut - 1);
  if (cut === room && code >= 0xd800 && code <= 0xdbff) cut--;
  return `${s.slice(0, cut).trimEnd()}…`;
}

/** "11/28/2026 9:14 AM" in en-US; each locale's own short date and time otherwise. */
export function formatDateTime(date: Date, locale: string, timeZone: string): string {
  const build = (loc: string, tz: string) => {
    const d = new Intl.DateTimeFormat(loc, { timeZone: tz, year: 'numeric', month: 'numeric', day: 'numeric' }).format(date);
    const t = new Intl.DateTimeFormat(loc, { timeZone: tz, hour: 'numeric', minute: '2-digit' }).format(date);
    return `${d} ${t}`.replace(/[\u00a0\u202f]/g, ' ');
  };
  try {
    return build(locale, timeZone);
  } catch {
    try {
      return build(locale, 'UTC');
    } catch {
      return build('en-US', 'UTC');
    }
  }
}

export function titleFromSubject(subject: string, options: TitleOptions): TitleResult {
  const clean = remapC1(subject).replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}\p{So}]/u.test(stripSubject(clean, true, true))) {
    const when = formatDateTime(options.date ?? options.now, options.locale, options.timeZone);
    const base = options.target === 'ticket' ? 'New Ticket' : 'New Note';
    return { title: cutAtWord(`${base} - ${when}`, options.maxLength), fromDate: true, cut: false };
  }
  const title = stripSubject(clean, options.stripPrefixes, options.stripTags).trim() || clean;
  const cut = title.length > options.maxLength;
  return { title: cutAtWord(title, options.maxLength), fromDate: false, cut };
}
