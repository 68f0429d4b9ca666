/**
 * Makes a message body safe to show in the reading pane's sandboxed frame (sandbox="", so no script
 * ever runs): removes active content and event handlers, blocks remote images (as Outlook does by
 * default), swaps cid: images for data: URLs, and wraps the result in a document whose CSP allows
 * nothing but inline styles and data: images. Needs DOMParser (browser or jsdom).
 */
import { escapeHtml } from './body-text';

export interface PreviewDocument {
  html: string;
  /** Remote images (and other remote resources) that were not loaded. */
  blockedRemote: number;
}

const REMOVE = 'script, iframe, frame, frameset, object, embed, applet, meta, link, base, form, input, button, textarea, select, noscript, template, portal';
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'cite', 'longdesc', 'lowsrc', 'dynsrc'];
const REMOTE = /^\s*(https?:)?\/\//i;
const SCRIPTY = /^\s*(javascript|vbscript|data:text\/html)/i;
const CSS_REMOTE = /url\(\s*['"]?\s*(https?:)?\/\/[^)]*\)/gi;
const CSS_CID = /url\(\s*['"]?\s*cid:([^)'"\s]+)\s*['"]?\s*\)/gi;

const FRAME_CSS =
  'html{color-scheme:light}body{margin:16px;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;' +
  'font-size:14px;line-height:1.45;color:#242424;background:#fff;overflow-wrap:anywhere}img{max-width:100%;height:auto}' +
  'img[data-blocked]{display:inline-block;min-width:24px;min-height:16px;outline:1px dashed #c8c8c8}pre.wb-text{white-space:pre-wrap;font:inherit;margin:0}' +
  'blockquote{border-left:3px solid #c8c8c8;margin:0 0 0 4px;padding-left:12px;color:#424242}';

function wrap(head: string, body: string): string {
  return '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:">` +
    `<base target="_blank"><style>${FRAME_CSS}</style>${head}</head><body>${body}</body></html>`;
}

/** Plain text → a preview document (quoted lines shown as quotes). */
export function textPreview(text: string): PreviewDocument {
  return { html: wrap('', `<pre class="wb-text">${escapeHtml(text)}</pre>`), blockedRemote: 0 };
}

/**
 * HTML → a preview document.
 * @param inlineImages Content-ID (without <>) → data: URL.
 */
export function htmlPreview(html: string, inlineImages: ReadonlyMap<string, string>): PreviewDocument {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let blocked = 0;
  const cid = (ref: string) => {
    let id = ref;
    try {
      id = decodeURIComponent(ref);
    } catch {
      // keep the raw reference
    }
    return inlineImages.get(id.replace(/^<|>$/g, ''));
  };
  const cssCids = (css: string) => css.replace(CSS_CID, (_m, ref: string) => (cid(ref) ? `url("${cid(ref)}")` : 'none'));
  doc.querySelectorAll(REMOVE).forEach((el) => el.remove());
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc' || name === 'srcset' || name === 'formaction' || name === 'ping') {
        el.removeAttribute(attr.name);
      } else if (URL_ATTRS.includes(name) && SCRIPTY.test(attr.value)) {
        el.removeAttribute(attr.name);
      } else if (name === 'style') {
        if (CSS_REMOTE.test(attr.value)) blocked++;
        el.setAttribute('style', cssCids(attr.value.replace(CSS_REMOTE, 'none')));
      }
      CSS_REMOTE.lastIndex = 0;
    }
    const tag = el.tagName.toLowerCase();
    if (tag === 'img' || tag === 'image' || tag === 'video' || tag === 'audio' || tag === 'source' || tag === 'track') {
      const src = el.getAttribute('src') ?? '';
      if (/^cid:/i.test(src)) {
        const data = cid(src.slice(4));
        if (data) el.setAttribute('src', data);
        else el.removeAttribute('src');
      } else if (REMOTE.test(src)) {
        blocked++;
        el.removeAttribute('src');
        el.setAttribute('data-blocked', '');
      } else if (src && !/^data:image\//i.test(src)) {
        el.removeAttribute('src');
      }
    }
    const background = el.getAttribute('background');
    if (background !== null) {
      const data = /^cid:/i.test(background) ? cid(background.slice(4)) : undefined;
      if (data) el.setAttribute('background', data);
      else {
        if (REMOTE.test(background)) blocked++;
        el.removeAttribute('background');
      }
    }
    if (tag === 'a' && el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
  }
  const styles = Array.from(doc.querySelectorAll('style')).map((s) => {
    const css = (s.textContent ?? '').replace(/@import[^;]*;?/gi, '');
    const remote = css.match(CSS_REMOTE)?.length ?? 0;
    blocked += remote;
    s.remove();
    return `<style>${cssCids(css.replace(CSS_REMOTE, 'none')).replace(/<\/style/gi, '')}</style>`;
  });
  return { html: wrap(styles.join(''), doc.body?.innerHTML ?? ''), blockedRemote: blocked };
}
