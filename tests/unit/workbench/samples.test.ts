import { crc32 } from '../../../src/workbench/model/bytes';
import { SAMPLE_IDS, sampleMessages } from '../../../src/workbench/samples';
import { PEOPLE } from '../../../src/workbench/samples/messages';

const messages = sampleMessages();
const byId = (id: string) => messages.find((m) => m.id === id)!;

describe('sample mailbox', () => {
  it('has about ten messages with unique ids, item ids and message ids, newest first', () => {
    expect(messages.length).toBeGreaterThanOrEqual(9);
    for (const key of ['id', 'itemId', 'internetMessageId'] as const) {
      expect(new Set(messages.map((m) => m[key])).size).toBe(messages.length);
    }
    const dates = messages.map((m) => m.dateTimeCreated);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(SAMPLE_IDS).toEqual(expect.arrayContaining(['printer-scan', 'vpn-reply', 'disk-alert', 'no-subject']));
  });

  it('dates every message in late November 2026', () => {
    for (const m of messages) expect(m.dateTimeCreated >= '2026-11-20' && m.dateTimeCreated < '2026-12-01').toBe(true);
  });

  it('uses the sandbox tenant contacts exactly', () => {
    expect(byId('printer-scan').from).toEqual(PEOPLE.maria);
    expect(byId('vpn-reply').from).toEqual({ name: 'Tom Becker', address: 'tom.becker@fabrikamlogistics.com' });
    expect(byId('german-printer').from).toEqual({ name: 'Jörg Müller', address: 'joerg.mueller@mueller-baeckerei.de' });
    expect(byId('unknown-sender').from?.address).toBe('kevin.oduya@northpeak-ventures.com');
  });

  it('threads the VPN messages into one conversation with the ticket number in the subject', () => {
    expect(byId('vpn-reply').subject).toContain('[T20261128.0001]');
    expect(byId('vpn-reply').conversationId).toBe(byId('large-attachment').conversationId);
    expect(byId('vpn-reply').text).toMatch(/^From: Sam Rivera .*\nSent: .*\nTo: .*\nCc: .*\nSubject: /m);
    expect(byId('vpn-reply').text).toMatch(/^> /m);
  });

  it('carries a real PDF and a real PNG', () => {
    const pdf = byId('printer-scan').attachments[0]!.content();
    expect(new TextDecoder().decode(pdf.slice(0, 8))).toBe('%PDF-1.4');
    expect(new TextDecoder().decode(pdf.slice(-6))).toBe('%%EOF\n');
    const png = byId('inline-screenshot').attachments[0]!;
    expect(png.isInline).toBe(true);
    expect(Array.from(png.content().slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(byId('inline-screenshot').html).toContain(`cid:${png.contentId}`);
  });

  it('builds the ~8 MB log archive deterministically, with the advertised size and valid CRCs', () => {
    const a = byId('large-attachment').attachments[0]!;
    expect(a.size).toBeGreaterThan(7_900_000);
    const zip = a.content();
    expect(zip.length).toBe(a.size);
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const nameLen = view.getUint16(26, true);
    const size = view.getUint32(18, true);
    expect(crc32(zip.subarray(30 + nameLen, 30 + nameLen + size))).toBe(view.getUint32(14, true));
    expect(sampleMessages().find((m) => m.id === 'large-attachment')!.attachments[0]!.content()).toEqual(zip);
  });

  it('writes internet headers with the non-ASCII subject as an encoded word', () => {
    const h = byId('german-printer').internetHeaders;
    expect(h).toMatch(/^Subject: =\?utf-8\?B\?[A-Za-z0-9+/=]+\?=\r$/m);
    expect(h).toMatch(/^Date: Mon, 30 Nov 2026 07:05:44 \+0100\r$/m);
    expect(byId('no-subject').internetHeaders).not.toMatch(/^Subject:/m);
  });
});
