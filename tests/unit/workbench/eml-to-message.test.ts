import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmlParseError, emlToMessage } from '../../../src/workbench/mail/eml-to-message';
import { htmlToText } from '../../../src/workbench/mail/body-text';

const CORPUS = join(__dirname, '../../../../shared/corpus/emails');
const haveCorpus = existsSync(CORPUS);
const corpus = (name: string) => readFileSync(join(CORPUS, name));
const itCorpus = haveCorpus ? it : it.skip;

const SIMPLE = [
  'From: =?utf-8?B?SsO2cmcgTcO8bGxlcg==?= <joerg.mueller@mueller-baeckerei.de>',
  'To: Harborline IT Support <support@harborline-it.com>, Sam Rivera <sam.rivera@harborline-it.com>',
  'Cc: Team: a@example.com, b@example.com;',
  'Subject: =?utf-8?Q?Drucker_im_B=C3=BCro_druckt_nicht?=',
  'Date: Mon, 30 Nov 2026 07:05:44 +0100',
  'Message-ID: <abc@mueller-baeckerei.de>',
  'References: <root@x> <abc-1@x>',
  'X-Priority: 1',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Siehe Bild: <img src="cid:shot1@x"></p>',
  '--b1',
  'Content-Type: image/png',
  'Content-ID: <shot1@x>',
  'Content-Transfer-Encoding: base64',
  '',
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  '--b1--',
  '',
].join('\r\n');

describe('emlToMessage', () => {
  it('decodes encoded words, addresses, groups, importance and inline images', async () => {
    const m = await emlToMessage(SIMPLE, { id: 'eml-1', fileName: 'x.eml' });
    expect(m.subject).toBe('Drucker im Büro druckt nicht');
    expect(m.from).toEqual({ name: 'Jörg Müller', address: 'joerg.mueller@mueller-baeckerei.de' });
    expect(m.to.map((a) => a.address)).toEqual(['support@harborline-it.com', 'sam.rivera@harborline-it.com']);
    expect(m.cc.map((a) => a.address)).toEqual(['a@example.com', 'b@example.com']);
    expect(m.dateTimeCreated).toBe('2026-11-30T06:05:44.000Z');
    expect(m.internetMessageId).toBe('<abc@mueller-baeckerei.de>');
    expect(m.importance).toBe('high');
    expect(m.folder).toBe('opened');
    expect(m.attachments).toHaveLength(1);
    expect(m.attachments[0]).toMatchObject({ isInline: true, contentId: 'shot1@x', contentType: 'image/png', attachmentType: 'file', size: 70 });
    expect(m.attachments[0]!.content()[1]).toBe(0x50); // "P" of \x89PNG
    expect(m.internetHeaders).toMatch(/^From: .*\r\nTo: /);
    expect(m.warnings).toEqual([]);
  });

  it('keeps the conversation of a thread together (same References root)', async () => {
    const a = await emlToMessage(SIMPLE, { id: 'eml-1' });
    const b = await emlToMessage(SIMPLE.replace('Message-ID: <abc@', 'Message-ID: <def@'), { id: 'eml-2' });
    expect(a.conversationId).toBe(b.conversationId);
    expect(a.itemId).not.toBe(b.itemId);
  });

  it('copes with no subject, no sender, no date and no Message-ID', async () => {
    const m = await emlToMessage('To: sam.rivera@harborline-it.com\r\n\r\nhello', { id: 'eml-3', now: new Date('2026-11-30T12:00:00Z') });
    expect(m.subject).toBe('');
    expect(m.from).toBeNull();
    expect(m.dateTimeCreated).toBe('2026-11-30T12:00:00.000Z');
    expect(m.internetMessageId).toMatch(/^<workbench\..+@workbench\.invalid>$/);
    expect(m.text?.trim()).toBe('hello');
    expect(m.warnings.join(' ')).toMatch(/no sender/);
  });

  it.each([
    ['an empty file', '', 'EML_EMPTY'],
    ['plain prose', 'Dear Sam, this is just a text file.\nBye', 'EML_NOT_MESSAGE'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'EML_NOT_MESSAGE'],
    ['JSON', '{"from":"x"}', 'EML_NOT_MESSAGE'],
  ])('rejects %s with a clear error', async (_name, input, code) => {
    await expect(emlToMessage(input, { id: 'x' })).rejects.toMatchObject({ name: 'EmlParseError', code });
    await expect(emlToMessage(input, { id: 'x' })).rejects.toBeInstanceOf(EmlParseError);
  });

  describe('over the shared corpus', () => {
    const files: string[] = haveCorpus ? readdirSync(CORPUS).filter((f) => f.endsWith('.eml')) : ['(none)'];
    itCorpus.each(files)('%s opens without an error', async (f: string) => {
      const m = await emlToMessage(corpus(f), { id: f });
      expect(typeof m.subject).toBe('string');
      expect(m.html ?? m.text ?? '').toBeDefined();
    });

    itCorpus('html-inline-cid-images.eml: two inline images, no real attachments', async () => {
      const m = await emlToMessage(corpus('html-inline-cid-images.eml'), { id: 'c1' });
      expect(m.subject).toBe('Test message from Microsoft Outlook 00');
      expect(m.from).toEqual({ name: 'Doug Sauder', address: 'doug@example.com' });
      expect(m.attachments.filter((a) => a.isInline).map((a) => a.name)).toEqual(['blueball.png', 'redball.png']);
      expect(m.attachments.filter((a) => !a.isInline)).toHaveLength(0);
      expect(htmlToText(m.html!)).toContain('The Hare and the Tortoise');
    });

    itCorpus('plain-text-raw-8bit-latin1-headers.eml: undeclared Latin-1 subject falls back to Windows-1252', async () => {
      const m = await emlToMessage(corpus('plain-text-raw-8bit-latin1-headers.eml'), { id: 'c2' });
      expect(m.subject).toBe('Die Hasen und die Frösche (Microsoft Outlook 00)');
      expect(m.text).toContain('Die Hasen klagten einst über ihre mißliche Lage');
    });

    itCorpus('attachment-pdf-emoji-subject.eml: emoji subject and a PDF', async () => {
      const m = await emlToMessage(corpus('attachment-pdf-emoji-subject.eml'), { id: 'c3' });
      expect(m.subject).toBe('Another PDF with 🎉 Unicode chars in it 🍿');
      expect(m.attachments.map((a) => [a.name, a.contentType, a.isInline])).toEqual([['broken.pdf', 'application/pdf', false]]);
    });

    itCorpus('calendar-invitation-google.eml: the text/calendar alternative is not an attachment', async () => {
      const m = await emlToMessage(corpus('calendar-invitation-google.eml'), { id: 'c4' });
      expect(m.attachments.map((a) => a.name)).toEqual(['invite.ics']);
      expect(m.sender?.address).toBe('calendar-notification@google.com');
      expect(m.from?.address).toBe('andris@postalsys.com');
    });

    itCorpus('missing-subject-and-from-mhtml.eml: no subject, no sender, still a message', async () => {
      const m = await emlToMessage(corpus('missing-subject-and-from-mhtml.eml'), { id: 'c5' });
      expect(m.subject).toBe('');
      expect(m.from).toBeNull();
      expect(m.attachments[0]!.name).toBe('Untitled attachment 1.png');
    });

    itCorpus('html-only-responsive-newsletter-style.eml: a sender without an address and an invalid date', async () => {
      const m = await emlToMessage(corpus('html-only-responsive-newsletter-style.eml'), { id: 'c6', now: new Date('2026-11-30T00:00:00Z') });
      expect(m.from).toEqual({ name: '%FROM_ADDRESS%', address: '' });
      expect(m.dateTimeCreated).toBe('2026-11-30T00:00:00.000Z');
      expect(m.warnings.length).toBeGreaterThanOrEqual(2);
    });

    itCorpus('xss-meta-refresh-object-onerror.eml parses (sanitising is the preview\'s job)', async () => {
      const m = await emlToMessage(corpus('xss-meta-refresh-object-onerror.eml'), { id: 'c7' });
      expect(m.subject).toBe('test case 17');
      expect(htmlToText(m.html ?? m.text ?? '')).toContain('KABOOM!');
      expect(htmlToText(m.html ?? '')).not.toMatch(/alert\(1\)|http-equiv/);
    });
  });
});
