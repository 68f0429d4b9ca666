/**
 * @jest-environment jsdom
 * @jsxRuntime automatic
 *
 * The pane entry end to end against a fake Office global: it waits for Office, reads `?route=`
 * once, renders the route and signals readiness; without Office it explains instead of going blank.
 */
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { OfficeApiError } from '../../../src/addin/office';
import { App } from '../../../src/addin/taskpane/App';
import { StartupError } from '../../../src/addin/taskpane/components/StartupError';
import { preloadRouteView } from '../../../src/addin/taskpane/route-views';
import { createFakeFacade } from './fakes/fake-facade';
import { createFakeGateway } from './fakes/fake-gateway';
import { createFakeOffice, installFakeOffice } from './fakes/fake-office';

beforeEach(() => {
  (globalThis as { fetch?: unknown }).fetch = createFakeGateway().fetch;
  delete document.documentElement.dataset.paneReady;
  delete document.documentElement.dataset.paneError;
});
afterEach(() => installFakeOffice(undefined));

it('index.tsx boots the route named in ?route= once Office is ready', async () => {
  const office = createFakeOffice();
  installFakeOffice(office);
  document.body.innerHTML = '<div id="root"><p role="status">Loading…</p></div>';
  window.history.replaceState(null, '', '/taskpane.html?route=create-ticket');
  await jest.isolateModulesAsync(async () => {
    await import('../../../src/addin/taskpane/index');
  });
  await waitFor(() => expect(document.documentElement.dataset.paneReady).toBe('create-ticket'), { timeout: 3000 });
  expect(office.onReady).toHaveBeenCalled();
  expect(screen.getByRole('heading', { level: 1, name: 'Create Ticket from email' })).toBeInTheDocument();
  expect(screen.getByText('Printer on fire')).toBeInTheDocument();
  expect(document.title).toBe('Create Ticket from email – Autotask for Outlook');
  document.body.innerHTML = '';
});

it('a preloaded route renders in the first commit, without a loading state', async () => {
  await preloadRouteView('add-contact');
  render(<App route="add-contact" office={createFakeFacade()} />);
  expect(screen.getByRole('heading', { level: 2, name: 'What this command does' })).toBeInTheDocument();
});

it('explains that Office did not load, with a reload action', () => {
  render(<StartupError error={new OfficeApiError('OFFICE_NOT_LOADED', 'x', { operation: 'Office.onReady' })} />);
  expect(screen.getByText('Autotask for Outlook could not start')).toBeInTheDocument();
  expect(screen.getByText(/Open the pane from the Autotask menu in Outlook/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Reload pane' })).toBeInTheDocument();
  expect(document.documentElement.dataset.paneError).toBe('OFFICE_NOT_LOADED');
});

describe('accessibility', () => {
  it.each([['create-ticket'], ['options'], ['add-ticket'], ['nonsense']])('%s has no serious or critical axe violations', async (route) => {
    const { container } = render(<App route={route} office={createFakeFacade()} />);
    await waitFor(() => expect(document.documentElement.dataset.paneReady).toBe(route === 'nonsense' ? 'unknown' : route));
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
