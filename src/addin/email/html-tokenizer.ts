/**
 * A small, tolerant HTML tokenizer (no DOM, so it runs in the pane and in Node): text, start tags
 * with attributes, end tags. It follows the HTML tokenizer where mail needs it and is simpler
 * elsewhere:
 * - comments `<!-- … -->` (an unclosed one swallows the rest, like a browser), `<!DOCTYPE>`,
 *   `<?xml …?>` and `<![…]>` (Word's `<![if !supportLists]>` markers) are skipped; what lies
 *   between Word's conditional markers stays content;
 * - script, style, textarea, title, xmp, iframe, noembed, noframes and noscript are raw text up to
 *   their end tag; `plaintext` is raw text to the end;
 * - a tag cut off by the end of the input is dropped; a `<` that does not start a tag is text;
 * - attribute names are lower-cased, the first of duplicate attributes wins, values are decoded.
 * Linear in the input: every scan moves forward.
 */
import { decodeEntities } from './entities';

export type Attributes = ReadonlyMap<string, string>;

export interface TokenHandler {
  /** Text with character references decoded (raw for script/style-like elements). */
  text(text: string, raw: boolean): void;
  /** `name` is lower-case. */
  open(name: string, attrs: Attributes, selfClosing: boolean): void;
  close(name: string): void;
}

/** Elements whose content is raw text up to their end tag (a "/>" does not make them empty). */
export const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea', 'title', 'plaintext']);
/** RCDATA: raw, but character references are decoded. */
const RCDATA = new Set(['textarea', 'title']);
const EMPTY_ATTRS: Attributes = new Map();

const endTagPatterns = new Map<string, RegExp>();
function endTagPattern(name: string): RegExp {
  let re = endTagPatterns.get(name);
  if (!re) {
    re = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
    endTagPatterns.set(name, re);
  }
  return re;
}

const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/** Index of the `>` closing a tag that starts at `from`, honouring quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62) return i;
    if ((c === 34 || c === 39) && afterEquals) {
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close === -1) return -1;
      i = close;
      afterEquals = false;
    } else if (c === 61) afterEquals = true;
    else if (!isSpace(c)) afterEquals = false;
  }
  return -1;
}

function parseAttributes(src: string): { attrs: Attributes; selfClosing: boolean } {
  let attrs: Map<string, string> | undefined;
  let selfClosing = false;
  let i = 0;
  const n = src.length;
  while (i < n) {
    let c = src.charCodeAt(i);
    if (isSpace(c) || c === 47 /* / */) {
      selfClosing = c === 47;
      i++;
      continue;
    }
    selfClosing = false;
    const start = i;
    i++; // an attribute name may start with "="
    while (i < n && !isSpace((c = src.charCodeAt(i))) && c !== 61 && c !== 47) i++;
    const name = src.slice(start, i).toLowerCase();
    while (i < n && isSpace(src.charCodeAt(i))) i++;
    let value = '';
    if (i < n && src.charCodeAt(i) === 61) {
      i++;
      while (i < n && isSpace(src.charCodeAt(i))) i++;
      const q = src.charCodeAt(i);
      if (q === 34 || q === 39) {
        const end = src.indexOf(q === 34 ? '"' : "'", i + 1);
        const stop = end === -1 ? n : end;
        value = src.slice(i + 1, stop);
        i = stop + 1;
      } else {
        const vs = i;
        while (i < n && !isSpace(src.charCodeAt(i))) i++;
        value = src.slice(vs, i);
      }
      value = decodeEntities(value, true);
    }
    attrs ??= new Map();
    if (!attrs.has(name)) attrs.set(name, value);
  }
  return { attrs: attrs ?? EMPTY_ATTRS, selfClosing };
}

export function tokenize(html: string, handler: TokenHandler): void {
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      handler.text(decodeEntities(html.slice(i)), false);
      return;
    }
    if (lt > i) handler.text(decodeEntities(html.slice(i, lt)), false);
    i = lt;
    const c1 = html.charCodeAt(i + 1);
    if (c1 === 33 /* ! */) {
      if (html.startsWith('<!--', i)) {
        if (html.startsWith('>', i + 4) || html.startsWith('->', i + 4)) {
          i = html.indexOf('>', i + 4) + 1;
          continue;
        }
        const end = html.indexOf('-->', i + 4);
        // "--!>" also ends a comment; look for it only inside this comment (keeps the scan linear).
        const alt = end === -1 ? html.indexOf('--!>', i + 4) : html.slice(i + 4, end).indexOf('--!>');
        if (end === -1 && alt === -1) return;
        i = alt !== -1 ? (end === -1 ? alt + 4 : i + 4 + alt + 4) : end + 3;
      } else {
        const end = html.indexOf('>', i + 2);
        if (end === -1) return;
        i = end + 1;
      }
      continue;
    }
    if (c1 === 63 /* ? */) {
      const end = html.indexOf('>', i + 2);
      if (end === -1) return;
      i = end + 1;
      continue;
    }
    const closing = c1 === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    if (!isAlpha(html.charCodeAt(nameStart))) {
      if (closing) {
        // "</>" is dropped, "</ something>" is a bogus comment.
        const end = html.indexOf('>', i + 2);
        if (end === -1) return;
        i = end + 1;
      } else {
        handler.text('<', false);
        i++;
      }
      continue;
    }
    let j = nameStart;
    let c: number;
    while (j < n && !isSpace((c = html.charCodeAt(j))) && c !== 47 && c !== 62) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const end = tagEnd(html, j);
    if (end === -1) return; // a tag cut off by the end of the input is dropped
    i = end + 1;
    if (closing) {
      handler.close(name);
      continue;
    }
    const { attrs, selfClosing } = j < end ? parseAttributes(html.slice(j, end)) : { attrs: EMPTY_ATTRS, selfClosing: false };
    handler.open(name, attrs, selfClosing);
    if (RAW_TEXT.has(name)) {
      let stop = n;
      if (name !== 'plaintext') {
        const re = endTagPattern(name);
        re.lastIndex = i;
        const m = re.exec(html);
        if (m) stop = m.index;
      }
      const raw = html.slice(i, stop);
      if (raw) handler.text(RCDATA.has(name) ? decodeEntities(raw) : raw, !RCDATA.has(name));
      if (stop === n) {
        handler.close(name);
        return;
      }
      i = stop; // the end tag is tokenized normally
    }
  }
}
