/**
 * @jest-environment jsdom
 * @jsxRuntime automatic
 *
 * The task pane: one route per taskpane command, honest placeholder views, the unknown-route
 * guidance, the error edge, theming and the readiness signal.
 */
import '@testing-library/jest-dom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { commandByRoute } from '../../../src/addin/commands/catalog';
import { OfficeApiError } from '../../../src/addin/office';
import { App } from '../../../src/addin/taskpane/App';
import { RouteErrorBoundary } from '../../../src/addin/taskpane/components/RouteErrorBoundary';
import { PANE_ROUTES } from '../../../src/addin/taskpane/routes';
import { createFakeFacade, messageSummary } from './fakes/fake-facade';
import { createFakeGateway } from './fakes/fake-gateway';

let errorSpy: jest.SpyInstance;
beforeEach(() => {
  // jsdom has no fetch: the pane's default services reach this fake gateway.
  (globalThis as { fetch?: unknown }).fetch = createFakeGateway().fetch;
  delete document.documentElement.dataset.paneReady;
  delete document.documentElement.dataset.paneError;
  errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  errorSpy.mockRestore();
  delete (window as { matchMedia?: unknown }).matchMedia;
});

async function paneReady(route: string): Promise<void> {
  await waitFor(() => expect(document.documentElement.dataset.paneReady).toBe(route));
}

/** Options and the four sync commands are built (tests/unit/sync, tests/e2e/sync.test.ts); the rest are still placeholders. */
const SYNC_ROUTES: readonly string[] = ['options', 'get-calendar', 'send-calendar', 'get-contacts', 'send-contacts'];

describe('routes', () => {
  it.each(PANE_ROUTES.filter((r) => !SYNC_ROUTES.includes(r)).map((route) => [route]))('%s shows its command title and says what it will do', async (route) => {
    const office = createFakeFacade();
    render(<App route={route} office={office} />);
    const title = commandByRoute(route)?.title ?? '';
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByRole('main', { name: title })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'What this command does' })).toBeInTheDocument();
    expect(screen.getByText('Not available yet')).toBeInTheDocument();
    await paneReady(route);
    // Honest placeholder: nothing that looks like it saves; signed out, the header offers sign-in.
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual(['Sign in to Autotask']);
  });

  it('create-ticket describes the ticket and shows the message it will use', async () => {
    render(<App route="create-ticket" office={createFakeFacade()} />);
    expect(await screen.findByText(/company and contact from the sender, title from the subject/)).toBeInTheDocument();
    await paneReady('create-ticket');
    expect(screen.getByText('Printer on fire')).toBeInTheDocument();
    expect(screen.getByText('Ada Lovelace <ada@example.com>')).toBeInTheDocument();
    // Two real attachments; the inline logo does not count.
    expect(screen.getByText('2 attachments')).toBeInTheDocument();
  });

  it('a create-from-email route asks for a message when none is selected', async () => {
    const office = createFakeFacade({ getMailboxItemSummary: jest.fn(async () => null) });
    render(<App route="create-company-note" office={office} />);
    expect(await screen.findByText('Select a message first')).toBeInTheDocument();
    await paneReady('create-company-note');
  });

  it('a pinned pane follows the selected message', async () => {
    const getMailboxItemSummary = jest
      .fn()
      .mockResolvedValueOnce(messageSummary())
      .mockResolvedValueOnce(messageSummary({ subject: 'Second message' }));
    const office = createFakeFacade({ getMailboxItemSummary });
    render(<App route="create-ticket" office={office} />);
    expect(await screen.findByText('Printer on fire')).toBeInTheDocument();
    await waitFor(() => expect(office.onItemChanged).toHaveBeenCalled());
    act(() => office.fireItemChanged());
    expect(await screen.findByText('Second message')).toBeInTheDocument();
  });

  it.each(['get-calendar', 'send-calendar', 'get-contacts', 'send-contacts'])('%s says what it will do, and why it cannot run while its integration is off', async (route) => {
    render(<App route={route} office={createFakeFacade()} />);
    await paneReady(route);
    expect(screen.getByTestId('sync-what')).toHaveTextContent(/Autotask/);
    expect(screen.getByTestId('sync-blocked')).toHaveTextContent(/integration is off\. Turn it on in Autotask > Options/);
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
  });

  it('marks the pane interactive with a performance mark', async () => {
    const mark = jest.fn();
    const original = performance.mark;
    Object.defineProperty(performance, 'mark', { value: mark, configurable: true });
    try {
      render(<App route="add-ticket" office={createFakeFacade()} />);
      await paneReady('add-ticket');
      expect(mark).toHaveBeenCalledWith('pane-interactive', expect.anything());
    } finally {
      Object.defineProperty(performance, 'mark', { value: original, configurable: true });
    }
  });
});

describe('unknown route', () => {
  it.each([['nonsense'], [null]])('route %p explains how to open the pane', async (route) => {
    render(<App route={route} office={createFakeFacade()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Autotask for Outlook' })).toBeInTheDocument();
    expect(screen.getByText('This pane does not know what to show')).toBeInTheDocument();
    expect(screen.getByText(/choose a command from the Autotask menu/)).toBeInTheDocument();
    await paneReady('unknown');
  });
});

describe('error edge', () => {
  it('shows an error MessageBar with a reload action when a view cannot read Office', async () => {
    const office = createFakeFacade({
      getMailboxItemSummary: jest.fn(async () => {
        throw new OfficeApiError('OFFICE_ASYNC_FAILED', 'mailbox.item failed', { operation: 'mailbox.item' });
      }),
    });
    render(<App route="create-ticket" office={office} />);
    expect(await screen.findByText('Create Ticket from email could not be shown')).toBeInTheDocument();
    expect(screen.getByText(/OFFICE_ASYNC_FAILED/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload pane' })).toBeInTheDocument();
    expect(document.documentElement.dataset.paneError).toBe('OFFICE_ASYNC_FAILED');
  });

  it('catches a view that throws while rendering', () => {
    const onReload = jest.fn();
    function Broken(): never {
      throw new Error('render bug');
    }
    render(
      <RouteErrorBoundary title="Add Ticket to Autotask" onReload={onReload}>
        <Broken />
      </RouteErrorBoundary>,
    );
    const title = screen.getByText('Add Ticket to Autotask could not be shown');
    expect(title).toBeInTheDocument();
    expect(screen.getByText(/an unexpected error occurred/)).toBeInTheDocument();
    within(document.body).getByRole('button', { name: 'Reload pane' }).click();
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});

describe('theme', () => {
  const themeOf = () => document.querySelector('[data-theme]')?.getAttribute('data-theme');

  it('is light by default', async () => {
    render(<App route="add-ticket" office={createFakeFacade()} />);
    await paneReady('add-ticket');
    expect(themeOf()).toBe('light');
  });

  it('is dark when Office’s body background is dark, and follows theme changes', async () => {
    const office = createFakeFacade({
      getOfficeTheme: jest.fn(async () => ({
        bodyBackgroundColor: '#262626',
        bodyForegroundColor: '#ffffff',
        controlBackgroundColor: '#000000',
        controlForegroundColor: '#ffffff',
      })),
    });
    render(<App route="add-ticket" office={office} />);
    await waitFor(() => expect(themeOf()).toBe('dark'));
    await waitFor(() => expect(office.onOfficeThemeChanged).toHaveBeenCalled());
    act(() => office.fireThemeChanged('#ffffff'));
    await waitFor(() => expect(themeOf()).toBe('light'));
  });

  it('is high contrast when forced colours are active', async () => {
    window.matchMedia = jest.fn((query: string) => ({
      matches: query === '(forced-colors: active)',
      media: query,
      addEventListener: jest.fn(),
      removeEventListener: jest.fn(),
    })) as unknown as typeof window.matchMedia;
    render(<App route="add-ticket" office={createFakeFacade()} />);
    await waitFor(() => expect(themeOf()).toBe('high-contrast'));
  });
});
