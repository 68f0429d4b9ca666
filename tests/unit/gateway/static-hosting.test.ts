import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGateway } from '../../../src/gateway/app';
import { parseGatewayConfig } from '../../../src/gateway/config';
import { OFFICE_JS_CDN } from '../../../src/gateway/static-files';

const dist = mkdtempSync(join(tmpdir(), 'dist-'));
const wb = mkdtempSync(join(tmpdir(), 'wb-'));
mkdirSync(join(dist, 'js'));
mkdirSync(join(dist, 'assets/icons'), { recursive: true });
writeFileSync(join(dist, 'taskpane.html'), `<html><head><script src="${OFFICE_JS_CDN}"></script></head><body></body></html>`);
writeFileSync(join(dist, 'commands.html'), `<html><head><script src=${OFFICE_JS_CDN}></script></head><body></body></html>`);
writeFileSync(join(dist, 'js/taskpane.0123abcd.js'), 'console.log(1)');
writeFileSync(join(dist, 'assets/icons/home-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
writeFileSync(join(wb, 'index.html'), '<html>workbench</html>');
writeFileSync(join(dist, '..', 'secret.txt'), 'do not serve');

// Hosting only: no sign-in method (sign-in has its own tests).
const base = { distDir: dist, version: '1.2.3', build: 'b42', autotaskWebUrl: 'https://ww3.autotask.net/', signIn: { methods: [] } };

describe('gateway hosting', () => {
  const dev = createGateway(parseGatewayConfig({ ...base, workbenchDir: wb }));
  const prod = createGateway(parseGatewayConfig(base));
  afterAll(async () => { await dev.close(); await prod.close(); });

  it('serves hashed bundles as immutable, icons as cacheable and HTML as revalidated', async () => {
    const js = await prod.inject('/js/taskpane.0123abcd.js');
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['content-type']).toMatch(/javascript/);
    const icon = await prod.inject('/assets/icons/home-16.png');
    expect(icon.headers['cache-control']).toBe('public, max-age=86400');
    expect(icon.headers['cache-control']).not.toMatch(/no-(cache|store)/);
    const html = await prod.inject('/taskpane.html?route=create-ticket');
    expect(html.statusCode).toBe(200);
    expect(html.headers['cache-control']).toBe('no-cache');
  });

  it('keeps Microsoft Office.js in production, even when asked for the workbench', async () => {
    const html = await prod.inject('/taskpane.html?_host=workbench');
    expect(html.body).toContain(OFFICE_JS_CDN);
    expect(html.body).not.toContain('office-emulator');
    expect((await prod.inject('/workbench/')).statusCode).toBe(404);
  });

  it('swaps in the emulated Office.js for workbench pages in development only', async () => {
    const wbPage = await dev.inject('/taskpane.html?route=options&_host=workbench');
    expect(wbPage.body).toContain('/workbench/office-emulator.js');
    expect(wbPage.body).not.toContain(OFFICE_JS_CDN);
    const outlookPage = await dev.inject('/taskpane.html?route=options');
    expect(outlookPage.body).toContain(OFFICE_JS_CDN);
    expect((await dev.inject('/workbench/')).body).toContain('workbench');
    // Minified HTML drops the attribute quotes; the swap still applies.
    const minified = await dev.inject('/commands.html?_host=workbench');
    expect(minified.body).toContain('/workbench/office-emulator.js');
    expect(minified.body).not.toContain(OFFICE_JS_CDN);
  });

  it.each(['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/js/..%2f..%2fsecret.txt', '/%00'])('refuses path tricks: %s', async (path) => {
    const res = await prod.inject(path);
    expect([400, 404]).toContain(res.statusCode);
    expect(res.body).not.toContain('do not serve');
  });

  it('answers a missing file with a JSON error that says what is missing', async () => {
    const res = await prod.inject('/nope.html');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found', error_description: 'Nothing is served at /nope.html.' });
  });

  it('publishes the configuration the add-in needs and nothing secret', async () => {
    const res = await prod.inject('/api/config');
    expect(res.json()).toEqual({
      productName: 'Autotask for Outlook',
      version: '1.2.3',
      build: 'b42',
      autotaskWebUrl: 'https://ww3.autotask.net/',
      copyright: expect.stringContaining('©'),
      signIn: { methods: [], sessionHours: 8 },
      graph: { baseUrl: 'https://graph.microsoft.com/v1.0/', scopes: ['Calendars.ReadWrite', 'Contacts.ReadWrite', 'MailboxSettings.ReadWrite'] },
    });
  });
});

describe('gateway configuration', () => {
  it('says which setting is wrong and what to do', () => {
    expect(() => parseGatewayConfig({ ...base, port: 70000, autotaskWebUrl: 'not a url' })).toThrow(
      /port[\s\S]*autotaskWebUrl[\s\S]*Fix these settings/,
    );
  });
});
