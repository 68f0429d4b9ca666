/**
 * Builds manifest.xml (XML add-in-only manifest, VersionOverrides 1.0 wrapping 1.1)
 * from the command catalogue and the surface layout, for one deployment origin.
 *
 *   npm run manifest                       → ./manifest.xml for https://localhost:3000
 *   npm run build -- --origin https://x    → dist/manifest.xml for that origin
 */
import type { CommandDef, IconName } from '../../src/addin/commands/catalog';
import {
  DESKTOP_ICON_SIZES, MOBILE_COMMANDS, MOBILE_ICON_SIZES, MOBILE_SCALES, SURFACES,
  type GroupSpec, type MenuSpec, type SurfaceSpec,
} from './layout';

export const DEV_ORIGIN = 'https://localhost:3000';
export const ADDIN_ID = '7c1f4e9a-2d3b-4f6a-9e8c-5b0a1d2e3f47';
export const PRODUCT_NAME = 'Autotask for Outlook';

export interface ManifestOptions {
  origin: string;
  /** Four-part version, e.g. 0.1.0.0. */
  version: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function normaliseOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`--origin must be an absolute https URL such as https://outlook.example.com (got "${origin}")`);
  }
  if (url.protocol !== 'https:') throw new Error(`--origin must use https, as Office requires (got "${origin}")`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`--origin must be an origin only, without path, query or fragment (got "${origin}")`);
  }
  return url.origin;
}

/** Four-part manifest version from a semver package version. */
export function manifestVersion(pkgVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(pkgVersion);
  if (!m) throw new Error(`package.json version "${pkgVersion}" is not semver`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

class Resources {
  images = new Map<string, string>();
  urls = new Map<string, string>();
  short = new Map<string, string>();
  long = new Map<string, string>();
  constructor(private origin: string) {}

  image(name: IconName, px: number): string {
    const id = `I.${name}.${px}`;
    this.images.set(id, `${this.origin}/assets/icons/${name}-${px}.png`);
    return id;
  }
  url(key: string, path: string): string {
    const id = `U.${key}`;
    this.urls.set(id, `${this.origin}/${path}`);
    return id;
  }
  shortString(id: string, value: string): string {
    this.short.set(id, value);
    return id;
  }
  longString(id: string, value: string): string {
    this.long.set(id, value);
    return id;
  }
  xml(indent: string): string {
    const block = (tag: string, inner: string, entries: Map<string, string>, attr = 'DefaultValue') =>
      `${indent}  <bt:${tag}>\n${[...entries].map(([id, v]) => `${indent}    <bt:${inner} id="${id}" ${attr}="${esc(v)}"/>`).join('\n')}\n${indent}  </bt:${tag}>`;
    return [
      `${indent}<Resources>`,
      block('Images', 'Image', this.images),
      block('Urls', 'Url', this.urls),
      block('ShortStrings', 'String', this.short),
      block('LongStrings', 'String', this.long),
      `${indent}</Resources>`,
    ].join('\n');
  }
}

interface Flavour {
  /** VersionOverrides 1.1 features: pinning, no-item context. */
  v11: boolean;
}

function iconXml(r: Resources, name: IconName, indent: string): string {
  const imgs = DESKTOP_ICON_SIZES.map((px) => `${indent}  <bt:Image size="${px}" resid="${r.image(name, px)}"/>`);
  return `${indent}<Icon>\n${imgs.join('\n')}\n${indent}</Icon>`;
}

function actionXml(r: Resources, cmd: CommandDef, surface: SurfaceSpec, f: Flavour, indent: string): string {
  if (cmd.action.kind === 'function') {
    return `${indent}<Action xsi:type="ExecuteFunction">\n${indent}  <FunctionName>${cmd.action.functionName}</FunctionName>\n${indent}</Action>`;
  }
  const lines = [`${indent}<Action xsi:type="ShowTaskpane">`];
  lines.push(`${indent}  <SourceLocation resid="${r.url(cmd.action.route, `taskpane.html?route=${cmd.action.route}`)}"/>`);
  if (f.v11 && surface.pinnable) {
    lines.push(`${indent}  <SupportsPinning>true</SupportsPinning>`);
    // Add to Autotask, the sync commands and Options make sense with no message selected.
    if (cmd.menu !== 'create') lines.push(`${indent}  <SupportsNoItemContext>true</SupportsNoItemContext>`);
  }
  lines.push(`${indent}</Action>`);
  return lines.join('\n');
}

function supertip(r: Resources, cmd: CommandDef, indent: string): string {
  return [
    `${indent}<Supertip>`,
    `${indent}  <Title resid="${r.shortString(`T.${cmd.id}`, cmd.title)}"/>`,
    `${indent}  <Description resid="${r.longString(`D.${cmd.id}`, cmd.description)}"/>`,
    `${indent}</Supertip>`,
  ].join('\n');
}

function buttonXml(r: Resources, cmd: CommandDef, id: string, s: SurfaceSpec, f: Flavour, indent: string): string {
  return [
    `${indent}<Control xsi:type="Button" id="${id}">`,
    `${indent}  <Label resid="${r.shortString(`L.${cmd.id}`, cmd.label)}"/>`,
    supertip(r, cmd, `${indent}  `),
    iconXml(r, cmd.icon, `${indent}  `),
    actionXml(r, cmd, s, f, `${indent}  `),
    `${indent}</Control>`,
  ].join('\n');
}

function menuXml(
  r: Resources, menu: { key: string; label: string; icon: IconName; items: CommandDef[] },
  id: string, s: SurfaceSpec, f: Flavour, indent: string,
): string {
  const items = menu.items.map((cmd) => [
    `${indent}    <Item id="${id}.${cmd.id}">`,
    `${indent}      <Label resid="${r.shortString(`L.${cmd.id}`, cmd.label)}"/>`,
    supertip(r, cmd, `${indent}      `),
    iconXml(r, cmd.icon, `${indent}      `),
    actionXml(r, cmd, s, f, `${indent}      `),
    `${indent}    </Item>`,
  ].join('\n'));
  return [
    `${indent}<Control xsi:type="Menu" id="${id}">`,
    `${indent}  <Label resid="${r.shortString(`M.${menu.key}`, menu.label)}"/>`,
    `${indent}  <Supertip>`,
    `${indent}    <Title resid="${r.shortString(`M.${menu.key}`, menu.label)}"/>`,
    `${indent}    <Description resid="${r.longString(`MD.${menu.key}`, menuTip(menu.key))}"/>`,
    `${indent}  </Supertip>`,
    iconXml(r, menu.icon, `${indent}  `),
    `${indent}  <Items>`,
    ...items,
    `${indent}  </Items>`,
    `${indent}</Control>`,
  ].join('\n');
}

function menuTip(key: string): string {
  switch (key) {
    case 'Autotask': return 'Open Autotask, change options, or see the version.';
    case 'More': return 'Bring Autotask calendar items and contacts into Outlook, or send them to Autotask.';
    case 'Create': return 'Create an Autotask ticket or note from the open message.';
    case 'Add': return 'Add a ticket, note, appointment, to-do, contact, time or service call to Autotask.';
    case 'CreateMore': return 'More records to create from the open message.';
    case 'AddMore': return 'More records to add to Autotask.';
    default: throw new Error(`No tooltip for menu ${key}`);
  }
}

function tabGroupXml(r: Resources, g: GroupSpec, s: SurfaceSpec, f: Flavour, indent: string): string {
  const gid = `${s.prefix}.tab.${g.key}`;
  const controls = g.buttons.map((c) => buttonXml(r, c, `${gid}.${c.id}`, s, f, `${indent}  `));
  if (g.more?.length) {
    const key = `${g.key}More`;
    controls.push(menuXml(r, { key, label: 'More', icon: 'more', items: g.more }, `${gid}.More`, s, f, `${indent}  `));
  }
  return [
    `${indent}<Group id="${gid}">`,
    `${indent}  <Label resid="${r.shortString(`G.${g.key}`, g.label)}"/>`,
    ...controls,
    `${indent}</Group>`,
  ].join('\n');
}

function surfaceXml(r: Resources, s: SurfaceSpec, f: Flavour, indent: string, withTab: boolean): string {
  const defaultGroup = [
    `${indent}  <OfficeTab id="TabDefault">`,
    `${indent}    <Group id="${s.prefix}.grp">`,
    `${indent}      <Label resid="${r.shortString('G.Default', 'Autotask')}"/>`,
    ...s.defaultMenus.map((m: MenuSpec) => menuXml(r, m, `${s.prefix}.grp.${m.key}`, s, f, `${indent}      `)),
    `${indent}    </Group>`,
    `${indent}  </OfficeTab>`,
  ];
  const tab = withTab ? [
    `${indent}  <CustomTab id="${s.prefix}.tab">`,
    ...s.tabGroups.map((g) => tabGroupXml(r, g, s, f, `${indent}    `)),
    `${indent}    <Label resid="${r.shortString('G.Tab', 'Autotask')}"/>`,
    `${indent}  </CustomTab>`,
  ] : [];
  return [`${indent}<ExtensionPoint xsi:type="${s.type}">`, ...defaultGroup, ...tab, `${indent}</ExtensionPoint>`].join('\n');
}

function mobileXml(r: Resources, indent: string): string {
  const controls = MOBILE_COMMANDS.map((cmd) => {
    const imgs = MOBILE_ICON_SIZES.flatMap((size) => MOBILE_SCALES.map((scale) =>
      `${indent}        <bt:Image size="${size}" scale="${scale}" resid="${r.image(cmd.icon, size * scale)}"/>`));
    const route = cmd.action.kind === 'taskpane' ? cmd.action.route : '';
    return [
      `${indent}    <Control xsi:type="MobileButton" id="mob.${cmd.id}">`,
      `${indent}      <Label resid="${r.shortString(`L.${cmd.id}`, cmd.label)}"/>`,
      `${indent}      <Icon xsi:type="bt:MobileIconList">`,
      ...imgs,
      `${indent}      </Icon>`,
      `${indent}      <Action xsi:type="ShowTaskpane">`,
      `${indent}        <SourceLocation resid="${r.url(route, `taskpane.html?route=${route}`)}"/>`,
      `${indent}      </Action>`,
      `${indent}    </Control>`,
    ].join('\n');
  });
  return [
    `${indent}<MobileFormFactor>`,
    `${indent}  <FunctionFile resid="U.Commands"/>`,
    `${indent}  <ExtensionPoint xsi:type="MobileMessageReadCommandSurface">`,
    `${indent}    <Group id="mob.grp">`,
    `${indent}      <Label resid="${r.shortString('G.Default', 'Autotask')}"/>`,
    ...controls,
    `${indent}    </Group>`,
    `${indent}  </ExtensionPoint>`,
    `${indent}</MobileFormFactor>`,
  ].join('\n');
}

/** Halve indentation: the manifest limit is 256 KB and the file is generated, not edited. */
const compact = (xml: string) => xml.replace(/^( +)/gm, (m) => ' '.repeat(m.length / 2));

export function buildManifest(opts: ManifestOptions): string {
  const origin = normaliseOrigin(opts.origin);
  // VersionOverrides 1.0: clients with Mailbox 1.3/1.4 get the default-tab group on read mail.
  const r10 = new Resources(origin);
  r10.url('Commands', 'commands.html');
  const v10Surfaces = SURFACES.filter((s) => s.type === 'MessageReadCommandSurface')
    .map((s) => surfaceXml(r10, s, { v11: false }, '          ', false)).join('\n');
  // VersionOverrides 1.1: everything, with pinning, custom tab, appointments and mobile.
  const r11 = new Resources(origin);
  r11.url('Commands', 'commands.html');
  const v11Surfaces = SURFACES.map((s) => surfaceXml(r11, s, { v11: true }, '            ', true)).join('\n');
  const mobile = mobileXml(r11, '          ');

  return compact(`<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by scripts/manifest/build-manifest.ts from src/addin/commands/catalog.ts. Do not edit by hand: run npm run manifest. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xsi:type="MailApp">
  <Id>${ADDIN_ID}</Id>
  <Version>${opts.version}</Version>
  <ProviderName>Autotask for Outlook</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="${PRODUCT_NAME}"/>
  <Description DefaultValue="Create Autotask tickets and notes from email, add time, appointments and contacts, and sync your Autotask calendar and contacts, in every Outlook."/>
  <IconUrl DefaultValue="${origin}/assets/icons/autotask-64.png"/>
  <HighResolutionIconUrl DefaultValue="${origin}/assets/icons/autotask-128.png"/>
  <SupportUrl DefaultValue="${origin}/support.html"/>
  <AppDomains>
    <AppDomain>${origin}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Mailbox"/>
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="1.3"/>
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemRead">
      <DesktopSettings>
        <SourceLocation DefaultValue="${origin}/taskpane.html?route=create-ticket"/>
        <RequestedHeight>300</RequestedHeight>
      </DesktopSettings>
    </Form>
  </FormSettings>
  <Permissions>ReadWriteItem</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>
    <Rule xsi:type="ItemIs" ItemType="Appointment" FormType="ReadOrEdit"/>
  </Rule>
  <DisableEntityHighlighting>true</DisableEntityHighlighting>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Requirements>
      <bt:Sets DefaultMinVersion="1.3">
        <bt:Set Name="Mailbox"/>
      </bt:Sets>
    </Requirements>
    <Hosts>
      <Host xsi:type="MailHost">
        <DesktopFormFactor>
          <FunctionFile resid="U.Commands"/>
${v10Surfaces}
        </DesktopFormFactor>
      </Host>
    </Hosts>
${r10.xml('    ')}
    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
      <Requirements>
        <bt:Sets DefaultMinVersion="1.5">
          <bt:Set Name="Mailbox"/>
        </bt:Sets>
      </Requirements>
      <Hosts>
        <Host xsi:type="MailHost">
          <DesktopFormFactor>
            <FunctionFile resid="U.Commands"/>
${v11Surfaces}
          </DesktopFormFactor>
${mobile}
        </Host>
      </Hosts>
${r11.xml('      ')}
    </VersionOverrides>
  </VersionOverrides>
</OfficeApp>
`);
}
