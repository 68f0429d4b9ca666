/** Server-rendered HTML for the read-only tenant view: escaping, the page shell, small helpers. */
import { findField, mustEntity } from '../model/registry';
import type { Row } from '../model/types';
import type { Repository } from '../store/repository';

export const SITE_TITLE = 'Autotask sandbox — Harborline IT';

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Trusted HTML fragment (already escaped). */
export class Html {
  constructor(readonly value: string) {}
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    const part = Array.isArray(v) ? v.map((x) => (x instanceof Html ? x.value : esc(x))).join('') : v instanceof Html ? v.value : esc(v);
    out += part + strings[i + 1]!;
  });
  return new Html(out);
}

const NAV: [string, string][] = [
  ['tickets', 'Tickets'],
  ['companies', 'Companies'],
  ['contacts', 'Contacts'],
  ['projects', 'Projects'],
  ['calendar', 'Calendar'],
];

const CSS = `
:root{color-scheme:light;--fg:#1b1b1b;--muted:#555;--line:#d0d7de;--accent:#0b5cad;--bg:#fff;--band:#f3f6f9}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}a:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:1}
header{background:#0f2a44;color:#fff;padding:12px 24px}header a{color:#fff}header .brand{font-weight:600;font-size:18px;text-decoration:none}
nav ul{list-style:none;margin:8px 0 0;padding:0;display:flex;gap:18px;flex-wrap:wrap}nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
main{padding:16px 24px;max-width:1200px}h1{font-size:24px;margin:8px 0 16px}h2{font-size:19px;margin:28px 0 8px}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}caption{text-align:left;color:var(--muted);padding:4px 0}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}th{background:var(--band)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dt{color:var(--muted)}dd{margin:0}
.note{border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:8px 0;white-space:pre-wrap}
.muted{color:var(--muted)}footer{padding:16px 24px;color:var(--muted);font-size:13px}`;

export function page(title: string, active: string, body: Html): string {
  const nav = NAV.map(([href, label]) =>
    html`<li><a href="/web/${href}"${new Html(href === active ? ' aria-current="page"' : '')}>${label}</a></li>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · ${esc(SITE_TITLE)}</title><style>${CSS}</style></head>
<body><a class="skip" href="#main">Skip to content</a>
<header><a class="brand" href="/web/">${esc(SITE_TITLE)}</a>
<nav aria-label="Sections"><ul>${nav.map((n) => n.value).join('')}</ul></nav></header>
<main id="main">${html`<h1>${title}</h1>`.value}${body.value}</main>
<footer>Local stand-in for Autotask PSA. Read-only view; times in UTC.</footer></body></html>`;
}

export function table(caption: string, headers: string[], rows: (string | Html)[][], empty = 'None.'): Html {
  if (rows.length === 0) return html`<p class="muted">${empty}</p>`;
  return html`<table><caption>${caption}</caption><thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody></table>`;
}

export function when(value: unknown): string {
  if (value === null || value === undefined) return '';
  return new Date(String(value)).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** Picklist label of a stored integer. */
export function label(entity: string, field: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  const f = findField(mustEntity(entity), field);
  return f?.picklist?.find((p) => p.value === String(value))?.label ?? String(value);
}

export function nameOf(store: Repository, entity: 'Resources' | 'Contacts' | 'Companies' | 'Roles', id: unknown): string {
  if (id === null || id === undefined) return '';
  const r: Row | undefined = store.get(entity, Number(id));
  if (!r) return `#${String(id)}`;
  if (entity === 'Companies') return String(r.companyName);
  if (entity === 'Roles') return String(r.name);
  return `${String(r.firstName)} ${String(r.lastName)}`;
}

export function link(href: string, text: unknown): Html {
  return html`<a href="${href}">${text}</a>`;
}
