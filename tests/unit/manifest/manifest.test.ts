import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COMMANDS } from '../../../src/addin/commands/catalog';
import { buildManifest, DEV_ORIGIN, manifestVersion, normaliseOrigin } from '../../../scripts/manifest/build-manifest';
import { checkManifestLimits } from '../../../scripts/manifest/limits';
import { defaultSchemaDir, validateManifestXsd } from '../../../scripts/manifest/xsd';

const root = resolve(__dirname, '../../..');
const schemaDir = defaultSchemaDir(root);
const committed = readFileSync(join(root, 'manifest.xml'), 'utf8');
const version = manifestVersion((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
const production = buildManifest({ origin: 'https://outlook.harborline-it.com', version });

describe('manifest.xml', () => {
  it('is what the generator produces from the catalogue (run npm run manifest after changing it)', () => {
    expect(committed).toBe(buildManifest({ origin: DEV_ORIGIN, version }));
  });

  it.each([
    ['development', committed],
    ['production', production],
  ])('the %s manifest validates against the official XSDs', async (_name, xml) => {
    const result = await validateManifestXsd(xml, schemaDir);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the XSD check rejects the invalid schema samples', async () => {
    for (const sample of ['sample-invalid-misspelled-element.xml', 'sample-invalid-missing-required-element.xml']) {
      const xml = readFileSync(join(schemaDir, 'examples', sample), 'utf8');
      const result = await validateManifestXsd(xml, schemaDir, sample);
      expect(result.valid).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['development', committed],
    ['production', production],
  ])('the %s manifest is within the platform limits the XSD does not encode', (_name, xml) => {
    expect(checkManifestLimits(xml).problems).toEqual([]);
  });

  it('production URLs all point at the deployment origin', () => {
    const { facts } = checkManifestLimits(production);
    expect(facts.urls.length).toBeGreaterThan(100);
    for (const u of facts.urls) expect(new URL(u).origin).toBe('https://outlook.harborline-it.com');
    expect(production).not.toContain('localhost');
  });
});

describe('the limit checks catch what Office refuses', () => {
  const firstGroup = /(<OfficeTab id="TabDefault">\s*<Group id="msg\.grp">[\s\S]*?)(<Control xsi:type="Menu" id="msg\.grp\.Autotask">[\s\S]*?<\/Control>)/;

  it('seven controls in the default-tab group', () => {
    const m = firstGroup.exec(committed);
    expect(m).not.toBeNull();
    const menu = m![2]!;
    const extra = [1, 2, 3].map((i) => menu.replace(/id="msg\.grp\.Autotask/g, `id="msg.grp.Extra${i}`)).join('');
    const xml = committed.replace(firstGroup, `$1${menu}${extra}`);
    expect(checkManifestLimits(xml).problems.join('\n')).toMatch(/default-tab group has 7 controls \(limit 6\)/);
  });

  it('a second group on the default tab', () => {
    const xml = committed.replace('<Group id="msg.grp">', '<Group id="msg.grp0"><Label resid="G.Default"/></Group><Group id="msg.grp">');
    expect(checkManifestLimits(xml).problems.join('\n')).toMatch(/exactly one group \(has 2\)/);
  });

  it('a resource id over 32 characters, a dangling resid, a long label, a missing icon size', () => {
    const longId = 'I.calendar-send.16.with-a-long-suffix';
    let xml = committed.replace(/"I\.calendar-send\.16"/g, `"${longId}"`);
    xml = xml.replace('resid="L.home"', 'resid="L.nowhere"');
    xml = xml.replace(/DefaultValue="Options"/g, `DefaultValue="${'O'.repeat(126)}"`);
    xml = xml.replace(/<bt:Image size="20" resid="I\.about\.20"\/>/, '');
    const problems = checkManifestLimits(xml).problems.join('\n');
    expect(problems).toContain(`resource id "${longId}" is ${longId.length} characters (limit 32)`);
    expect(problems).toMatch(/resid "L\.nowhere" has no short resource/);
    expect(problems).toMatch(/short string L\.options is 126 characters \(limit 125\)/);
    expect(problems).toMatch(/icon sizes 20 are missing/);
  });

  it('plain http URLs and unregistered function names', () => {
    const xml = committed.replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html');
    const problems = checkManifestLimits(xml, { registeredFunctions: ['showAbout'] }).problems.join('\n');
    expect(problems).toMatch(/URL is not https: http:\/\/localhost:3000\/commands\.html/);
    expect(problems).toMatch(/FunctionName "openAutotaskHome" is not registered/);
  });
});

describe('the Autotask menu on the ribbon', () => {
  const readSurface = committed.slice(
    committed.indexOf('<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1"'),
  );
  const msg = readSurface.slice(readSurface.indexOf('MessageReadCommandSurface'), readSurface.indexOf('AppointmentAttendeeCommandSurface'));
  const labelOf = (resid: string) => new RegExp(`<bt:String id="${resid.replace(/\./g, '\\.')}" DefaultValue="([^"]*)"`).exec(readSurface)?.[1];

  it('carries every command of the product we replace, on the custom tab and in the default-tab group', () => {
    for (const c of COMMANDS) {
      expect(msg).toContain(`id="msg.tab.`);
      expect(msg).toMatch(new RegExp(`id="msg\\.tab\\.[A-Za-z]+(\\.More)?\\.${c.id}"`));
      expect(msg).toMatch(new RegExp(`id="msg\\.grp\\.[A-Za-z]+\\.${c.id}"`));
      expect(labelOf(`L.${c.id}`)).toBe(c.label);
    }
  });

  it('uses the exact group and menu labels', () => {
    expect(labelOf('G.Tab')).toBe('Autotask');
    expect(labelOf('G.Default')).toBe('Autotask');
    expect(labelOf('G.Autotask')).toBe('Autotask');
    expect(labelOf('G.More')).toBe('More');
    expect(labelOf('G.Create')).toBe('Create from email');
    expect(labelOf('G.Add')).toBe('Add to Autotask');
    expect(labelOf('M.CreateMore')).toBe('More');
    expect(labelOf('M.AddMore')).toBe('More');
  });

  it('puts Add to Autotask and the calendar commands on appointments, not Create from email', () => {
    const appt = readSurface.slice(readSurface.indexOf('AppointmentAttendeeCommandSurface'), readSurface.indexOf('MobileFormFactor'));
    for (const c of COMMANDS.filter((x) => x.menu === 'add')) expect(appt).toContain(`.${c.id}"`);
    expect(appt).toContain('.getCalendar"');
    expect(appt).toContain('.sendCalendar"');
    expect(appt).not.toContain('.createTicket"');
    expect(appt).not.toContain('.getContacts"');
    expect(appt).not.toContain('<SupportsPinning>');
  });

  it('gives mobile the essentials', () => {
    const mobile = readSurface.slice(readSurface.indexOf('<MobileFormFactor>'), readSurface.indexOf('</MobileFormFactor>'));
    expect(mobile).toContain('id="mob.createTicket"');
    expect(mobile).toContain('id="mob.createTicketNote"');
    expect(mobile).toContain('id="mob.addTicketTime"');
  });
});

describe('the deployment origin', () => {
  it('accepts an https origin and normalises it', () => {
    expect(normaliseOrigin('https://Outlook.Example.com')).toBe('https://outlook.example.com');
  });
  it.each(['http://outlook.example.com', 'https://outlook.example.com/addin', 'outlook.example.com', ''])('rejects %p with advice', (o) => {
    expect(() => normaliseOrigin(o)).toThrow(/--origin must/);
  });
});
