/**
 * Entry of the task pane bundle (dist/taskpane.html): waits for Office, reads `?route=` once,
 * picks the first theme, makes the pane's services (sign-in keyed by the partition key,
 * connectivity) and renders the app (or a start-up error, never a blank pane).
 * @jsxRuntime automatic
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { officeFacade } from '../office';
import { setLanguage } from '../strings';
import { App } from './App';
import { StartupError } from './components/StartupError';
import { createPaneServices } from './pane-services';
import { preloadRouteView } from './route-views';
import { readRouteParam, resolveRoute } from './routes';
import { forcedColorsQuery, pickThemeKind } from './theme';
import { primeMailboxItem } from './use-mailbox-item';

async function start(): Promise<void> {
  const route = readRouteParam(globalThis.location.search);
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const root = createRoot(container);
  // Download the route's chunk while Office.js starts; a failure surfaces in the route's error boundary.
  const pane = resolveRoute(route);
  const view = pane ? preloadRouteView(pane.route).catch(() => undefined) : undefined;

  try {
    await officeFacade.officeReady();
  } catch (error) {
    console.error('[pane] Office did not become ready', error);
    root.render(<StartupError error={error} />);
    return;
  }

  // Everything the first render needs, read in parallel while the route's chunk arrives.
  const [language, colors, partitionKey] = await Promise.all([
    officeFacade.getDisplayLanguage().catch(() => 'en'),
    officeFacade.getOfficeTheme().catch(() => null),
    officeFacade.getPartitionKey(),
    primeMailboxItem(officeFacade),
    view,
  ]);
  setLanguage(language);
  const initialTheme = pickThemeKind(colors, forcedColorsQuery()?.matches === true);
  // The stored session (if any) is checked while the first render happens.
  const services = createPaneServices({ office: officeFacade, partitionKey });
  services.start();

  root.render(
    <StrictMode>
      <App route={route} office={officeFacade} initialTheme={initialTheme} services={services} />
    </StrictMode>,
  );
}

void start();
