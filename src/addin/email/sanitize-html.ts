/**
 * Safe HTML for an in-pane preview of a message, built from tokens (no DOM, no innerHTML of the
 * original): only allow-listed elements and attributes are written back, every value escaped, so
 * nothing from a message can run or load.
 *
 * - Removed with their content: script, style, head, title, iframe, frame(set), object, embed,
 *   applet, form controls, svg/math, template, noscript, meta (so no refresh), link, base, and
 *   hidden elements. Unknown elements (o:p, custom tags, `</demo>`) are unwrapped: their text stays.
 * - Attributes: a fixed list (no on*, no id/name/class, no srcset); `style` only with declarations
 *   that cannot load or run anything (no url(), expression(), behavior, -moz-binding, @import,
 *   escapes or position). Links: http(s)/mailto/tel only, opened in a new tab without referrer.
 * - Images: tracking pixels dropped; `cid:` images go through the caller's resolver (which returns
 *   e.g. a data:/blob: URL, or nothing); data:image/(png|gif|jpeg|webp) kept; every other image
 *   (remote, relative) becomes a placeholder span with its alt text.
 * - Every element left open is closed at the end, so a message cannot break the page around it.
 */
import { RAW_TEXT, tokenize, type Attributes } from './html-tokenizer';
import { isHiddenElement, isTrackingPixel, meaningfulAlt } from './html-rules';

export interface SanitizeOptions {
  /** Maps a Content-ID (without "cid:" and angle brackets) to a safe URL, or undefined. */
  resolveCid?: (contentId: string) => string | undefined;
}

export interface SanitizedHtml {
  html: string;
  /** Images not loaded (remote or unresolved), shown as placeholders. */
  blockedImages: number;
  /** Tracking pixels dropped. */
  trackingPixels: number;
}

const DROP = new Set([
  'script', 'style', 'head', 'title', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'select', 'option', 'textarea', 'svg', 'math', 'template', 'noscript', 'noembed', 'noframes', 'meta', 'link', 'base', 'xml',
  'canvas', 'audio', 'video', 'source', 'track', 'portal', 'dialog', 'xmp', 'plaintext', 'param', 'keygen', 'marquee', 'area', 'map',
]);
const ALLOWED = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite', 'code',
  'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'nav', 'ol', 'p', 'pre', 'q', 's',
  'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
]);
const VOID = new Set(['br', 'col', 'hr', 'img', 'wbr']);
/** Elements that never have content (or end tags) in HTML. */
const NO_CONTENT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'image', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'keygen', 'frame']);
const ATTRS = new Set([
  'align', 'valign', 'width', 'height', 'colspan', 'rowspan', 'span', 'border', 'cellpadding', 'cellspacing', 'bgcolor', 'color',
  'face', 'size', 'dir', 'lang', 'title', 'alt', 'start', 'type', 'reversed', 'value', 'datetime', 'abbr', 'scope', 'nowrap',
  'style', 'href', 'src',
]);
const SAFE_DATA_IMAGE = /^data:image\/(png|gif|jpe?g|webp);base64,[a-z0-9+/=\s]+$/i;
const UNSAFE_CSS = /url\s*\(|expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding|@import|\\|position\s*:|<|>|&/i;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Keeps the declarations of an inline style that can neither load nor run anything. */
export function safeStyle(style: string): string {
  return style
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(';')
    .map((d) => d.trim())
    .filter((d) => /^-?[a-z][a-z-]*\s*:/i.test(d) && !UNSAFE_CSS.test(d))
    .join('; ');
}

function safeHref(href: string): string | undefined {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/^(https?:\/\/|mailto:|tel:)/i.test(compact)) return href.trim();
  return undefined;
}

export function sanitizeHtml(html: string, options: SanitizeOptions = {}): SanitizedHtml {
  const out: string[] = [];
  const open: string[] = [];
  const skip: string[] = [];
  let blockedImages = 0;
  let trackingPixels = 0;

  const resolveCid = (src: string): string | undefined => {
    let id = src.slice(4);
    try {
      id = decodeURIComponent(id);
    } catch {
      // keep the raw reference
    }
    const url = options.resolveCid?.(id.replace(/^<|>$/g, ''));
    return url && (SAFE_DATA_IMAGE.test(url) || /^blob:/i.test(url)) ? url : undefined;
  };

  const image = (attrs: Attributes): string => {
    if (isTrackingPixel(attrs)) {
      trackingPixels++;
      return '';
    }
    const src = (attrs.get('src') ?? '').trim();
    let url: string | undefined;
    if (/^cid:/i.test(src)) url = resolveCid(src);
    else if (SAFE_DATA_IMAGE.test(src)) url = src;
    const alt = attrs.get('alt') ?? '';
    if (!url) {
      blockedImages++;
      const label = meaningfulAlt(alt) ?? 'image';
      return `<span class="olk-blocked-image" title="Image not loaded">[${escapeHtml(label)}]</span>`;
    }
    let tag = `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"`;
    for (const name of ['width', 'height', 'align', 'border', 'title']) {
      const v = attrs.get(name);
      if (v !== undefined) tag += ` ${name}="${escapeHtml(v)}"`;
    }
    return `${tag}>`;
  };

  const attributes = (name: string, attrs: Attributes): string => {
    let s = '';
    for (const [key, raw] of attrs) {
      if (!ATTRS.has(key) || key === 'src') continue;
      let value = raw;
      if (key === 'href') {
        if (name !== 'a') continue;
        const href = safeHref(raw);
        if (!href) continue;
        value = href;
      } else if (key === 'style') {
        value = safeStyle(raw);
        if (!value) continue;
      }
      s += ` ${key}="${escapeHtml(value)}"`;
    }
    if (name === 'a' && s.includes(' href=')) s += ' target="_blank" rel="noopener noreferrer nofollow"';
    return s;
  };

  tokenize(html, {
    text(text) {
      if (skip.length) return;
      out.push(escapeHtml(text));
    },
    open(name, attrs, selfClosing) {
      const isVoid = NO_CONTENT.has(name) || (selfClosing && !RAW_TEXT.has(name));
      if (skip.length) {
        if (!isVoid) skip.push(name);
        return;
      }
      if (DROP.has(name) || isHiddenElement(name, attrs)) {
        if (!isVoid) skip.push(name);
        return;
      }
      if (!ALLOWED.has(name)) return;
      if (name === 'img') {
        out.push(image(attrs));
        return;
      }
      out.push(`<${name}${attributes(name, attrs)}>`);
      if (!VOID.has(name)) open.push(name);
    },
    close(name) {
      if (skip.length) {
        const at = skip.lastIndexOf(name);
        if (at !== -1) skip.length = at;
        return;
      }
      const at = open.lastIndexOf(name);
      if (at === -1) return;
      while (open.length > at) out.push(`</${open.pop()!}>`);
    },
  });
  while (open.length) out.push(`</${open.pop()!}>`);
  return { html: out.join(''), blockedImages, trackingPixels };
}
