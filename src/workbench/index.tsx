/**
 * Entry of the Outlook workbench (build/workbench/index.html, served at /workbench/): creates the
 * host, publishes it as window.__workbenchHost for the emulator and the tests, and renders the page.
 * Development only; never shipped.
 */
import { Component, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { WORKBENCH_HOST_KEY } from './host/host-api';
import { WorkbenchHost } from './host/workbench-host';
import { App } from './ui/App';

class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error
      ? <div className="wb-fatal" role="alert">The workbench hit an error: {this.state.error.message}{'\n'}Reload the page to start again.</div>
      : this.props.children;
  }
}

const host = new WorkbenchHost({ win: window, storage: window.localStorage });
(window as unknown as Record<string, unknown>)[WORKBENCH_HOST_KEY] = host;
void host.init(new URLSearchParams(window.location.search));

createRoot(document.getElementById('root')!).render(
  <ErrorBoundary>
    <App host={host} />
  </ErrorBoundary>,
);
