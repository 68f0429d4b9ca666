import { CALLBACK_SCRIPT, callbackPage } from '../../../src/gateway/auth/callback-page';
import { OFFICE_JS_CDN, workbenchOfficeSwap } from '../../../src/gateway/static-files';

const payloadOf = (html: string) => JSON.parse(/<script type="application\/json" id="payload">([\s\S]*?)<\/script>/.exec(html)![1]!);

describe('the sign-in callback page', () => {
  it('loads Office.js from the CDN tag and a same-origin script, with no inline script', () => {
    const html = callbackPage({ type: 'signed-out' });
    expect(html).toContain(`<script src="${OFFICE_JS_CDN}"></script>`);
    expect(html).toContain('<script src="/auth/callback.js" defer></script>');
    const scripts = html.match(/<script[^>]*>/g)!;
    expect(scripts.every((tag) => / src="/.test(tag) || tag.includes('type="application/json"'))).toBe(true);
    expect(payloadOf(html)).toEqual({ type: 'signed-out' });
  });

  it('cannot be broken out of by what the payload says', () => {
    const evil = '</script><script>alert(1)</script><!-- & "quotes"';
    const html = callbackPage({ type: 'error', error: 'x', error_description: evil });
    expect(html).not.toContain('<script>alert(1)');
    expect(payloadOf(html).error_description).toBe(evil);
    expect(html).toContain('Sign-in failed: &#60;/script&#62;');
  });

  it('takes the workbench emulator in place of the CDN tag when the swap applies', () => {
    const html = workbenchOfficeSwap(callbackPage({ type: 'signed-out' }), { _host: 'workbench' });
    expect(html).toContain('<script src="/workbench/office-emulator.js"></script>');
    expect(html).not.toContain(OFFICE_JS_CDN);
  });

  it('hands the payload to the pane with messageParent once Office is ready', () => {
    const sent: string[] = [];
    let ready: (() => void) | undefined;
    const doc = {
      getElementById: (id: string) => (id === 'payload' ? { textContent: '{"type":"signed-out"}' } : { textContent: '' }),
    };
    const office = { onReady: (cb: () => void) => void (ready = cb), context: { ui: { messageParent: (m: string) => void sent.push(m) } } };
    new Function('document', 'Office', CALLBACK_SCRIPT)(doc, office);
    expect(sent).toEqual([]);
    ready!();
    expect(sent).toEqual(['{"type":"signed-out"}']);
  });
});
