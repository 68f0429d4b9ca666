/**
 * The platform limits the XSD does not encode (reference/office-platform.md §3):
 * one default-tab group per surface with ≤ 6 controls, resource ids ≤ 32 chars and unique,
 * every resid resolving to a resource of the right kind, labels ≤ 125 and descriptions ≤ 250,
 * every icon size present, https URLs ≤ 2048 chars that resolve to built files, the
 * manifest ≤ 256 KB, and every FunctionName registered by the commands bundle.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown>;

const REQUIRED_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const MOBILE_SIZES = [25, 32, 48];

export interface LimitOptions {
  /** When set, every URL under `origin` must resolve to a file in distDir. */
  distDir?: string;
  origin?: string;
  /** Function names the commands bundle registers; when set, every FunctionName must be among them. */
  registeredFunctions?: readonly string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => ['Group', 'Control', 'Item', 'Image', 'Url', 'String', 'ExtensionPoint', 'Host', 'Rule', 'Set', 'AppDomain', 'Override'].includes(name),
});

function children(node: unknown, key: string): Node[] {
  if (!node || typeof node !== 'object') return [];
  const v = (node as Node)[key];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]) as Node[];
}
const child = (node: unknown, key: string): Node | undefined => children(node, key)[0];
const attr = (node: Node | undefined, name: string) => (node ? (node[`@${name}`] as string | undefined) : undefined);

/** Walks every node, calling visit with the element name and a path for messages. */
function walk(node: unknown, path: string, visit: (name: string, n: Node, path: string) => void): void {
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Node)) {
    if (key.startsWith('@') || key === '#text') continue;
    const list = Array.isArray(value) ? value : [value];
    list.forEach((n, i) => {
      if (n && typeof n === 'object') {
        const p = `${path}/${key}${list.length > 1 ? `[${i}]` : ''}${attr(n as Node, 'id') ? `#${attr(n as Node, 'id')}` : ''}`;
        visit(key, n as Node, p);
        walk(n, p, visit);
      }
    });
  }
}

interface ResourceTable { images: Map<string, string>; urls: Map<string, string>; short: Map<string, string>; long: Map<string, string> }

function resources(vo: Node, problems: string[], where: string): ResourceTable {
  const res = child(vo, 'Resources');
  const table: ResourceTable = { images: new Map(), urls: new Map(), short: new Map(), long: new Map() };
  const seen = new Set<string>();
  const fill = (section: string, entry: string, map: Map<string, string>) => {
    for (const e of children(child(res, section), entry)) {
      const id = attr(e, 'id') ?? '';
      const value = attr(e, 'DefaultValue') ?? '';
      if (id.length > 32) problems.push(`${where}: resource id "${id}" is ${id.length} characters (limit 32)`);
      if (seen.has(id)) problems.push(`${where}: resource id "${id}" is defined twice`);
      seen.add(id);
      map.set(id, value);
    }
  };
  fill('Images', 'Image', table.images);
  fill('Urls', 'Url', table.urls);
  fill('ShortStrings', 'String', table.short);
  fill('LongStrings', 'String', table.long);
  for (const [id, v] of table.short) if (v.length > 125) problems.push(`${where}: short string ${id} is ${v.length} characters (limit 125)`);
  for (const [id, v] of table.long) if (v.length > 250) problems.push(`${where}: long string ${id} is ${v.length} characters (limit 250)`);
  return table;
}

/** Checks one VersionOverrides block (1.0 or 1.1). */
function checkVersionOverrides(vo: Node, label: string, problems: string[]): ResourceTable {
  const table = resources(vo, problems, label);
  const need = (kind: keyof ResourceTable, resid: string | undefined, path: string) => {
    if (!resid) return problems.push(`${path}: missing resid`);
    if (!table[kind].has(resid)) problems.push(`${path}: resid "${resid}" has no ${kind} resource in ${label}`);
  };
  const controlIds = new Map<string, string>();
  walk(child(vo, 'Hosts'), label, (name, n, path) => {
    if (name === 'Label' || name === 'Title') need('short', attr(n, 'resid'), path);
    if (name === 'Description') need('long', attr(n, 'resid'), path);
    if (name === 'SourceLocation' || name === 'FunctionFile') need('urls', attr(n, 'resid'), path);
    if (name === 'Image') need('images', attr(n, 'resid'), path);
    if (name === 'Control' || name === 'Group' || name === 'Item' || name === 'CustomTab') {
      const id = attr(n, 'id') ?? '';
      if (id.length > 125) problems.push(`${path}: id is ${id.length} characters (limit 125)`);
      const surface = path.split('/').find((s) => s.startsWith('ExtensionPoint')) ?? '';
      const key = `${surface}|${id}`;
      if (controlIds.has(key)) problems.push(`${path}: id "${id}" is used twice on the same surface`);
      controlIds.set(key, path);
    }
    if (name === 'Icon') {
      const imgs = children(n, 'Image');
      if (attr(n, 'type') === 'bt:MobileIconList') {
        for (const size of MOBILE_SIZES) for (const scale of [1, 2, 3]) {
          if (!imgs.some((i) => attr(i, 'size') === String(size) && attr(i, 'scale') === String(scale))) {
            problems.push(`${path}: mobile icon ${size}@${scale}x is missing`);
          }
        }
      } else {
        const sizes = new Set(imgs.map((i) => Number(attr(i, 'size'))));
        const missing = REQUIRED_ICON_SIZES.filter((s) => !sizes.has(s));
        if (missing.length) problems.push(`${path}: icon sizes ${missing.join(', ')} are missing`);
      }
    }
    if (name === 'ExtensionPoint') {
      const tab = child(n, 'OfficeTab');
      if (tab) {
        if (attr(tab, 'id') !== 'TabDefault') problems.push(`${path}: OfficeTab id must be TabDefault`);
        const groups = children(tab, 'Group');
        if (groups.length !== 1) problems.push(`${path}: the default tab must hold exactly one group (has ${groups.length})`);
        for (const g of groups) {
          const count = children(g, 'Control').length;
          if (count > 6) problems.push(`${path}: the default-tab group has ${count} controls (limit 6)`);
        }
      }
      if (attr(n, 'type') === 'MobileMessageReadCommandSurface' && children(n, 'Group').length !== 1) {
        problems.push(`${path}: the mobile surface must hold exactly one group`);
      }
    }
  });
  return table;
}

export interface ManifestFacts {
  functionNames: string[];
  urls: string[];
}

export function checkManifestLimits(xml: string, opts: LimitOptions = {}): { problems: string[]; facts: ManifestFacts } {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > 256 * 1024) problems.push(`manifest is ${bytes} bytes (limit 256 KB)`);
  const doc = parser.parse(xml) as Node;
  const app = child(doc, 'OfficeApp');
  if (!app) return { problems: ['no OfficeApp root element'], facts: { functionNames: [], urls: [] } };
  const functionNames = new Set<string>();
  const urls = new Set<string>();
  for (const key of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const v = attr(child(app, key), 'DefaultValue');
    if (v) urls.add(v);
  }
  const src = attr(child(child(child(child(app, 'FormSettings'), 'Form'), 'DesktopSettings'), 'SourceLocation'), 'DefaultValue');
  if (src) urls.add(src);
  const vo10 = child(app, 'VersionOverrides');
  if (!vo10) problems.push('no VersionOverrides block');
  else {
    const t10 = checkVersionOverrides(vo10, 'VersionOverrides 1.0', problems);
    const vo11 = child(vo10, 'VersionOverrides');
    if (!vo11) problems.push('VersionOverrides 1.0 does not wrap a VersionOverrides 1.1 block');
    const t11 = vo11 ? checkVersionOverrides(vo11, 'VersionOverrides 1.1', problems) : undefined;
    for (const t of [t10, t11]) {
      if (!t) continue;
      for (const v of [...t.images.values(), ...t.urls.values()]) urls.add(v);
    }
  }
  for (const u of urls) {
    if (u.length > 2048) problems.push(`URL longer than 2048 characters: ${u.slice(0, 80)}…`);
    let parsed: URL;
    try { parsed = new URL(u); } catch { problems.push(`not a URL: ${u}`); continue; }
    if (parsed.protocol !== 'https:') problems.push(`URL is not https: ${u}`);
    if (opts.distDir && opts.origin && parsed.origin === opts.origin) {
      const file = join(opts.distDir, decodeURIComponent(parsed.pathname));
      if (!existsSync(file)) problems.push(`URL does not resolve to a built file: ${u} (expected ${file})`);
    }
  }
  for (const m of xml.matchAll(/<FunctionName>\s*([^<\s]+)\s*<\/FunctionName>/g)) functionNames.add(m[1] ?? '');
  if (opts.registeredFunctions) {
    for (const f of functionNames) {
      if (!opts.registeredFunctions.includes(f)) problems.push(`FunctionName "${f}" is not registered by the commands bundle`);
    }
  }
  return { problems, facts: { functionNames: [...functionNames], urls: [...urls] } };
}
