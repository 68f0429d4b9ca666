/**
 * The pane shell: theme, banner, one route view per taskpane command, and the error edge.
 * Navigation is React state (Office.js disables the history API); the first route comes from `?route=`.
 * Around every route: the sign-in (header entry, prompt) and the offline notice.
 * @jsxRuntime automatic
 */
import { FluentProvider, makeStaticStyles, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { SignInButton } from '../auth/SignInButton';
import { AuthContext } from '../auth/use-auth';
import { OfflineMessage } from '../connectivity/OfflineMessage';
import { ConnectivityContext } from '../connectivity/use-connectivity';
import { officeFacade, type OfficeFacade } from '../office';
import { t } from '../strings';
import { AutoGetCalendarHost } from './components/AutoGetCalendarHost';
import { PaneHeader } from './components/PaneHeader';
import { RouteErrorBoundary } from './components/RouteErrorBoundary';
import { SignInHost } from './components/SignInHost';
import { UnknownRoute } from './components/UnknownRoute';
import { OfficeFacadeContext, PaneNavigationContext, type PaneNavigation } from './pane-context';
import { createPaneServices, type PaneServices } from './pane-services';
import { ROUTE_VIEWS } from './route-views';
import { resolveRoute, type PaneRoute } from './routes';
import { THEMES, type ThemeKind } from './theme';
import { usePaneTheme } from './use-pane-theme';

const useStaticStyles = makeStaticStyles({
  'html, body': { margin: 0, padding: 0, minHeight: '100%' },
});

/**
 * The pane fills the window. Inline, not a class: FluentProvider copies its className onto the
 * portal node of popups (Combobox lists, menus), and a full-height portal node would cover the pane.
 */
const ROOT_STYLE = { minHeight: '100vh', display: 'flex', flexDirection: 'column' } as const;

const useStyles = makeStyles({
  main: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
});

export interface AppProps {
  /** The `route` query parameter the pane was opened with (null when absent). */
  route: string | null;
  /** The Office facade; tests pass a fake. */
  office?: OfficeFacade;
  /** The theme for the first paint (index.tsx reads it before rendering). */
  initialTheme?: ThemeKind;
  /** Sign-in and connectivity (index.tsx makes them with the partition key; tests pass their own). */
  services?: PaneServices;
}

function RouteContent({ pane }: { pane: PaneRoute }) {
  const View = ROUTE_VIEWS[pane.route];
  return (
    <RouteErrorBoundary key={pane.route} title={pane.command.title}>
      <Suspense fallback={<Spinner label={t('pane.route.loading', { title: pane.command.title })} />}>
        <View />
      </Suspense>
    </RouteErrorBoundary>
  );
}

export function App({ route: initialRoute, office = officeFacade, initialTheme = 'light', services: given }: AppProps) {
  useStaticStyles();
  const styles = useStyles();
  const theme = usePaneTheme(office, initialTheme);
  const [route, setRoute] = useState<string | null>(initialRoute);
  const [services] = useState<PaneServices>(() => given ?? createPaneServices({ office }));
  const pane = resolveRoute(route);
  const title = pane?.command.title;
  const commandId = pane?.command.id;

  useEffect(() => {
    document.title = title ? `${title} – ${t('app.name')}` : t('app.name');
  }, [title]);
  useEffect(() => services.start(), [services]);
  useEffect(() => services.auth.setCommand(commandId), [services, commandId]);

  const navigation = useMemo<PaneNavigation>(() => ({ route, navigate: setRoute }), [route]);
  const auth = useMemo(() => ({ auth: services.auth, autotaskFetch: services.autotaskFetch }), [services]);

  return (
    <OfficeFacadeContext.Provider value={office}>
      <PaneNavigationContext.Provider value={navigation}>
        <ConnectivityContext.Provider value={services.connectivity}>
          <AuthContext.Provider value={auth}>
            <FluentProvider theme={THEMES[theme]} style={ROOT_STYLE} data-theme={theme}>
              <PaneHeader title={title} actions={pane ? <SignInButton /> : null} />
              <main className={styles.main} aria-label={title ?? t('app.name')}>
                <OfflineMessage />
                {pane ? <RouteContent pane={pane} /> : <UnknownRoute route={route} />}
                {pane ? <AutoGetCalendarHost /> : null}
              </main>
              <SignInHost />
            </FluentProvider>
          </AuthContext.Provider>
        </ConnectivityContext.Provider>
      </PaneNavigationContext.Provider>
    </OfficeFacadeContext.Provider>
  );
}
