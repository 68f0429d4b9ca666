/**
 * @jest-environment jsdom
 *
 * The ribbon functions: registration from the catalogue, About and Home on every path, and the
 * event completed every time.
 */
import { COMMANDS, FUNCTION_NAMES } from '../../../src/addin/commands/catalog';
import type { AppConfig, FetchLike } from '../../../src/addin/commands/handlers/app-config';
import { getBuildInfo } from '../../../src/addin/commands/handlers/build-info';
import {
  catalogFunctionNames,
  createCommandHandlers,
  registerCommands,
  type CommandDeps,
} from '../../../src/addin/commands/handlers/register-commands';
import { OfficeApiError, type DialogEvent } from '../../../src/addin/office';
import { createFakeFacade } from './fakes/fake-facade';
import { createFakeOffice, installFakeOffice } from './fakes/fake-office';

const CONFIG: AppConfig = {
  productName: 'Autotask for Outlook',
  version: '0.1.0',
  build: 'b1',
  autotaskWebUrl: 'https://ww5.autotask.net/Mvc/Framework/Navigation.mvc/Landing',
  copyright: '© 2026 Autotask for Outlook contributors',
};

function jsonFetch(body: unknown, status = 200): jest.MockedFunction<FetchLike> {
  return jest.fn(async (_input: string, _init?: RequestInit) => ({ ok: status >= 200 && status < 300, status, json: async () => body }));
}

function deps(overrides: Partial<CommandDeps> = {}) {
  const office = createFakeFacade();
  return {
    office,
    fetch: jsonFetch(CONFIG),
    buildInfo: () => ({ version: '1.2.3', build: '202603011200' }),
    baseUrl: 'https://localhost:3000/commands.html',
    ...overrides,
  } satisfies CommandDeps;
}

const event = () => ({ completed: jest.fn() });

const buildGlobals = globalThis as Record<string, unknown>;
const savedGlobals = { __APP_VERSION__: buildGlobals.__APP_VERSION__, __BUILD_ID__: buildGlobals.__BUILD_ID__ };

let errorSpy: jest.SpyInstance;
beforeEach(() => {
  errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  errorSpy.mockRestore();
  installFakeOffice(undefined);
  Object.assign(buildGlobals, savedGlobals);
});

describe('registration', () => {
  it('associates every ExecuteFunction of the catalogue after Office is ready', async () => {
    const d = deps();
    const order: string[] = [];
    (d.office.officeReady as jest.Mock).mockImplementation(async () => {
      order.push('ready');
      return { host: 'Outlook', platform: 'PC' };
    });
    (d.office.associateAction as jest.Mock).mockImplementation(async (name: string) => {
      order.push(name);
    });
    const expected = COMMANDS.flatMap((c) => (c.action.kind === 'function' ? [c.action.functionName] : []));
    await expect(registerCommands(d)).resolves.toEqual(expected);
    expect(order).toEqual(['ready', ...expected]);
    expect(catalogFunctionNames()).toEqual(expect.arrayContaining(Object.values(FUNCTION_NAMES)));
  });

  it('the commands entry registers with Office.actions.associate', async () => {
    const office = createFakeOffice();
    installFakeOffice(office);
    await jest.isolateModulesAsync(async () => {
      await import('../../../src/addin/commands/commands');
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const names = office.actions.associate.mock.calls.map(([name]) => name);
    expect(names).toEqual(Object.values(FUNCTION_NAMES));
  });
});

describe('showAbout', () => {
  it('shows version, build and copyright as a notification, then completes', async () => {
    const d = deps();
    const e = event();
    await createCommandHandlers(d)[FUNCTION_NAMES.showAbout](e);
    expect(d.office.addNotification).toHaveBeenCalledWith(
      expect.any(String),
      'Autotask for Outlook 1.2.3 (build 202603011200) · © 2026 Autotask for Outlook contributors',
    );
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('takes the version and build from the build-time globals', () => {
    Object.assign(globalThis, { __APP_VERSION__: '9.8.7', __BUILD_ID__: 'build-42' });
    expect(getBuildInfo()).toEqual({ version: '9.8.7', build: 'build-42' });
  });

  it('opens the About dialog when there is no item, and completes once it is closed', async () => {
    let emit: (event: DialogEvent) => void = () => undefined;
    const close = jest.fn(async () => undefined);
    const d = deps();
    (d.office.addNotification as jest.Mock).mockRejectedValue(new OfficeApiError('OFFICE_NO_ITEM', 'no item', { operation: 'x' }));
    (d.office.displayDialog as jest.Mock).mockResolvedValue({ onEvent: (h: typeof emit) => (emit = h), close });
    const e = event();
    const running = createCommandHandlers(d)[FUNCTION_NAMES.showAbout](e);
    await new Promise((resolve) => setTimeout(resolve, 0));

    const [url] = (d.office.displayDialog as jest.Mock).mock.calls[0] as [string];
    const page = new URL(url);
    expect(page.origin + page.pathname).toBe('https://localhost:3000/about.html');
    expect(page.searchParams.get('text')).toContain('1.2.3 (build 202603011200)');
    expect(e.completed).not.toHaveBeenCalled();

    emit({ kind: 'message', message: 'close', origin: 'https://localhost:3000' });
    await running;
    expect(close).toHaveBeenCalled();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('completes when the notification fails for another reason', async () => {
    const d = deps();
    (d.office.addNotification as jest.Mock).mockRejectedValue(new OfficeApiError('OFFICE_ASYNC_FAILED', 'nope', { operation: 'x' }));
    const e = event();
    await createCommandHandlers(d)[FUNCTION_NAMES.showAbout](e);
    expect(d.office.displayDialog).not.toHaveBeenCalled();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('completes when the About dialog is never closed', async () => {
    const d = deps({ timeouts: { showAbout: 20 } });
    (d.office.addNotification as jest.Mock).mockRejectedValue(new OfficeApiError('OFFICE_NO_ITEM', 'no item', { operation: 'x' }));
    const e = event();
    await createCommandHandlers(d)[FUNCTION_NAMES.showAbout](e);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});

describe('openAutotaskHome', () => {
  it('opens the Autotask address from /api/config in the browser', async () => {
    const d = deps();
    const e = event();
    await createCommandHandlers(d)[FUNCTION_NAMES.openHome](e);
    expect(d.fetch).toHaveBeenCalledWith('/api/config', expect.objectContaining({ credentials: 'same-origin' }));
    expect(d.office.openBrowserWindow).toHaveBeenCalledWith(CONFIG.autotaskWebUrl);
    expect(d.office.addNotification).not.toHaveBeenCalled();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('degrades to a notification naming the address when browser windows are unsupported', async () => {
    const d = deps();
    (d.office.openBrowserWindow as jest.Mock).mockResolvedValue(false);
    const e = event();
    await createCommandHandlers(d)[FUNCTION_NAMES.openHome](e);
    expect(d.office.addNotification).toHaveBeenCalledWith(expect.any(String), `Open ${CONFIG.autotaskWebUrl} in your browser to use Autotask.`);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the config endpoint fails', jsonFetch({ error: 'server_error' }, 503)],
    ['the config has no usable address', jsonFetch({ ...CONFIG, autotaskWebUrl: 'javascript:alert(1)' })],
    ['the network is down', jest.fn(async () => Promise.reject(new TypeError('Failed to fetch')))],
  ])('says what to do when %s', async (_case, fetch) => {
    const d = deps({ fetch: fetch as FetchLike });
    const e = event();
    await createCommandHandlers(d)[FUNCTION_NAMES.openHome](e);
    expect(d.office.openBrowserWindow).not.toHaveBeenCalled();
    expect(d.office.addNotification).toHaveBeenCalledWith(expect.any(String), expect.stringContaining('could not find your Autotask address'));
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('completes even when opening the browser throws', async () => {
    const d = deps();
    (d.office.openBrowserWindow as jest.Mock).mockRejectedValue(new OfficeApiError('OFFICE_CALL_THREW', 'x', { operation: 'x' }));
    const e = event();
    await createCommandHandlers(d)[FUNCTION_NAMES.openHome](e);
    expect(d.office.addNotification).toHaveBeenCalledWith(expect.any(String), expect.stringContaining('could not finish this command'));
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});
