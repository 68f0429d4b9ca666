/** React access to the workbench host and its state. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { WorkbenchHost } from '../host/workbench-host';
import type { WorkbenchState } from '../host/workbench-state';

export const HostContext = createContext<WorkbenchHost | null>(null);

export function useHost(): WorkbenchHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost outside <HostContext.Provider>');
  return host;
}

export function useWorkbench(): WorkbenchState {
  const host = useHost();
  return useSyncExternalStore(host.store.subscribe, host.store.get, host.store.get);
}
