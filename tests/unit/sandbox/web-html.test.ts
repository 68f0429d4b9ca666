import { esc, html, page, SITE_TITLE, table } from '../../../src/sandbox/web/html';

describe('web view HTML helpers', () => {
  it('escapes every interpolated value', () => {
    expect(esc(`<script>alert("x")</script>&'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
    expect(html`<p title="${'"><img>'}">${'<b>'}</p>`.value).toBe('<p title="&quot;&gt;&lt;img&gt;">&lt;b&gt;</p>');
  });

  it('renders an accessible page shell with the sandbox title', () => {
    const out = page('Open tickets', 'tickets', table('2 rows', ['A'], [['<x>'], ['y']]));
    expect(out).toContain(`<title>Open tickets · ${SITE_TITLE}</title>`);
    expect(out).toContain('<html lang="en">');
    expect(out).toContain('<nav aria-label="Sections">');
    expect(out).toContain('href="/web/tickets" aria-current="page"');
    expect(out).toContain('<th scope="col">A</th>');
    expect(out).toContain('&lt;x&gt;');
    expect(out).not.toContain('<script');
  });
});
