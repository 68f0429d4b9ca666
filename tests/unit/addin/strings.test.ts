/** The strings table: lookups, placeholders, a description for every pane route. */
import { setLanguage, t } from '../../../src/addin/strings';
import { en } from '../../../src/addin/strings/en';
import { PANE_ROUTES, routeDescriptionKey } from '../../../src/addin/taskpane/routes';

afterEach(() => setLanguage('en'));

it('fills placeholders and leaves unknown ones visible', () => {
  expect(t('command.home.openInBrowser', { url: 'https://x.test/' })).toBe('Open https://x.test/ in your browser to use Autotask.');
  expect(t('command.about.message', { version: '1.0.0' })).toContain('1.0.0 (build {build})');
});

it('has a non-empty description for every pane route', () => {
  for (const route of PANE_ROUTES) {
    expect(en[routeDescriptionKey(route)]).toMatch(/\S{3,}/);
  }
});

it('falls back to English for a language without a table', () => {
  expect(setLanguage('de-DE')).toBe('en');
  expect(t('app.name')).toBe('Autotask for Outlook');
});
