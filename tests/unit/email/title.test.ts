import { cutAtWord, formatDateTime, stripSubject, titleFromSubject, type TitleOptions } from '../../../src/addin/email/title';

const base: TitleOptions = {
  maxLength: 255, stripPrefixes: true, stripTags: true, target: 'ticket',
  date: new Date('2026-11-28T14:14:00Z'), now: new Date('2030-01-01T00:00:00Z'), locale: 'en-US', timeZone: 'America/New_York',
};

describe('stripSubject', () => {
  it.each([
    ['RE: Printer offline', 'Printer offline'],
    ['Re: RE: Fwd: FW: AW: WG: SV: VS: TR: Printer', 'Printer'],
    ['RE[2]: Re (3): Printer', 'Printer'],
    ['Ａw：Drucker'.replace('Ａ', 'A'), 'Drucker'],
    ['RE: [EXTERNAL] FW: *EXTERNAL* Printer [EXTERNAL]', 'Printer'],
    ['[External Sender] CAUTION: Invoice', 'Invoice'],
    ['[PHP-DEV] [RFC] Remove PHP 4 Constructors', '[PHP-DEV] [RFC] Remove PHP 4 Constructors'],
    ['Reply needed: Printer', 'Reply needed: Printer'],
    ['Revenue report', 'Revenue report'],
  ])('%s → %s', (subject, expected) => {
    expect(stripSubject(subject, true, true)).toBe(expected);
  });

  it('keeps prefixes but drops tags between them when only tags are stripped', () => {
    expect(stripSubject('RE: [EXTERNAL] FW: Printer', false, true)).toBe('RE: FW: Printer');
    expect(stripSubject('RE: [EXTERNAL] Printer', true, false)).toBe('[EXTERNAL] Printer');
  });
});

describe('titleFromSubject', () => {
  it('strips for tickets, keeps for notes when asked', () => {
    expect(titleFromSubject('RE: [EXTERNAL] Printer offline', base)).toEqual({ title: 'Printer offline', fromDate: false, cut: false });
    expect(titleFromSubject('RE: [EXTERNAL] Printer offline', { ...base, stripPrefixes: false, target: 'ticketNote' }).title).toBe('RE: Printer offline');
  });

  it('uses "New Ticket - <date time>" in the user locale and time zone for an empty subject', () => {
    expect(titleFromSubject('', base)).toEqual({ title: 'New Ticket - 11/28/2026 9:14 AM', fromDate: true, cut: false });
    expect(titleFromSubject('   RE:  ', base).title).toBe('New Ticket - 11/28/2026 9:14 AM');
    expect(titleFromSubject('', { ...base, target: 'taskNote' }).title).toBe('New Note - 11/28/2026 9:14 AM');
    expect(titleFromSubject('', { ...base, locale: 'de-DE', timeZone: 'Europe/Berlin' }).title).toMatch(/^New Ticket - 28\.11\.2026,? 15:14$/);
    expect(titleFromSubject('', { ...base, date: null }).title).toBe('New Ticket - 12/31/2029 7:00 PM');
  });

  it('cuts to the field at a word boundary with an ellipsis', () => {
    const subject = 'Printer offline on the second floor again '.repeat(10);
    const r = titleFromSubject(subject, { ...base, maxLength: 128 });
    expect(r.cut).toBe(true);
    expect(r.title.length).toBeLessThanOrEqual(128);
    expect(r.title).toMatch(/\S…$/);
    expect(subject.startsWith(r.title.slice(0, -1))).toBe(true);
  });

  it('collapses whitespace and control characters; keeps emoji and right-to-left text', () => {
    expect(titleFromSubject('Printer\t\r\n  offline\u0000 🖨️', base).title).toBe('Printer offline 🖨️');
    expect(titleFromSubject("מענה 'אני לא נמצא': Invoice 02722027", base).title).toBe("מענה 'אני לא נמצא': Invoice 02722027");
  });
});

describe('cutAtWord and formatDateTime', () => {
  it('never splits a surrogate pair', () => {
    const cut = cutAtWord('😀'.repeat(10), 6);
    expect(cut).toBe('😀😀…');
  });

  it('falls back to UTC for an unknown time zone', () => {
    expect(formatDateTime(new Date('2026-11-28T14:14:00Z'), 'en-US', 'Not/AZone')).toBe('11/28/2026 2:14 PM');
  });
});
