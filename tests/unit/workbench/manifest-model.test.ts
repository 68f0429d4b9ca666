import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, routePath } from '../../../src/addin/commands/catalog';
import {
  commandsOf, findControl, ManifestModelError, parseManifest, ribbonFor, type CommandEntry, type RibbonLayout,
} from '../../../src/workbench/ribbon/manifest-model';

const xml = readFileSync(join(__dirname, '../../../manifest.xml'), 'utf8');
const model = parseManifest(xml);
const SURFACE = 'MessageReadCommandSurface';

function matches(entry: CommandEntry, c: (typeof COMMANDS)[number]): boolean {
  const a = entry.control.action;
  if (entry.control.label !== c.label) return false;
  if (c.action.kind === 'function') return a.kind === 'ExecuteFunction' && a.functionName === c.action.functionName;
  return a.kind === 'ShowTaskpane' && a.sourceLocation.endsWith(`/${routePath(c.action.route)}`);
}

describe('manifest model over the real manifest.xml', () => {
  it('reads the add-in identity and the function file', () => {
    expect(model.displayName).toBe('Autotask for Outlook');
    expect(model.versionOverrides).toBe('1.1');
    expect(model.functionFileUrl).toMatch(/^https:\/\/[^/]+\/commands\.html$/);
    expect(model.appDomains.length).toBeGreaterThan(0);
  });

  describe.each<RibbonLayout>(['classic', 'simplified'])('%s layout, message read', (layout) => {
    const tab = ribbonFor(model, SURFACE, layout);
    const entries = commandsOf(tab);

    it.each(COMMANDS.map((c) => [c.id, c] as const))('has %s with its exact label, supertip and action', (_id, c) => {
      const hits = entries.filter((e) => matches(e, c));
      expect(hits).toHaveLength(1);
      expect(hits[0]!.control.supertip.title).toBe(c.title);
      expect(hits[0]!.control.supertip.description).toBe(c.description);
      expect(hits[0]!.control.icons[16]).toMatch(/^https:\/\/.+-16\.png$/);
      expect(hits[0]!.control.icons[32]).toMatch(/^https:\/\/.+-32\.png$/);
    });

    it('has nothing that is not in the catalogue', () => {
      expect(entries).toHaveLength(COMMANDS.length);
    });
  });

  it('classic layout is the custom "Autotask" tab with its four groups', () => {
    const tab = ribbonFor(model, SURFACE, 'classic')!;
    expect(tab.kind).toBe('custom');
    expect(tab.label).toBe('Autotask');
    expect(tab.groups.map((g) => g.label)).toEqual(['Autotask', 'More', 'Create from email', 'Add to Autotask']);
    const create = tab.groups[2]!;
    expect(create.controls.map((c) => `${c.kind}:${c.label}`)).toEqual([
      'button:Ticket', 'button:Company Note', 'button:Contact Note', 'menu:More',
    ]);
  });

  it('simplified layout is one "Autotask" group on the default tab with at most 6 controls', () => {
    const tab = ribbonFor(model, SURFACE, 'simplified')!;
    expect(tab.kind).toBe('default');
    expect(tab.id).toBe('TabDefault');
    expect(tab.groups).toHaveLength(1);
    expect(tab.groups[0]!.label).toBe('Autotask');
    expect(tab.groups[0]!.controls.length).toBeLessThanOrEqual(6);
    expect(tab.groups[0]!.controls.every((c) => c.kind === 'menu')).toBe(true);
  });

  it('every default-tab group on every surface has at most 6 controls', () => {
    for (const s of model.surfaces) {
      expect(s.defaultTab?.groups.length ?? 0).toBeLessThanOrEqual(1);
      for (const g of s.defaultTab?.groups ?? []) expect(g.controls.length).toBeLessThanOrEqual(6);
    }
  });

  it('message-read panes support pinning', () => {
    const panes = commandsOf(ribbonFor(model, SURFACE, 'simplified')).filter((e) => e.control.action.kind === 'ShowTaskpane');
    expect(panes.length).toBeGreaterThan(0);
    for (const e of panes) expect(e.control.action).toMatchObject({ supportsPinning: true });
  });

  it('finds a control by id', () => {
    expect(findControl(model, 'msg.tab.Create.createTicket')?.label).toBe('Ticket');
    expect(findControl(model, 'nope')).toBeUndefined();
  });
});

describe('manifest model errors', () => {
  it('rejects text that is not an Office manifest', () => {
    expect(() => parseManifest('<html><body/></html>')).toThrow(ManifestModelError);
    expect(() => parseManifest('<OfficeApp><Id>1</Id')).toThrow(ManifestModelError);
  });

  it('names an unresolved resid', () => {
    const broken = xml.replaceAll('<bt:String id="L.createTicket" DefaultValue="Ticket"/>', '');
    expect(() => parseManifest(broken)).toThrow(/L\.createTicket/);
  });

  it('uses bt:Override for a requested locale', () => {
    const de = xml.replaceAll(
      '<bt:String id="L.createTicket" DefaultValue="Ticket"/>',
      '<bt:String id="L.createTicket" DefaultValue="Ticket"><bt:Override Locale="de-DE" Value="Ticket (DE)"/></bt:String>',
    );
    const m = parseManifest(de, { locale: 'de-DE' });
    expect(findControl(m, 'msg.tab.Create.createTicket')?.label).toBe('Ticket (DE)');
  });
});
