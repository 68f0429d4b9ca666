/**
 * Renders the pane with fakes around it: the Office facade, the gateway (fetch), the window
 * (online/offline events) and storage. Returns handles to drive them.
 * @jsxRuntime automatic
 */
import { render } from '@testing-library/react';
import type { KeyValueStorage } from '../../../../src/addin/auth/session-store';
import type { Session } from '../../../../src/addin/auth/session';
import { SESSION_KEY } from '../../../../src/addin/auth/session-store';
import type { OfficeFacade } from '../../../../src/addin/office';
import { App } from '../../../../src/addin/taskpane/App';
import { createPaneServices, type PaneServices } from '../../../../src/addin/taskpane/pane-services';
import { createFakeFacade } from './fake-facade';
import { createFakeGateway, type FakeGateway, type FakeGatewayOptions } from './fake-gateway';

export function createMemoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
  };
}

export interface FakeWindow {
  navigator: { onLine: boolean };
  location: { origin: string };
  addEventListener(type: 'online' | 'offline', l: () => void): void;
  removeEventListener(type: 'online' | 'offline', l: () => void): void;
  /** Goes offline or online as the browser would: navigator.onLine, then the event. */
  go(state: 'offline' | 'online'): void;
}

export const ORIGIN = 'https://localhost:3000';

export function createFakeWindow(onLine = true): FakeWindow {
  const listeners = { online: new Set<() => void>(), offline: new Set<() => void>() };
  const win: FakeWindow = {
    navigator: { onLine },
    location: { origin: ORIGIN },
    addEventListener: (type, l) => void listeners[type].add(l),
    removeEventListener: (type, l) => void listeners[type].delete(l),
    go(state) {
      win.navigator.onLine = state === 'online';
      for (const l of [...listeners[state]]) l();
    },
  };
  return win;
}

export interface PaneOptions {
  office?: OfficeFacade;
  gateway?: FakeGateway;
  gatewayOptions?: FakeGatewayOptions;
  win?: FakeWindow;
  storage?: ReturnType<typeof createMemoryStorage>;
  /** A session already in storage (as after an earlier sign-in). */
  storedSession?: Session;
  acquireToken?: Parameters<typeof createPaneServices>[0]['acquireToken'];
}

export function makeServices(o: PaneOptions = {}) {
  const office = o.office ?? createFakeFacade();
  const gateway = o.gateway ?? createFakeGateway(o.gatewayOptions);
  const win = o.win ?? createFakeWindow();
  const storage = o.storage ?? createMemoryStorage();
  if (o.storedSession) storage.setItem(SESSION_KEY, JSON.stringify(o.storedSession));
  const services: PaneServices = createPaneServices({
    office,
    fetch: gateway.fetch,
    win,
    storage,
    ...(o.acquireToken ? { acquireToken: o.acquireToken } : {}),
  });
  return { office, gateway, win, storage, services };
}

export function renderPane(route: string, o: PaneOptions = {}) {
  const made = makeServices(o);
  const view = render(<App route={route} office={made.office} services={made.services} />);
  return { ...made, view };
}
