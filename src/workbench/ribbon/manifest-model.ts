/**
 * manifest.xml → a typed ribbon model, the way Outlook reads it: for one command surface and one
 * ribbon layout, the groups, their controls (buttons or menus with items), with labels, supertips and
 * icon URLs resolved from <Resources>, and each control's action.
 *
 * Pure: XML text in, data out (fast-xml-parser, so it runs in the browser and in jest/node alike).
 * The workbench draws its ribbon from this; unit tests check the real manifest with it.
 *
 * Layouts: "classic" is classic Outlook on Windows, which shows the <CustomTab> when there is one
 * (else the <OfficeTab> groups); "simplified" is Outlook on the web / new Outlook, which shows the one
 * <OfficeTab id="TabDefault"> group. The innermost <VersionOverrides> (1.1 when present) is used, as
 * clients that support it do, with its own <Resources>.
 */
import { XMLParser } from 'fast-xml-parser';

export type RibbonLayout = 'classic' | 'simplified';
/** ExtensionPoint xsi:type, e.g. MessageReadCommandSurface. */
export type SurfaceType = string;
/** Icon size in px → absolute image URL. */
export type IconSet = Readonly<Record<number, string>>;

export interface Supertip {
  title: string;
  description: string;
}

export type CommandAction =
  | {
      kind: 'ShowTaskpane';
      sourceLocation: string;
      supportsPinning: boolean;
      supportsNoItemContext: boolean;
      supportsMultiSelect: boolean;
    }
  | { kind: 'ExecuteFunction'; functionName: string };

export interface RibbonMenuItem {
  id: string;
  label: string;
  supertip: Supertip;
  icons: IconSet;
  action: CommandAction;
}

export interface RibbonButton extends RibbonMenuItem {
  kind: 'button';
}

export interface RibbonMenu {
  kind: 'menu';
  id: string;
  label: string;
  supertip: Supertip;
  icons: IconSet;
  items: RibbonMenuItem[];
}

export type RibbonControl = RibbonButton | RibbonMenu;

export interface RibbonGroup {
  id: string;
  label: string;
  icons: IconSet;
  controls: RibbonControl[];
}

export interface RibbonTab {
  /** "custom" = the add-in's own tab; "default" = groups on Outlook's built-in default tab. */
  kind: 'custom' | 'default';
  id: string;
  /** The custom tab's label, or "Home" for the built-in default tab. */
  label: string;
  groups: RibbonGroup[];
}

export interface SurfaceModel {
  type: SurfaceType;
  defaultTab?: RibbonTab;
  customTab?: RibbonTab;
}

export interface ManifestModel {
  id: string;
  version: string;
  providerName: string;
  displayName: string;
  description: string;
  defaultLocale: string;
  permissions: string;
  iconUrl: string;
  highResolutionIconUrl: string;
  appDomains: string[];
  /** FormSettings ItemRead SourceLocation (used by clients without add-in commands). */
  defaultSourceLocation: string;
  requirements: { name: string; minVersion: string }[];
  /** "1.1" when a nested VersionOverridesV1_1 exists, else "1.0"; undefined without VersionOverrides. */
  versionOverrides?: '1.0' | '1.1';
  functionFileUrl?: string;
  surfaces: SurfaceModel[];
  /** bt:Images of the VersionOverrides in use: resid → URL (notification icons name these). */
  images: Record<string, string>;
}

/** A flattened command: every button or menu item with where it sits. */
export interface CommandEntry {
  groupLabel: string;
  menuLabel?: string;
  control: RibbonMenuItem;
}

export class ManifestModelError extends Error {
  constructor(
    readonly code: 'MANIFEST_NOT_XML' | 'MANIFEST_NOT_OFFICEAPP' | 'MANIFEST_UNRESOLVED_RESID' | 'MANIFEST_BAD_CONTROL',
    message: string,
  ) {
    super(message);
    this.name = 'ManifestModelError';
  }
}

type Node = Record<string, unknown>;

const ARRAY_TAGS = new Set([
  'Group', 'Control', 'Item', 'Image', 'String', 'Url', 'ExtensionPoint', 'Set', 'AppDomain', 'Override', 'Host',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAY_TAGS.has(name),
});

const asNode = (v: unknown): Node | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : undefined);
const asList = (v: unknown): Node[] => (Array.isArray(v) ? v.filter((x): x is Node => !!asNode(x)) : asNode(v) ? [v as Node] : []);
const attr = (n: Node | undefined, name: string): string | undefined => {
  const v = n?.[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
};
const text = (v: unknown): string => {
  if (typeof v === 'string') return v;
  const n = asNode(v);
  return n && typeof n['#text'] === 'string' ? (n['#text'] as string) : '';
};

class ResourceTable {
  private readonly tables: Record<'Images' | 'Urls' | 'ShortStrings' | 'LongStrings', Map<string, string>>;
  constructor(resources: Node | undefined, private readonly fallback: ResourceTable | undefined, locale: string | undefined) {
    const read = (block: string, tag: string) => {
      const map = new Map<string, string>();
      for (const entry of asList(asNode(resources?.[block])?.[tag])) {
        const id = attr(entry, 'id');
        if (!id) continue;
        const override = locale
          ? asList(entry.Override).find((o) => attr(o, 'Locale')?.toLowerCase() === locale.toLowerCase())
          : undefined;
        map.set(id, attr(override, 'Value') ?? attr(entry, 'DefaultValue') ?? '');
      }
      return map;
    };
    this.tables = {
      Images: read('Images', 'Image'),
      Urls: read('Urls', 'Url'),
      ShortStrings: read('ShortStrings', 'String'),
      LongStrings: read('LongStrings', 'String'),
    };
  }
  get(kind: keyof ResourceTable['tables'], resid: string | undefined, where: string): string {
    if (!resid) throw new ManifestModelError('MANIFEST_UNRESOLVED_RESID', `${where}: missing resid`);
    const v = this.tables[kind].get(resid) ?? this.fallback?.tryGet(kind, resid);
    if (v === undefined) throw new ManifestModelError('MANIFEST_UNRESOLVED_RESID', `${where}: resid "${resid}" not found in ${kind}`);
    return v;
  }
  entries(kind: keyof ResourceTable['tables']): Record<string, string> {
    return { ...this.fallback?.entries(kind), ...Object.fromEntries(this.tables[kind]) };
  }
  private tryGet(kind: keyof ResourceTable['tables'], resid: string): string | undefined {
    return this.tables[kind].get(resid) ?? this.fallback?.tryGet(kind, resid);
  }
}

function icons(res: ResourceTable, icon: unknown, where: string): IconSet {
  const out: Record<number, string> = {};
  for (const img of asList(asNode(icon)?.Image)) {
    const size = Number(attr(img, 'size'));
    if (Number.isFinite(size)) out[size] = res.get('Images', attr(img, 'resid'), `${where} icon ${size}`);
  }
  return out;
}

function supertip(res: ResourceTable, n: Node, where: string): Supertip {
  const st = asNode(n.Supertip);
  if (!st) return { title: '', description: '' };
  return {
    title: res.get('ShortStrings', attr(asNode(st.Title), 'resid'), `${where} supertip title`),
    description: res.get('LongStrings', attr(asNode(st.Description), 'resid'), `${where} supertip description`),
  };
}

const isTrue = (v: unknown) => text(v).trim().toLowerCase() === 'true';

function action(res: ResourceTable, n: Node, where: string): CommandAction {
  const a = asNode(n.Action);
  const type = attr(a, 'type');
  if (a && type === 'ExecuteFunction') {
    const functionName = text(a.FunctionName).trim();
    if (!functionName) throw new ManifestModelError('MANIFEST_BAD_CONTROL', `${where}: ExecuteFunction without FunctionName`);
    return { kind: 'ExecuteFunction', functionName };
  }
  if (a && type === 'ShowTaskpane') {
    return {
      kind: 'ShowTaskpane',
      sourceLocation: res.get('Urls', attr(asNode(a.SourceLocation), 'resid'), `${where} SourceLocation`),
      supportsPinning: isTrue(a.SupportsPinning),
      supportsNoItemContext: isTrue(a.SupportsNoItemContext),
      supportsMultiSelect: isTrue(a.SupportsMultiSelect),
    };
  }
  throw new ManifestModelError('MANIFEST_BAD_CONTROL', `${where}: unsupported or missing Action (${type ?? 'none'})`);
}

function item(res: ResourceTable, n: Node): RibbonMenuItem {
  const id = attr(n, 'id') ?? '';
  return {
    id,
    label: res.get('ShortStrings', attr(asNode(n.Label), 'resid'), `Control ${id} label`),
    supertip: supertip(res, n, `Control ${id}`),
    icons: icons(res, n.Icon, `Control ${id}`),
    action: action(res, n, `Control ${id}`),
  };
}

function control(res: ResourceTable, n: Node): RibbonControl {
  const id = attr(n, 'id') ?? '';
  const type = attr(n, 'type');
  if (type === 'Button') return { kind: 'button', ...item(res, n) };
  if (type === 'Menu') {
    return {
      kind: 'menu',
      id,
      label: res.get('ShortStrings', attr(asNode(n.Label), 'resid'), `Menu ${id} label`),
      supertip: supertip(res, n, `Menu ${id}`),
      icons: icons(res, n.Icon, `Menu ${id}`),
      items: asList(asNode(n.Items)?.Item).map((i) => item(res, i)),
    };
  }
  throw new ManifestModelError('MANIFEST_BAD_CONTROL', `Control ${id}: unsupported type ${type ?? 'none'}`);
}

function groups(res: ResourceTable, tab: Node): RibbonGroup[] {
  return asList(tab.Group).map((g) => {
    const id = attr(g, 'id') ?? '';
    return {
      id,
      label: res.get('ShortStrings', attr(asNode(g.Label), 'resid'), `Group ${id} label`),
      icons: icons(res, g.Icon, `Group ${id}`),
      controls: asList(g.Control).map((c) => control(res, c)),
    };
  });
}

function surface(res: ResourceTable, ep: Node): SurfaceModel {
  const model: SurfaceModel = { type: attr(ep, 'type') ?? '' };
  const officeTab = asNode(ep.OfficeTab);
  if (officeTab) {
    model.defaultTab = { kind: 'default', id: attr(officeTab, 'id') ?? 'TabDefault', label: 'Home', groups: groups(res, officeTab) };
  }
  const customTab = asNode(ep.CustomTab);
  if (customTab) {
    const id = attr(customTab, 'id') ?? '';
    model.customTab = {
      kind: 'custom',
      id,
      label: res.get('ShortStrings', attr(asNode(customTab.Label), 'resid'), `CustomTab ${id} label`),
      groups: groups(res, customTab),
    };
  }
  return model;
}

export interface ParseOptions {
  /** Use bt:Override values for this locale when present (default: DefaultValue). */
  locale?: string;
}

/** Parses manifest XML text. Throws ManifestModelError when it isn't a usable add-in manifest. */
export function parseManifest(xml: string, options: ParseOptions = {}): ManifestModel {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (cause) {
    throw new ManifestModelError('MANIFEST_NOT_XML', `manifest.xml is not well-formed XML: ${(cause as Error).message}`);
  }
  const app = asNode(doc.OfficeApp);
  if (!app) throw new ManifestModelError('MANIFEST_NOT_OFFICEAPP', 'manifest.xml has no <OfficeApp> root element');

  const vo10 = asNode(app.VersionOverrides);
  const vo11 = asNode(vo10?.VersionOverrides);
  const vo = vo11 ?? vo10;
  const outerRes = vo10 ? new ResourceTable(asNode(vo10.Resources), undefined, options.locale) : undefined;
  const res = vo11 ? new ResourceTable(asNode(vo11.Resources), outerRes, options.locale) : outerRes;

  const host = asList(asNode(vo?.Hosts)?.Host)[0];
  const desktop = asNode(host?.DesktopFormFactor);
  const functionFileResid = attr(asNode(desktop?.FunctionFile), 'resid');

  const forms = asNode(asNode(app.FormSettings)?.Form);
  return {
    id: text(app.Id).trim(),
    version: text(app.Version).trim(),
    providerName: text(app.ProviderName).trim(),
    displayName: attr(asNode(app.DisplayName), 'DefaultValue') ?? '',
    description: attr(asNode(app.Description), 'DefaultValue') ?? '',
    defaultLocale: text(app.DefaultLocale).trim(),
    permissions: text(app.Permissions).trim(),
    iconUrl: attr(asNode(app.IconUrl), 'DefaultValue') ?? '',
    highResolutionIconUrl: attr(asNode(app.HighResolutionIconUrl), 'DefaultValue') ?? '',
    appDomains: ([] as unknown[]).concat(asNode(app.AppDomains)?.AppDomain ?? []).map((d) => text(d).trim()).filter(Boolean),
    defaultSourceLocation: attr(asNode(asNode(forms?.DesktopSettings)?.SourceLocation), 'DefaultValue') ?? '',
    requirements: asList(asNode(asNode(app.Requirements)?.Sets)?.Set).map((s) => ({
      name: attr(s, 'Name') ?? '',
      minVersion: attr(s, 'MinVersion') ?? '',
    })),
    versionOverrides: vo11 ? '1.1' : vo10 ? '1.0' : undefined,
    functionFileUrl: res && functionFileResid ? res.get('Urls', functionFileResid, 'FunctionFile') : undefined,
    surfaces: res ? asList(desktop?.ExtensionPoint).map((ep) => surface(res, ep)) : [],
    images: res ? res.entries('Images') : {},
  };
}

/** The tab Outlook shows for a surface in a layout, or undefined when the add-in adds nothing there. */
export function ribbonFor(model: ManifestModel, surfaceType: SurfaceType, layout: RibbonLayout): RibbonTab | undefined {
  const s = model.surfaces.find((x) => x.type === surfaceType);
  if (!s) return undefined;
  return layout === 'classic' ? (s.customTab ?? s.defaultTab) : s.defaultTab;
}

/** Every button and menu item of a tab, in ribbon order. */
export function commandsOf(tab: RibbonTab | undefined): CommandEntry[] {
  const out: CommandEntry[] = [];
  for (const g of tab?.groups ?? []) {
    for (const c of g.controls) {
      if (c.kind === 'button') out.push({ groupLabel: g.label, control: c });
      else for (const i of c.items) out.push({ groupLabel: g.label, menuLabel: c.label, control: i });
    }
  }
  return out;
}

/** Finds a button or menu item by control id on any surface and layout. */
export function findControl(model: ManifestModel, controlId: string): RibbonMenuItem | undefined {
  for (const s of model.surfaces) {
    for (const tab of [s.defaultTab, s.customTab]) {
      const hit = commandsOf(tab).find((e) => e.control.id === controlId);
      if (hit) return hit.control;
    }
  }
  return undefined;
}
