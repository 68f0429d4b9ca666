/**
 * Decoding raw RFC 5322 header bytes where common MIME parsers give up (used when a raw .eml is
 * at hand: the workbench and the corpus tests; Exchange does this itself for Office.js items):
 * - RFC 2047 encoded words, with adjacent words of one charset joined before decoding (a UTF-8
 *   character split across two words, "seen in the wild"), RFC 2231 language tags
 *   (`iso-8859-1*sv`), and UTF-7 (RFC 2152), which TextDecoder does not know;
 * - undeclared raw 8-bit bytes: UTF-8 when they are valid UTF-8; else the charset the message
 *   declares for its body (Big5, ISO-8859-1…); else UTF-8 with U+FFFD when most 8-bit sequences in
 *   the header block are UTF-8; else Windows-1252 (which also covers Latin-1).
 * Strings here hold one character per byte ("binary strings") until decoded.
 */

/** RFC 2152 UTF-7 → text ("+AOQ-" → "ä", "+-" → "+"). */
export function decodeUtf7(s: string): string {
  return s.replace(/\+([A-Za-z0-9+/]*)-?/g, (match, b64: string) => {
    if (!b64) return match === '+-' ? '+' : match;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    let bits = 0;
    let acc = 0;
    let out = '';
    for (const ch of b64) {
      acc = (acc << 6) | alphabet.indexOf(ch);
      bits += 6;
      if (bits >= 16) {
        bits -= 16;
        out += String.fromCharCode((acc >>> bits) & 0xffff);
        acc &= (1 << bits) - 1;
      }
    }
    return out;
  });
}

function bytesOf(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}

/** Bytes → text in a charset (UTF-7 included; unknown charsets as Windows-1252). */
export function decodeBytes(bytes: Uint8Array, charset: string): string {
  const cs = charset.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (cs === 'utf-7' || cs === 'utf7' || cs === 'unicode-1-1-utf-7') return decodeUtf7(new TextDecoder('latin1').decode(bytes));
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(cs || 'utf-8');
  } catch {
    decoder = new TextDecoder('windows-1252');
  }
  return decoder.decode(bytes);
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function isSupportedCharset(charset: string): boolean {
  const cs = charset.toLowerCase();
  if (cs === 'utf-7') return true;
  try {
    new TextDecoder(cs);
    return true;
  } catch {
    return false;
  }
}

/** Counts valid and invalid UTF-8 multi-byte sequences in a binary string. */
function utf8Evidence(binary: string): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < binary.length; i++) {
    const b = binary.charCodeAt(i);
    if (b < 0x80) continue;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= binary.length;
    for (let k = 1; ok && k < len; k++) ok = (binary.charCodeAt(i + k) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

/** How to read undeclared 8-bit header bytes in one message. */
export interface RawCharsetHints {
  /** The first non-ASCII, non-UTF-8 charset the message declares (e.g. for its body). */
  declared?: string;
  /** Most 8-bit sequences in the header block are UTF-8. */
  utf8ish: boolean;
}

export function charsetHints(rawMessage: string): RawCharsetHints {
  const block = headerBlock(rawMessage);
  const { valid, invalid } = utf8Evidence(block);
  let declared: string | undefined;
  for (const m of rawMessage.slice(0, 2_000_000).matchAll(/charset\s*=\s*"?([A-Za-z0-9._:-]+)"?/gi)) {
    const cs = m[1]!.toLowerCase();
    if (cs !== 'us-ascii' && cs !== 'utf-8' && cs !== 'utf8' && isSupportedCharset(cs)) {
      declared = cs;
      break;
    }
  }
  return { declared, utf8ish: valid > 0 && valid >= invalid };
}

/** Undeclared 8-bit text (binary string) → text, by the rules in the module comment. */
export function decodeUndeclared(binary: string, hints: RawCharsetHints): string {
  if (!/[\x80-\xff]/.test(binary)) return binary;
  const bytes = bytesOf(binary);
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    if (hints.declared) return decodeBytes(bytes, hints.declared);
    return decodeBytes(bytes, hints.utf8ish ? 'utf-8' : 'windows-1252');
  }
}

const ENCODED_WORD = /=\?([^?\s]+?)\?([bBqQ])\?([^?\s]*?)\?=/g;

function wordBytes(encoding: string, text: string): string {
  if (encoding.toLowerCase() === 'q') {
    return text.replace(/_/g, ' ').replace(/=([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  let clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  if (clean.length % 4 === 1) clean = clean.slice(0, -1);
  clean += '='.repeat((4 - (clean.length % 4)) % 4);
  try {
    return atob(clean);
  } catch {
    return '';
  }
}

/** A raw (binary-string) header value → text: encoded words (joined per charset) and raw 8-bit bytes. */
export function decodeHeaderValue(binary: string, hints: RawCharsetHints = { utf8ish: false }): string {
  const value = binary.replace(/\r?\n(?=[ \t])/g, '');
  let out = '';
  let last = 0;
  let pending: { charset: string; bytes: string } | null = null;
  const flush = () => {
    if (pending) out += decodeBytes(bytesOf(pending.bytes), pending.charset);
    pending = null;
  };
  ENCODED_WORD.lastIndex = 0;
  for (const m of value.matchAll(ENCODED_WORD)) {
    const between = value.slice(last, m.index);
    const charset = m[1]!.split('*')[0]!.toLowerCase();
    const bytes = wordBytes(m[2]!, m[3]!);
    if (pending && /^[ \t]*$/.test(between)) {
      const p: { charset: string; bytes: string } = pending;
      if (p.charset === charset) p.bytes += bytes;
      else {
        flush();
        pending = { charset, bytes };
      }
    } else {
      flush();
      out += decodeUndeclared(between, hints);
      pending = { charset, bytes };
    }
    last = m.index + m[0].length;
  }
  flush();
  out += decodeUndeclared(value.slice(last), hints);
  return out;
}

/** The header block (binary string) of a raw message, up to the first empty line. */
export function headerBlock(rawMessage: string): string {
  const end = rawMessage.search(/\r?\n\r?\n/);
  return end >= 0 ? rawMessage.slice(0, end) : rawMessage;
}

/** Every raw value of a header in the top-level header block, unfolded, in order. */
export function rawHeaderValues(rawMessage: string, name: string): string[] {
  const block = headerBlock(rawMessage);
  const re = new RegExp(`^${name}[ \\t]*:([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'gim');
  return [...block.matchAll(re)].map((m) => m[1]!.replace(/\r?\n(?=[ \t])/g, '').trim());
}

/** A raw message (bytes) as a binary string. */
export function binaryString(raw: Uint8Array | string): string {
  if (typeof raw === 'string') return raw;
  let s = '';
  for (let i = 0; i < raw.length; i += 8192) s += String.fromCharCode(...raw.subarray(i, i + 8192));
  return s;
}

/**
 * The parser's decoded header, or the raw header decoded here when the parser's looks wrong:
 * U+FFFD, leftover encoded words, UTF-7, or raw 8-bit bytes (whose charset the parser guessed).
 */
export function repairHeader(parsed: string, rawValue: string | undefined, hints: RawCharsetHints): string {
  if (rawValue === undefined) return parsed;
  const suspect =
    parsed.includes('\ufffd') || /=\?[^?\s]+\?[bq]\?/i.test(parsed) || /=\?utf-?7[?*]/i.test(rawValue) ||
    /[\x80-\xff]/.test(rawValue);
  return suspect ? decodeHeaderValue(rawValue, hints).replace(/\s+/g, ' ').trim() : parsed;
}

/** The first mailbox of a decoded address header: "Name <addr>", "addr (comment)" or "addr". */
export function firstMailbox(decoded: string): { name: string; address: string } | null {
  const value = decoded.trim();
  if (!value) return null;
  const angle = /^(.*?)<([^>]*)>/.exec(value);
  const unquote = (s: string) => s.trim().replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1').trim();
  if (angle) return { name: unquote(angle[1]!), address: angle[2]!.trim() };
  const first = value.split(',')[0]!;
  const comment = /\(([^)]*)\)/.exec(first);
  const address = first.replace(/\([^)]*\)/g, '').trim();
  return /@/.test(address) ? { name: comment ? comment[1]!.trim() : '', address } : { name: unquote(first), address: '' };
}
