import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MailboxItemSummary } from '../../../src/addin/office/mailbox-item';
import { MAP_TARGETS, TARGET_FIELDS } from '../../../src/addin/email/field-limits';
import { mapMessage, type MailItemInput, type MapInput } from '../../../src/addin/email/map-message';
import { matchSender } from '../../../src/addin/email/sender-match';
import { largeHtmlMessage } from '../../fixtures/email/large-html';
import { FIXTURES_DIR, loadMessage } from './corpus-input';
import { InMemorySenderDirectory } from './fakes/in-memory-sender-directory';

const fixture = async (name: string) => (await loadMessage(readFileSync(join(FIXTURES_DIR, name)), name)).input;
const codes = (r: { warnings: { code: string }[] }) => r.warnings.map((w) => w.code);

const item = (over: Partial<MailItemInput> = {}): MailItemInput => ({
  subject: 'Printer offline',
  from: { name: 'Jordan Miller', address: 'jordan.miller@contoso.com' },
  dateTimeCreated: new Date('2026-11-28T14:14:00Z'),
  internetMessageId: '<abc@contoso.com>',
  attachments: [],
  ...over,
});

describe('mapMessage: the item summary the pane reads', () => {
  it('accepts MailboxItemSummary as it is', () => {
    const summary: MailboxItemSummary = {
      itemType: 'message', subject: 'RE: Printer', from: { name: 'Jordan Miller', address: 'jordan.miller@contoso.com' }, to: [], cc: [],
      dateTimeCreated: new Date('2026-11-28T14:14:00Z'), internetMessageId: '<abc@contoso.com>', conversationId: null,
      attachments: [{ id: 'AAMk1', name: 'scan.pdf', size: 1000, contentType: 'application/pdf', isInline: false }],
    };
    const r = mapMessage({ item: summary, body: { html: '<p>Hello</p>' } }, { target: 'ticket' });
    expect(r).toMatchObject({ title: 'Printer', description: 'Hello', entity: 'Tickets', titleField: 'title', textField: 'description', bodySource: 'html' });
    expect(r.attachments).toMatchObject([{ id: 'AAMk1', name: 'scan.pdf', selected: true }]);
    expect(r.externalId).toMatch(/^olk:/);
  });

  it.each(MAP_TARGETS.map((t) => [t]))('%s: fields and limits of the target', (target) => {
    const r = mapMessage({ item: item(), body: { text: 'x'.repeat(40_000) } }, { target });
    const f = TARGET_FIELDS[target];
    expect(r.description.length).toBeLessThanOrEqual(f.textMax);
    expect(r.truncated).toMatchObject({ originalLength: 40_000 });
    expect(r.entity).toBe(f.entity);
  });
});

describe('mapMessage: body', () => {
  it('prefers the HTML part, falls back to text when the HTML has no text, and warns on no body', () => {
    expect(mapMessage({ item: item(), body: { html: '<p>From HTML</p>', text: 'From text' } }, { target: 'ticket' })).toMatchObject({ description: 'From HTML', bodySource: 'html' });
    expect(mapMessage({ item: item(), body: { html: '<div dir="ltr"><br></div>', text: 'From text' } }, { target: 'ticket' })).toMatchObject({ description: 'From text', bodySource: 'text' });
    const none = mapMessage({ item: item(), body: { html: '<div dir="ltr"><br></div>' } }, { target: 'ticket' });
    expect(none).toMatchObject({ description: '', bodySource: 'none' });
    expect(codes(none)).toContain('EMPTY_BODY');
  });

  it('never prefers a "use an HTML mail program" text alternative, even for an invitation', () => {
    const r = mapMessage({ item: item({ attachments: [{ id: '1', name: 'invite.ics', size: 10, contentType: 'text/calendar', isInline: false }] }), body: { html: '<p>Agenda</p>', text: 'This is an HTML message. Please use an HTML capable mail program to read this message.' } }, { target: 'ticket' });
    expect(r.description).toBe('Agenda');
  });

  it('cuts a long text at a sentence, plans the full text as a .txt and warns', () => {
    const text = 'The backup failed again. '.repeat(400);
    const r = mapMessage({ item: item(), body: { text } }, { target: 'ticket' });
    expect(r.description.length).toBeLessThanOrEqual(8000);
    expect(r.description).toMatch(/failed again\.\n\n\[Shortened to fit Autotask's 8,000 characters; the full text is attached as a \.txt file\.\]$/);
    expect(r.truncated).toEqual({ originalLength: text.trim().length, keptLength: expect.any(Number) });
    expect(r.attachments[0]).toMatchObject({ id: 'full-text', kind: 'full-text', name: 'Printer offline (full text).txt', selected: true, size: text.trim().length });
    expect(r.warnings.find((w) => w.code === 'DESCRIPTION_TRUNCATED')?.message).toMatch(/fit in Autotask\. The full text is attached as "Printer offline \(full text\)\.txt"\.$/);
  });

  it('maps a 1 MB HTML message parsed from an .eml end to end', async () => {
    const eml = [
      'From: Jordan Miller <jordan.miller@contoso.com>', 'To: support@harborline-it.com', 'Subject: RE: Backup failures on FS01 [T20261128.0042]',
      'Date: Sat, 28 Nov 2026 09:14:00 -0500', 'Message-ID: <large-1@contoso.com>', 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', largeHtmlMessage(),
    ].join('\r\n');
    const { input } = await loadMessage(new TextEncoder().encode(eml), 'large');
    const r = mapMessage(input, { target: 'ticket' });
    expect(r.title).toBe('Backup failures on FS01 [T20261128.0042]');
    expect(r.description.length).toBeLessThanOrEqual(8000);
    expect(r.truncated).not.toBeNull();
    expect(r.attachments.map((a) => a.kind)).toEqual(['full-text']);
  });

  it('maps a 1 MB HTML message (no timing assertion: it must simply finish)', () => {
    const r = mapMessage({ item: item(), body: { html: largeHtmlMessage() } }, { target: 'ticketNote', trimQuoted: false });
    expect(r.description.length).toBeLessThanOrEqual(32_000);
    expect(r.truncated!.originalLength).toBeGreaterThan(32_000);
    const trimmed = mapMessage({ item: item(), body: { html: largeHtmlMessage() } }, { target: 'ticketNote', trimQuoted: true });
    expect(trimmed.quoteTrimmed).toBe(true);
    expect(trimmed.description).toContain('Kind regards,\nJordan Miller\nContoso Ltd.');
    expect(trimmed.description).not.toContain('From: Alex Chen');
  });

  it('adds cloud attachment links to the description, within the limit', () => {
    const r = mapMessage({
      item: item({ attachments: [{ id: 'c1', name: 'Budget.xlsx', size: 0, contentType: '', isInline: false, attachmentType: 'cloud', url: 'https://contoso.sharepoint.com/b.xlsx' }, { id: 'c2', name: 'Plan.docx', size: 0, contentType: '', isInline: false, attachmentType: 'cloud' }] }),
      body: { text: 'y '.repeat(5000) },
    }, { target: 'ticket' });
    expect(r.description.length).toBeLessThanOrEqual(8000);
    expect(r.description.endsWith('Cloud attachments:\n- Budget.xlsx (https://contoso.sharepoint.com/b.xlsx)\n- Plan.docx (link in the original message)')).toBe(true);
    expect(codes(r).filter((c) => c === 'ATTACHMENT_CLOUD_LINK')).toHaveLength(2);
  });
});

describe('mapMessage: MSP fixtures', () => {
  it('Outlook reply from a customer: clean title, Word list, link, inline logo unselected, screenshot selected, history trimmed for the note', async () => {
    const input = await fixture('msp-outlook-reply-external.eml');
    const ticket = mapMessage(input, { target: 'ticket', trimQuoted: true });
    expect(ticket.title).toBe('Printer offline [T20261128.0042]');
    expect(ticket.description).toBe([
      'Hi Sam,', '', 'The printer on the 2nd floor is offline again – nobody in Accounting can print.', 'What we tried:',
      '- Restarted the printer', '- Cleared the queue on PRINT01 (https://print01.contoso.local/queue)', '', 'Screenshot attached.', '',
      'Thanks,', 'Jordan Miller', 'Contoso Ltd.', '[image: Contoso]',
    ].join('\n'));
    expect(ticket.attachments.map((a) => [a.name, a.kind, a.selected])).toEqual([['image001.png', 'inline-image', false], ['printer-error.png', 'file', true]]);
    const note = mapMessage(input, { target: 'ticketNote' });
    expect(note.title).toBe('RE: Printer offline [T20261128.0042]');
    expect(note.quoteTrimmed).toBe(true);
    expect(note.senderQuery).toMatchObject({ ok: true, ticketNumbers: ['T20261128.0042'] });
    const untrimmed = mapMessage(input, { target: 'ticket' });
    expect(untrimmed.description).toContain('Subject: Printer offline [T20261128.0042]');
  });

  it('Outlook reply: the sender decision for a note finds the ticket and the contact', async () => {
    const input = await fixture('msp-outlook-reply-external.eml');
    const note = mapMessage(input, { target: 'ticketNote' });
    const dir = new InMemorySenderDirectory({
      contacts: [{ id: 31, firstName: 'Jordan', lastName: 'Miller', emailAddress: 'jordan.miller@contoso.com', companyID: 10, companyName: 'Contoso' }],
      tickets: [{ id: 900, ticketNumber: 'T20261128.0042', companyID: 10 }],
    });
    expect(await matchSender(note.senderQuery, dir)).toMatchObject({ kind: 'contact', contact: { id: 31 }, tickets: { found: [{ id: 900 }] } });
  });

  it('Gmail reply from a public domain: trimmed at gmail_quote, tel: link without noise, "Last, First" proposal', async () => {
    const input = await fixture('msp-gmail-reply-public-domain.eml');
    const r = mapMessage(input, { target: 'ticketNote' });
    expect(r.description).toBe("Hello,\n\nMy laptop won't connect to the office Wi-Fi since yesterday. Could someone call me at +1 555 0123?\n\nBest,\nMaria");
    expect(r.senderQuery).toMatchObject({ ok: true, publicDomain: true, proposal: { firstName: 'Maria', lastName: 'Garcia' } });
  });

  it('monitoring alert: tables, numbered and nested lists, bare URL', async () => {
    const r = mapMessage(await fixture('msp-monitoring-alert-table.eml'), { target: 'ticket' });
    expect(r.title).toBe('[ALERT] FS01 disk space low');
    expect(r.description).toBe([
      'Alert: Disk space low', '', 'Device FS01 reported the following:', '', 'Drive | Free | Threshold', 'C: | 2.1 GB | 5 GB', 'D: | 812 MB | 10 GB',
      '3. Check the shadow copies', '4. Clear the temp folder', '   1. C:\\Windows\\Temp', '', 'https://rmm.example.net/device/FS01',
    ].join('\n'));
  });

  it('no subject: the date title in the user time zone', async () => {
    const r = mapMessage(await fixture('bad-no-subject.eml'), { target: 'ticket', locale: 'en-US', timeZone: 'America/New_York' });
    expect(r.title).toBe('New Ticket - 11/28/2026 9:14 AM');
    expect(codes(r)).toContain('TITLE_FROM_DATE');
  });

  it('no sender and a malformed sender: warnings, no lookup request', async () => {
    const none = mapMessage(await fixture('bad-no-sender.eml'), { target: 'ticket' });
    expect(none.senderQuery).toMatchObject({ ok: false, problem: 'no-sender' });
    expect(codes(none)).toContain('NO_SENDER');
    const bad = mapMessage(await fixture('bad-malformed-sender.eml'), { target: 'ticket' });
    expect(bad.senderQuery).toMatchObject({ ok: false, problem: 'malformed-address' });
    expect(codes(bad)).toContain('SENDER_MALFORMED');
  });

  it('broken HTML still gives readable text', async () => {
    const r = mapMessage(await fixture('bad-broken-html.eml'), { target: 'ticket' });
    expect(r.description).toBe([
      'First paragraph', '', 'Second bold both italic?', '', 'unclosed span', 'nested div', '', 'cell one | cell two', 'row two', '- one', '- two',
      'unquoted link (https://example.com/unquoted?x=1&y=2) © 2026 &unknown; 😀 😀 – &amp; a < b Last line',
    ].join('\n'));
  });

  it('scripts and event handlers never reach the text', async () => {
    const r = mapMessage(await fixture('bad-scripts-and-handlers.eml'), { target: 'ticket' });
    expect(r.description).toContain('Visible text before.');
    expect(r.description).toContain('Visible text after.');
    expect(r.description).toContain('safe link (https://example.com/safe)');
    expect(r.description).not.toMatch(/alert|document\.cookie|evil\.example|secret-value|background|expression/);
  });

  it('right-to-left body and subject', async () => {
    const r = mapMessage(await fixture('rtl-arabic-hebrew-body.eml'), { target: 'ticket' });
    expect(r.title).toBe('תקלה بالطابعة');
    expect(r.description).toBe('مرحبا، الطابعة لا تعمل.\n\nשלום, המדפסת לא עובדת.\n\nTicket \u200fT20261128.0042\u200f');
    expect(r.senderQuery).toMatchObject({ ok: true, proposal: { firstName: 'דנה', lastName: 'כהן' } });
  });

  it('emoji in subject, name, body and file name', async () => {
    const r = mapMessage(await fixture('emoji-everywhere.eml'), { target: 'ticket' });
    expect(r.title).toBe('🚨 Urgent: 🔥 in the server room');
    expect(r.description).toBe('Server room is on fire 🔥🔥 — 👩‍💻 on it, 👍🏽 from 🇩🇪.');
    expect(r.attachments.map((a) => a.name)).toEqual(['🔥-report.txt']);
  });

  it.each([
    ['windows-1251', 'Принтер не работает', 'Russian: Принтер не работает'],
    ['iso-8859-2', 'Drukarka nie działa, prośbę o pomoc', 'Polish: Drukarka nie działa, prośbę o pomoc'],
    ['shift_jis', 'プリンターが動きません', 'Japanese: プリンターが動きません'],
    ['euc-kr', '프린터가 작동하지 않습니다', 'Korean: 프린터가 작동하지 않습니다'],
    ['gb18030', '打印机不工作', 'Chinese: 打印机不工作'],
    ['windows-1252', '“It’s broken” – costs €50…', 'Smart quotes: “It’s broken” – costs €50…'],
    ['iso-8859-15', 'Rechnung über 120 €', 'Euro: Rechnung über 120 €'],
    ['koi8-r', 'Сервер недоступен', 'Russian KOI8: Сервер недоступен'],
  ])('charset %s', async (cs, title, description) => {
    const r = mapMessage(await fixture(`charset-${cs}.eml`), { target: 'ticket' });
    expect(r.title).toBe(title);
    expect(r.description).toBe(description);
  });

  it('odd, empty and dangerous attachment names', async () => {
    const r = mapMessage(await fixture('attachments-odd-names.eml'), { target: 'ticket' });
    const names = r.attachments.map((a) => a.name);
    expect(names.slice(0, 4)).toEqual(['empty.txt', 'passwd', '_CON.txt', 'invoicefdp.exe']);
    expect(names[4]!.length).toBeLessThanOrEqual(255);
    expect(names[4]!.endsWith('.pdf')).toBe(true);
    expect(names[5]).toBe('tab and_colon_.txt');
    expect(r.attachments[0]).toMatchObject({ selected: false, flags: ['empty'] });
    expect(codes(r)).toContain('ATTACHMENT_EMPTY');
  });

  it('huge attachments and the 5-minute budget, from the item list', () => {
    const att = (id: string, size: number) => ({ id, name: `${id}.bin`, size, contentType: 'application/octet-stream', isInline: false });
    const r = mapMessage({ item: item({ attachments: [att('a', 7_000_000), att('b', 6_000_000), att('c', 5_000_000)] }), body: { text: 'x' } }, { target: 'ticket' });
    expect(r.attachments.map((a) => [a.id, a.selected, a.flags])).toEqual([['a', false, ['too-large']], ['b', true, []], ['c', false, ['over-budget']]]);
    expect(codes(r)).toEqual(expect.arrayContaining(['ATTACHMENT_TOO_LARGE', 'ATTACHMENT_OVER_BUDGET']));
  });

  it('winmail.dat is listed, explained and not selected', async () => {
    const r = mapMessage(await fixture('winmail-dat.eml'), { target: 'ticket' });
    expect(r.attachments).toMatchObject([{ name: 'winmail.dat', kind: 'tnef', selected: false, real: true }]);
    expect(codes(r)).toContain('ATTACHMENT_TNEF');
  });

  it('calendar invitation: the text alternative (with the event name) and the .ics', async () => {
    const r = mapMessage(await fixture('calendar-invite-outlook.eml'), { target: 'ticket' });
    expect(r.description).toBe('Firewall migration\nWhen: Tuesday, December 1, 2026 10:00 AM\nWhere: Microsoft Teams');
    expect(r.attachments.map((a) => [a.name, a.kind, a.selected])).toEqual([['invite.ics', 'calendar', true]]);
  });

  it('S/MIME signed: the signature is explained, not counted, not selected', async () => {
    const r = mapMessage(await fixture('smime-signed.eml'), { target: 'ticket' });
    expect(r.description).toBe('Please reset my MFA token.');
    expect(r.attachments.map((a) => [a.name, a.kind, a.selected, a.real])).toEqual([['form.pdf', 'file', true, true], ['smime.p7s', 'signature', false, false]]);
  });

  it('the original message as .eml on request, and the ticket externalID', async () => {
    const input: MapInput = await fixture('msp-outlook-reply-external.eml');
    const r = mapMessage(input, { target: 'ticket', attachOriginal: true, originalSize: 5322 });
    expect(r.attachments[r.attachments.length - 1]).toMatchObject({ id: 'original-message', name: 'Printer offline [T20261128.0042].eml', size: 5322, selected: true });
    expect(r.externalId).toMatch(/^olk:[A-Za-z0-9_-]{40}$/);
    const noId = mapMessage({ item: item({ internetMessageId: null }), body: { text: 'x' } }, { target: 'ticket' });
    expect(noId.externalId).toBeNull();
    expect(codes(noId)).toContain('NO_MESSAGE_ID');
  });
});
