/** React access to the pane's connectivity: the monitor in context, its state as a hook. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { Connectivity, type ConnectivityState } from './connectivity';

/** Default: a monitor that always says online (component tests that do not care). */
export const ConnectivityContext = createContext<Connectivity>(new Connectivity());

export function useConnectivityMonitor(): Connectivity {
  return useContext(ConnectivityContext);
}

export function useConnectivity(): ConnectivityState {
  const monitor = useConnectivityMonitor();
  return useSyncExternalStore(monitor.subscribe, monitor.get, monitor.get);
}

/** True when Autotask actions must wait (offline or the gateway does not answer). */
export function useOffline(): boolean {
  return !useConnectivity().online;
}
