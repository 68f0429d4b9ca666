/**
 * The element rules of the HTML → text conversion, shared with the preview sanitiser: which
 * elements are skipped, void, blocks or scopes; what counts as hidden, as a tracking pixel, as a
 * meaningful alt text, as the start of a reply's quoted history; how a link's URL is written.
 */
import type { Attributes } from './html-tokenizer';

/** Private-use character on its own line where quoted history starts (never from the message itself). */
export const QUOTE_MARK = '\ue000';

export const SKIP = new Set([
  'head', 'script', 'style', 'title', 'template', 'svg', 'math', 'object', 'embed', 'applet', 'iframe', 'frame', 'frameset',
  'noscript', 'noembed', 'noframes', 'select', 'textarea', 'canvas', 'audio', 'video', 'map', 'xml', 'datalist', 'meta', 'link',
]);
export const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'keygen', 'image']);
export const BLOCK = new Set([
  'div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'address', 'center', 'form', 'fieldset', 'figure',
  'figcaption', 'details', 'summary', 'dl', 'legend', 'hgroup', 'body', 'html', 'dialog', 'menu', 'search', 'caption',
]);
export const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Start tags that close an open <p> (HTML's "close a p element"). */
export const CLOSES_P = new Set([
  ...BLOCK, ...HEADING, 'p', 'ul', 'ol', 'li', 'dd', 'dt', 'pre', 'blockquote', 'table', 'hr', 'listing', 'xmp', 'plaintext',
]);
CLOSES_P.delete('body');
CLOSES_P.delete('html');
CLOSES_P.delete('caption');
export const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template', 'xml', 'basefont', 'bgsound']);
export const TABLE_SCOPE = new Set(['table', 'td', 'th', 'caption', 'html', 'template', 'object', 'applet', 'marquee', 'button']);
export const LIST_SCOPE = new Set([...TABLE_SCOPE, 'ul', 'ol']);
export const DL_SCOPE = new Set([...TABLE_SCOPE, 'dl']);
export const ROW_SCOPE = new Set(['table', 'html', 'template']);
export const CELL_SCOPE = new Set(['tr', 'table', 'html', 'template']);
/** How deep an end tag looks for its element before it is ignored (keeps hostile input linear). */
export const MAX_SCOPE_SEARCH = 256;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i;
const COLLAPSED_STYLE = /(?:max-height|height)\s*:\s*0(?:px|pt|em|%)?\s*(?:;|$|!)/i;
const OVERFLOW_HIDDEN = /overflow\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$|!)|font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|$|!)/i;
const QUOTE_ID = /^(?:x_)?(?:divRplyFwdMsg|appendonsend|mail-editor-reference-message-container|stopSpelling)$/i;
const QUOTE_CLASS = /(?:^|\s)(?:x_)?(?:gmail_quote|moz-cite-prefix|yahoo_quoted|OutlookMessageHeader|protonmail_quote|zmail_extra)(?:\s|$)/i;
const OUTLOOK_HEADER_BORDER = /border-top\s*:\s*solid\s+#(?:e1e1e1|b5c4df)/i;
const TIGHT_P_CLASS = /(?:^|\s)(?:x_)?Mso/i;
const ZERO_MARGIN = /(?:^|;)\s*margin\s*:\s*0(?:cm|in|px|pt|em)?(?:\s+0(?:cm|in|px|pt|em)?){0,3}\s*(?:;|$)/i;
const MSO_LIST = /mso-list\s*:/i;
export const WORD_BULLET = /^[·•\uf0b7\uf0a7§o\u25cf\u25aa\u25e6\u2013-]$/;
export const WS = /[\t\n\f\r \u00a0]+/g;

function dimension(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/i.exec(value);
  return m ? Number(m[1]) : undefined;
}

function styleDimension(style: string, prop: 'width' | 'height'): number | undefined {
  const m = new RegExp(`(?:^|[;\\s])${prop}\\s*:\\s*(\\d+(?:\\.\\d+)?)(px)?\\s*(?:;|$|!)`, 'i').exec(style);
  return m ? Number(m[1]) : undefined;
}

/** An image 0–1 px wide or high (an open-tracking pixel or a spacer). */
export function isTrackingPixel(attrs: Attributes): boolean {
  const style = attrs.get('style') ?? '';
  const w = dimension(attrs.get('width')) ?? styleDimension(style, 'width');
  const h = dimension(attrs.get('height')) ?? styleDimension(style, 'height');
  return (w !== undefined && w <= 1) || (h !== undefined && h <= 1);
}

/** An alt text worth keeping: not empty, not a file name, not a generic word. */
export function meaningfulAlt(alt: string | undefined): string | undefined {
  const a = (alt ?? '').replace(WS, ' ').trim();
  if (a.length < 2 || !/[\p{L}\p{N}]/u.test(a)) return undefined;
  if (/\.(png|jpe?g|gif|bmp|webp|svg|tiff?|ico)$/i.test(a)) return undefined;
  if (/^(image|img|picture|pic|photo|logo|spacer|pixel|blank|icon|graphic|banner|spacer\.gif|untitled)[\s_-]*\d*$/i.test(a)) return undefined;
  return a;
}

export function isHiddenElement(name: string, attrs: Attributes): boolean {
  if (attrs.has('hidden')) return true;
  if (name === 'input' && (attrs.get('type') ?? '').toLowerCase() === 'hidden') return true;
  const style = attrs.get('style');
  if (!style) return false;
  return HIDDEN_STYLE.test(style) || (COLLAPSED_STYLE.test(style) && OVERFLOW_HIDDEN.test(style));
}

export function startsQuotedHistory(name: string, attrs: Attributes): boolean {
  if (name === 'blockquote' && (attrs.get('type') ?? '').toLowerCase() === 'cite') return true;
  const id = attrs.get('id');
  if (id && QUOTE_ID.test(id)) return true;
  const cls = attrs.get('class');
  if (cls && QUOTE_CLASS.test(cls)) return true;
  const style = attrs.get('style');
  return name === 'div' && !!style && OUTLOOK_HEADER_BORDER.test(style);
}

/** "text (url)" for web links whose text does not already show the URL; nothing else. */
export function linkSuffix(href: string, text: string): string {
  const url = href.trim();
  if (!/^(https?|ftp):\/\/[^\s]/i.test(url)) return '';
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return '';
  const norm = (u: string) => u.toLowerCase().replace(/^(https?|ftp):\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
  if (norm(t) === norm(url) || t.includes(url)) return '';
  return ` (${url})`;
}

/** Outlook/Word paragraphs (class Mso…, or margin 0) are lines, not blank-line separated blocks. */
export function isTightParagraph(attrs: Attributes): boolean {
  return TIGHT_P_CLASS.test(attrs.get('class') ?? '') || ZERO_MARGIN.test(attrs.get('style') ?? '');
}

/** A Word list paragraph, whose bullet is a symbol character in the text. */
export function isWordListParagraph(attrs: Attributes): boolean {
  return MSO_LIST.test(attrs.get('style') ?? '') || /MsoList/i.test(attrs.get('class') ?? '');
}
