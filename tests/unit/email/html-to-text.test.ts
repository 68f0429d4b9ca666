import { decodeEntities } from '../../../src/addin/email/entities';
import { htmlToText } from '../../../src/addin/email/html-to-text';
import { linkSuffix, meaningfulAlt, QUOTE_MARK } from '../../../src/addin/email/html-rules';
import { tokenize } from '../../../src/addin/email/html-tokenizer';
import { tidyText } from '../../../src/addin/email/plain-text';
import { largeHtmlMessage } from '../../fixtures/email/large-html';

describe('decodeEntities', () => {
  it.each([
    ['&amp; &lt; &gt; &quot; &apos; &nbsp;', '& < > " \' \u00a0'],
    ['&eacute;&szlig;&yuml;&Agrave;&euro;&hellip;&mdash;&trade;&rarr;&hearts;', 'éßÿÀ€…—™→♥'],
    ['&#233; &#x00E9; &#X1F600; &#128512;', 'é é 😀 😀'],
    ['&#150; &#146; &#128;', '– ’ €'],
    ['&#0; &#xD800; &#x110000;', '\ufffd \ufffd \ufffd'],
    ['&copy 2026 &ampfoo &notit;', '© 2026 &foo ¬it;'],
    ['&unknown; &ZeroWidthSpace; & alone', '&unknown; \u200b & alone'],
  ])('%s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it('leaves legacy names followed by "=" or a letter alone inside attributes', () => {
    expect(decodeEntities('?a=1&copy=2&copyright', true)).toBe('?a=1&copy=2&copyright');
    expect(decodeEntities('?a=1&amp;b=2', true)).toBe('?a=1&b=2');
  });
});

describe('tokenize', () => {
  const tokens = (html: string) => {
    const out: string[] = [];
    tokenize(html, {
      text: (t) => out.push(`T:${t}`),
      open: (n, a, s) => out.push(`O:${n}${[...a].map(([k, v]) => ` ${k}=${v}`).join('')}${s ? '/' : ''}`),
      close: (n) => out.push(`C:${n}`),
    });
    return out;
  };

  it('reads quoted, unquoted and valueless attributes, first duplicate wins', () => {
    expect(tokens('<A HREF="x>y" title=\'it\'s\' data-x=1 hidden href=dup>t</a>')).toEqual(["O:a href=x>y title=it s'= data-x=1 hidden=", 'T:t', 'C:a']);
  });

  it('keeps script and style content raw and skips comments, doctypes and Word markers', () => {
    expect(tokens('<!DOCTYPE html><!-- c --><script>if (a<b) x="</p>"</script><![if !supportLists]>1.<![endif]>')).toEqual([
      'O:script', 'T:if (a<b) x="</p>"', 'C:script', 'T:1.',
    ]);
  });

  it('treats a lone "<" as text and drops a tag cut off by the end of input', () => {
    expect(tokens('a < b <3 <p class="x')).toEqual(['T:a ', 'T:<', 'T: b ', 'T:<', 'T:3 ']);
  });

  it('an unclosed comment swallows the rest', () => {
    expect(tokens('a<!-- b <p>c')).toEqual(['T:a']);
  });
});

describe('htmlToText', () => {
  it('separates paragraphs by a blank line and keeps line breaks', () => {
    expect(htmlToText('<p>One<br>two</p><p>Three</p><div>Four</div><div>Five</div>')).toBe('One\ntwo\n\nThree\n\nFour\nFive');
  });

  it("reads Outlook's MsoNormal paragraphs as lines and their &nbsp; paragraphs as blank lines", () => {
    const html = '<p class=MsoNormal>Hi Sam,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Line one<o:p></o:p></p><p class=MsoNormal>Line two</p>';
    expect(htmlToText(html)).toBe('Hi Sam,\n\nLine one\nLine two');
  });

  it('turns Word list paragraphs with symbol bullets into "- " items', () => {
    const html = "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Restart<o:p></o:p></p>";
    expect(htmlToText(html)).toBe('- Restart');
  });

  it('writes lists with markers, numbering from start, nested lists indented', () => {
    const html = '<p>Steps:</p><ol start="3"><li>Open<li>Check<ul><li>logs</li><li>disk</li></ul></li></ol><ul><li>Last</li></ul>';
    expect(htmlToText(html)).toBe('Steps:\n\n3. Open\n4. Check\n   - logs\n   - disk\n- Last');
  });

  it('writes data tables one row per line and layout tables cell by cell', () => {
    expect(htmlToText('<table><tr><th>Drive</th><th>Free</th></tr><tr><td>C:</td><td>2 GB</td></tr><tr><td></td><td>&nbsp;</td></tr></table>')).toBe('Drive | Free\nC: | 2 GB');
    expect(htmlToText('<table><tr><td><p>Para one</p><p>Para two</p></td><td>Side</td></tr></table>')).toBe('Para one\n\nPara two\n\nSide');
  });

  it('writes links as "text (url)" except when the text is the URL, and never for mailto/tel/anchors/scripts', () => {
    expect(htmlToText('<a href="https://x.example/a">Portal</a>')).toBe('Portal (https://x.example/a)');
    expect(htmlToText('<a href="https://www.x.example/">x.example</a>')).toBe('x.example');
    expect(htmlToText('<a href="http://x.example/a">http://x.example/a</a>')).toBe('http://x.example/a');
    expect(htmlToText('Mail <a href="mailto:a@b.example">Ann</a>, call <a href="tel:+1555">+1 555</a>, <a href="#top">top</a>, <a href="javascript:alert(1)">run</a>')).toBe('Mail Ann, call +1 555, top, run');
    expect(htmlToText('<a href="https://x.example/img"><img src="cid:1" alt=""></a>after')).toBe('after');
    expect(htmlToText('<a href="https://x.example/b"><div>Block link</div></a>')).toBe('Block link (https://x.example/b)');
  });

  it('drops tracking pixels and images without a useful alt; keeps "[image: alt]"', () => {
    const html = '<p>A<img src="https://t.example/open.gif" width="1" height="1" alt="tracker">B<img src="x" style="width:0px;height:0px" alt="zero">' +
      '<img src="cid:logo" alt="image001.png"> <img src="x" alt="Sales chart Q3"> <img src="y" alt=" "></p>';
    expect(htmlToText(html)).toBe('AB [image: Sales chart Q3]');
    expect(meaningfulAlt('Logo')).toBeUndefined();
    expect(meaningfulAlt('Contoso logo')).toBe('Contoso logo');
  });

  it('drops head, scripts, styles, comments, templates, svg, objects and hidden elements', () => {
    const html = '<html><head><title>T</title><style>p{color:red}</style></head><body>' +
      '<script>alert(1)</script><!-- comment --><template>tpl</template><svg><text>svg</text></svg><object>obj</object>' +
      '<div hidden>h1</div><span style="display: none">h2</span><p style="mso-hide:all">h3</p><div style="visibility:hidden">h4</div>' +
      '<div style="max-height:0;overflow:hidden">preheader</div><input type="hidden" value="h5"><p>Shown</p></body></html>';
    expect(htmlToText(html)).toBe('Shown');
  });

  it('reads "<svg/>" and "<div/>" as empty elements, but "<script/>" still hides its content as browsers do', () => {
    expect(htmlToText('<p>a<svg viewBox="0 0 1 1"/>b</p><p>after</p>')).toBe('ab\n\nafter');
    expect(htmlToText('<script src=x />alert(1)</script><p>ok</p>')).toBe('ok');
  });

  it('ends an unclosed <head> at the first body content', () => {
    expect(htmlToText('<html><head><style>.a{}</style><p>Body text')).toBe('Body text');
  });

  it('decodes entities, turns &nbsp; into spaces and tidies whitespace', () => {
    expect(htmlToText('<p>  Caf&eacute;&nbsp;&nbsp;&amp;   bar  </p>\n\n\n<p>x&#x1F600;</p>')).toBe('Café & bar\n\nx😀');
  });

  it('keeps <pre> whitespace', () => {
    expect(htmlToText('<pre>\nline 1\n  indented\tand tab\n</pre><p>after</p>')).toBe('line 1\n  indented\tand tab\n\nafter');
  });

  it('quotes blockquotes with "> " (Gmail indent-only blockquotes are indented) and marks quoted history when asked', () => {
    expect(htmlToText('<p>Reply</p><blockquote>Quoted<br>two</blockquote>')).toBe('Reply\n\n> Quoted\n> two');
    expect(htmlToText('<blockquote><p>One</p><p>Two</p></blockquote>')).toBe('> One\n>\n> Two');
    expect(htmlToText('<blockquote style="margin:0 0 0 40px;border:none;padding:0px">Indented</blockquote>')).toBe('Indented');
    const marked = htmlToText('<p>New</p><div class="gmail_quote">On Mon, X wrote:<blockquote type="cite">old</blockquote></div>', { keepQuoteMarks: true });
    expect(marked.split('\n')).toContain(QUOTE_MARK);
    expect(htmlToText('<p>New</p><div id="divRplyFwdMsg">From: x</div>')).not.toContain(QUOTE_MARK);
  });

  it('never lets a QUOTE_MARK from the message itself through', () => {
    expect(htmlToText(`<p>a${QUOTE_MARK}b</p>`, { keepQuoteMarks: true })).toBe('ab');
  });

  it('survives broken HTML: unclosed and stray tags, unquoted attributes, a tag cut off at the end', () => {
    const html = '<p>First<p>Second <b>bold <i>both</b> italic</i></div></span></p></p><table><tr><td>a<td>b<tr><td>c</table><ul><li>x<li>y</ul>tail <a href=https://e.example/?a=1&amp;b=2>link</a> <p class="cut';
    expect(htmlToText(html)).toBe('First\n\nSecond bold both italic\n\na | b\nc\n- x\n- y\ntail link (https://e.example/?a=1&b=2)');
  });

  it('keeps right-to-left text, bidi marks and emoji sequences intact', () => {
    const text = htmlToText('<p dir="rtl">שלום עולם \u200fמרחבא</p><p>👩‍💻 👍🏽 🇩🇪</p>');
    expect(text).toBe('שלום עולם \u200fמרחבא\n\n👩‍💻 👍🏽 🇩🇪');
  });

  it('converts a 1 MB message without hanging and keeps its text', () => {
    const html = largeHtmlMessage();
    expect(html.length).toBeGreaterThan(1_000_000);
    const text = htmlToText(html);
    expect(text).toContain('Kind regards,\nJordan Miller');
    expect(text).toContain('Time | Source | Event | Message');
    expect(text).not.toMatch(/panose|MsoNormal|preheader|tracker\.example|shapedefaults/);
  });

  it.each([
    ['deep nesting', '<div>'.repeat(200_000) + 'deep' + '</span>'.repeat(200_000)],
    ['stray end tags', '<b>' + '<td>x'.repeat(50_000) + '</b></i>'.repeat(50_000)],
    ['many comments', '<!-- a -->x'.repeat(100_000)],
    ['unclosed quotes', '<a href="'.repeat(100_000)],
    ['many entities', '&amp;&#233;&nosuch;'.repeat(100_000)],
  ])('stays linear on hostile input: %s', (_name, html) => {
    expect(typeof htmlToText(html)).toBe('string');
  });
});

describe('linkSuffix and tidyText', () => {
  it('adds nothing for non-web links or when the URL is visible', () => {
    expect(linkSuffix('ftp://f.example/file', 'file')).toBe(' (ftp://f.example/file)');
    expect(linkSuffix('/relative', 'rel')).toBe('');
    expect(linkSuffix('https://a.example/x', 'see https://a.example/x now')).toBe('');
  });

  it('maps C1 controls to Windows-1252, removes zero-width and control characters, collapses blank lines', () => {
    expect(tidyText('\u0093Hi\u0094 \u0080 5\u200b\u00ad\r\n\r\n\r\n\r\nx \t\n\u0007y')).toBe('“Hi” € 5\n\nx\ny');
  });
});
