/** React contexts of the pane: the injected Office facade and in-app navigation (React state, no history API). */
import { createContext, useContext } from 'react';
import { officeFacade, type OfficeFacade } from '../office';

export const OfficeFacadeContext = createContext<OfficeFacade>(officeFacade);

export function useOffice(): OfficeFacade {
  return useContext(OfficeFacadeContext);
}

export interface PaneNavigation {
  route: string | null;
  navigate(route: string): void;
}

export const PaneNavigationContext = createContext<PaneNavigation>({ route: null, navigate: () => undefined });

export function usePaneNavigation(): PaneNavigation {
  return useContext(PaneNavigationContext);
}
