import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeStyle, sanitizeHtml } from '../../../src/addin/email/sanitize-html';
import { FIXTURES_DIR, loadMessage } from './corpus-input';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

describe('sanitizeHtml', () => {
  it('keeps allowed markup and text, escaped', () => {
    const r = sanitizeHtml('<p align="center" class="x" id="y">Hi <b>there</b> &lt;script&gt; &amp; "q"</p><table border=1><tr><td colspan=2>c</td></tr></table>');
    expect(r.html).toBe('<p align="center">Hi <b>there</b> &lt;script&gt; &amp; &quot;q&quot;</p><table border="1"><tr><td colspan="2">c</td></tr></table>');
  });

  it('removes scripts, styles, frames, objects, forms, meta refresh, base and their content', () => {
    const html = '<head><meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><style>body{}</style></head>' +
      '<script>alert(1)</script><iframe src="https://evil.example">x</iframe><object data="x">o</object><embed src="x"><applet>a</applet>' +
      '<form action="https://evil.example"><input value="secret"><button>go</button></form><svg onload="alert(2)"><script>alert(3)</script></svg><p>ok</p>';
    expect(sanitizeHtml(html).html).toBe('<p>ok</p>');
  });

  it('drops event handlers, ids, classes and unsafe URLs; links open in a new tab without referrer', () => {
    const r = sanitizeHtml('<a href="https://ok.example/" onclick="x()" id="i">ok</a><a href="javascript:alert(1)">js</a><a href="JaVa\tScRiPt:alert(2)">js2</a><a href="data:text/html,x">data</a><a href="mailto:a@b.example">mail</a><div onmouseover="x()">d</div>');
    expect(r.html).toBe('<a href="https://ok.example/" target="_blank" rel="noopener noreferrer nofollow">ok</a><a>js</a><a>js2</a><a>data</a><a href="mailto:a@b.example" target="_blank" rel="noopener noreferrer nofollow">mail</a><div>d</div>');
  });

  it('keeps only harmless style declarations', () => {
    expect(safeStyle('color:red; background:url(https://x.example/a.png); width:expression(alert(1)); position:fixed; font-size:12px; behavior:url(x.htc); x:\\75rl(a)')).toBe('color:red; font-size:12px');
  });

  it('replaces remote images with a placeholder, drops tracking pixels, maps cid: through the resolver', () => {
    const r = sanitizeHtml('<img src="https://t.example/p.gif" width=1 height=1><img src="https://x.example/photo.jpg" alt="Team photo" onerror="alert(1)"><img src="cid:logo@x" alt="Logo" width="120"><img src="cid:missing"><img src="' + PNG + '">', {
      resolveCid: (id) => (id === 'logo@x' ? PNG : undefined),
    });
    expect(r.trackingPixels).toBe(1);
    expect(r.blockedImages).toBe(2);
    expect(r.html).toContain('<span class="olk-blocked-image" title="Image not loaded">[Team photo]</span>');
    expect(r.html).toContain(`<img src="${PNG}" alt="Logo" width="120">`);
    expect(r.html).not.toContain('https://');
    expect(r.html).not.toContain('onerror');
  });

  it('never accepts a resolver URL that is not a data image or blob', () => {
    expect(sanitizeHtml('<img src="cid:a">', { resolveCid: () => 'javascript:alert(1)' }).html).not.toContain('javascript');
  });

  it('does not print the source of a self-closed script', () => {
    expect(sanitizeHtml('<script src=x />alert(1)</script><p>ok</p>').html).toBe('<p>ok</p>');
  });

  it('closes whatever the message left open and ignores stray end tags', () => {
    expect(sanitizeHtml('<div><table><tr><td>x</div></span><b>y').html).toBe('<div><table><tr><td>x</td></tr></table></div><b>y</b>');
  });

  it('is not fooled by mutation-XSS tricks (noscript, attribute-embedded tags, math/style)', () => {
    const r = sanitizeHtml('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><math><mtext><table><mglyph><style><img src=x onerror=alert(2)></style></mglyph></table></mtext></math><p title="<script>">t</p>');
    expect(r.html).not.toMatch(/<img[^>]*onerror|<script|<style|<noscript|<math/i);
    expect(r.html).toContain('<p title="&lt;script&gt;">t</p>');
  });

  it('neutralises the hostile fixture message', async () => {
    const { input } = await loadMessage(readFileSync(join(FIXTURES_DIR, 'bad-scripts-and-handlers.eml')), 'evil');
    const r = sanitizeHtml(input.body.html!);
    expect(r.html).toContain('Visible text before.');
    expect(r.html).toContain('Visible text after.');
    expect(r.html).not.toMatch(/<(script|iframe|object|embed|form|input|meta|base|svg|style)\b/i);
    expect(r.html).not.toMatch(/\son[a-z]+=|javascript:|expression\(|url\(|evil\.example|secret-value/i);
  });
});
