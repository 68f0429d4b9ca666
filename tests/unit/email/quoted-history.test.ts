import { QUOTE_MARK } from '../../../src/addin/email/html-rules';
import { htmlToText } from '../../../src/addin/email/html-to-text';
import { stripQuoteMarks, trimQuotedHistory } from '../../../src/addin/email/quoted-history';

describe('trimQuotedHistory', () => {
  it.each([
    ['Outlook header block', 'Thanks, fixed.\n\nFrom: Sam Rivera <sam@x.example>\nSent: Friday, November 27, 2026 4:02 PM\nTo: Jordan\nSubject: RE: Printer\n\nOld text', 'header-block'],
    ['Outlook block after an underscore rule', 'Done.\n\n________________________________\nFrom: Sam\nSent: Friday\nTo: Jordan\nSubject: Printer\n\nOld', 'header-block'],
    ['German Outlook block', 'Erledigt.\n\nVon: Sam\nGesendet: Freitag, 27. November 2026 16:02\nAn: Jordan\nBetreff: Drucker\n\nAlt', 'header-block'],
    ['French Outlook block', 'Merci.\n\nDe : Sam\nEnvoyé : vendredi 27 novembre 2026 16:02\nÀ : Jordan\nObjet : Imprimante\n\nAncien', 'header-block'],
    ['-----Original Message-----', 'See below.\n\n-----Original Message-----\nFrom: a\nold', 'original-message'],
    ['German original message', 'Siehe unten.\n-----Ursprüngliche Nachricht-----\nalt', 'original-message'],
    ['On … wrote:', 'Works now.\n\nOn Fri, Nov 27, 2026 at 4:02 PM Sam Rivera <sam@x.example> wrote:\n> old', 'on-wrote'],
    ['On … wrote: wrapped over two lines', 'Works now.\n\nOn Fri, Nov 27, 2026 at 4:02 PM Sam Rivera <\nsam@x.example> wrote:\n\n> old', 'on-wrote'],
    ['Apple forward', 'FYI\n\nBegin forwarded message:\n\nFrom: x', 'forwarded'],
    ['Gmail forward', 'FYI\n\n---------- Forwarded message ---------\nFrom: x', 'forwarded'],
    ['French "a écrit"', 'Merci.\n\nLe ven. 27 nov. 2026 à 16:02, Sam <sam@x.example> a écrit :\n> vieux', 'on-wrote'],
    ['">" quoted lines', 'My answer.\n\n> their question\n> more', 'quoted-lines'],
    ['html quote mark', `New text\n${QUOTE_MARK}\nOn … wrote`, 'html-quote'],
  ])('%s: keeps only the text above', (_name, text, marker) => {
    const r = trimQuotedHistory(text);
    expect(r).toMatchObject({ trimmed: true, marker });
    expect(r.text).toBe(text.split('\n')[0]);
  });

  it('returns the text unchanged when there is no history', () => {
    expect(trimQuotedHistory('Just a message.\nFrom the team: thanks!')).toEqual({ text: 'Just a message.\nFrom the team: thanks!', trimmed: false });
  });

  it('keeps a plain forward whole (nothing above the marker) and says so', () => {
    const text = '-----Original Message-----\nFrom: Customer\nThe server is down.';
    expect(trimQuotedHistory(text)).toEqual({ text, trimmed: false, marker: 'original-message', keptWhole: true });
  });

  it('keeps the reply of a bottom-posted message', () => {
    const text = 'On Mon, 1 Dec 2026, Ann <ann@x.example> wrote:\n> Is it fixed?\n> Thanks\n\nYes, fixed this morning.';
    expect(trimQuotedHistory(text)).toMatchObject({ text: 'Yes, fixed this morning.', trimmed: true });
  });

  it('works on converted Outlook and Gmail HTML', () => {
    const outlook = '<p class=MsoNormal>New reply</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal><b>From:</b> Sam<br><b>Sent:</b> Friday<br><b>To:</b> Jordan<br><b>Subject:</b> x</p></div><p>old</p>';
    expect(trimQuotedHistory(htmlToText(outlook, { keepQuoteMarks: true })).text).toBe('New reply');
    const gmail = '<div dir="ltr">Thanks!</div><br><div class="gmail_quote"><div class="gmail_attr">On Fri wrote:<br></div><blockquote class="gmail_quote">old</blockquote></div>';
    expect(trimQuotedHistory(htmlToText(gmail, { keepQuoteMarks: true })).text).toBe('Thanks!');
    const owa = '<div>Short answer</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> Sam</div><div>old</div>';
    expect(trimQuotedHistory(htmlToText(owa, { keepQuoteMarks: true })).text).toBe('Short answer');
  });

  it('stripQuoteMarks removes the marks only', () => {
    expect(stripQuoteMarks(`a\n${QUOTE_MARK}\nb`)).toBe('a\nb');
  });
});
