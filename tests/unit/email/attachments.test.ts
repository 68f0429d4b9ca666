import { planAttachments, sanitizeFileName, selectionBudget, type AttachmentInput } from '../../../src/addin/email/attachments';

const file = (id: string, name: string, size: number, contentType = 'application/pdf', extra: Partial<AttachmentInput> = {}): AttachmentInput => ({
  id, name, size, contentType, isInline: false, attachmentType: 'file', ...extra,
});

describe('sanitizeFileName', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['C:\\Users\\jordan\\Desktop\\report.pdf', 'report.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['invoice\u202efdp.exe', 'invoicefdp.exe'],
    ['a<b>c:d"e|f?g*.txt', 'a_b_c_d_e_f_g_.txt'],
    ['tab\tand\r\nnewline.txt', 'tab and newline.txt'],
    ['trailing dots... ', 'trailing dots'],
    ['CON.txt', '_CON.txt'],
    ['lpt1', '_lpt1'],
    ['사진.JPG', '사진.JPG'],
    ['🔥-report.txt', '🔥-report.txt'],
    ['', 'attachment'],
    ['...', 'attachment'],
  ])('%j → %j', (name, expected) => {
    expect(sanitizeFileName(name)).toBe(expected);
  });

  it('adds an extension from the content type to a missing name', () => {
    expect(sanitizeFileName('', 'image/png')).toBe('attachment.png');
  });

  it('caps the length at 255 keeping the extension', () => {
    const name = sanitizeFileName(`${'x'.repeat(300)}.docx`);
    expect(name).toHaveLength(255);
    expect(name.endsWith('.docx')).toBe(true);
    expect(sanitizeFileName(`${'😀'.repeat(200)}.txt`).length).toBeLessThanOrEqual(255);
  });
});

describe('planAttachments', () => {
  it('selects real files, lists inline images unselected', () => {
    const plan = planAttachments([file('1', 'a.pdf', 1000), file('2', 'image001.png', 500, 'image/png', { isInline: true })]);
    expect(plan.map((p) => [p.name, p.kind, p.selected, p.real])).toEqual([['a.pdf', 'file', true, true], ['image001.png', 'inline-image', false, false]]);
  });

  it('flags files over the per-file limit and unselects them with a reason', () => {
    const [big] = planAttachments([file('1', 'huge.iso', 6_291_457)]);
    expect(big).toMatchObject({ selected: false, flags: ['too-large'] });
    expect(big!.note).toMatch(/6,291,456/);
    expect(planAttachments([file('1', 'max.bin', 6_291_456)])[0]).toMatchObject({ selected: true, flags: [] });
  });

  it('keeps the default selection within 10,000,000 bytes and flags the rest', () => {
    const plan = planAttachments([file('1', 'a', 4_000_000), file('2', 'b', 4_000_000), file('3', 'c', 4_000_000), file('4', 'd', 1_500_000)]);
    expect(plan.map((p) => p.selected)).toEqual([true, true, false, true]);
    expect(plan[2]).toMatchObject({ flags: ['over-budget'], note: expect.stringMatching(/10,000,000/) });
    expect(plan.filter((p) => p.selected).reduce((s, p) => s + p.size, 0)).toBeLessThanOrEqual(10_000_000);
  });

  it('flags empty files', () => {
    expect(planAttachments([file('1', 'empty.txt', 0, 'text/plain')])[0]).toMatchObject({ selected: false, flags: ['empty'], real: true });
  });

  it('explains attached messages (as .eml where supported) and cloud files (a link)', () => {
    const items = [file('1', 'Re: quote', 20_000, 'message/rfc822', { attachmentType: 'item' }), file('2', 'Budget.xlsx', 0, '', { attachmentType: 'cloud' })];
    const unsupported = planAttachments(items);
    expect(unsupported[0]).toMatchObject({ kind: 'item', name: 'Re_ quote.eml', selected: false, selectable: false, flags: ['renamed', 'not-exportable'] });
    expect(unsupported[1]).toMatchObject({ kind: 'cloud', selected: false, selectable: false, real: true, note: expect.stringMatching(/link/) });
    expect(planAttachments(items, { itemsAsEml: true })[0]).toMatchObject({ selected: true, selectable: true, note: expect.stringMatching(/\.eml/) });
  });

  it('recognises winmail.dat, S/MIME signatures and encrypted parts, and calendar files', () => {
    const plan = planAttachments([
      file('1', 'winmail.dat', 9566, 'application/ms-tnef'),
      file('2', 'smime.p7s', 4234, 'application/pkcs7-signature'),
      file('3', 'smime.p7m', 4000, 'application/pkcs7-mime'),
      file('4', 'invite.ics', 1989, 'application/ics'),
      file('5', 'meeting', 800, 'text/calendar'),
    ]);
    expect(plan.map((p) => [p.kind, p.selected, p.real])).toEqual([
      ['tnef', false, true], ['signature', false, false], ['encrypted', false, false], ['calendar', true, true], ['calendar', true, true],
    ]);
    expect(plan[0]!.note).toMatch(/TNEF/);
    expect(plan[1]!.note).toMatch(/signature/);
  });

  it('adds the original message and the full text as generated files, counted in the budget', () => {
    const plan = planAttachments([file('1', 'a.pdf', 9_000_000)], { attachOriginal: true, originalSize: 2_000_000, baseName: 'Printer: offline?', fullTextBytes: 40_000 });
    expect(plan.map((p) => [p.id, p.name, p.selected])).toEqual([
      ['full-text', 'Printer_ offline_ (full text).txt', true],
      ['1', 'a.pdf', false],
      ['original-message', 'Printer_ offline_.eml', true],
    ]);
    expect(plan[1]!.flags).toContain('too-large');
    expect(planAttachments([], { attachOriginal: true })[0]).toMatchObject({ flags: ['size-estimated'] });
  });

  it('makes duplicate names unique', () => {
    expect(planAttachments([file('1', 'scan.pdf', 1), file('2', 'SCAN.pdf', 1), file('3', 'scan.pdf', 1)]).map((p) => p.name)).toEqual(['scan.pdf', 'SCAN (2).pdf', 'scan (3).pdf']);
  });

  it('selectionBudget re-checks a selection the user changed', () => {
    const plan = planAttachments([file('1', 'a', 6_000_000), file('2', 'b', 5_000_000), file('3', 'img.png', 100, 'image/png', { isInline: true })]);
    expect(selectionBudget(plan, ['1', '2', '3'])).toEqual({ totalBytes: 6_000_100, withinBudget: false, overBudgetIds: ['2'] });
  });
});
