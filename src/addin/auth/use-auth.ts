/** React access to sign-in: the controller in context, its state as a hook. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AuthController, AuthState } from './auth-controller';
import type { AuthenticatedFetch } from './autotask-access';

export interface AuthServices {
  auth: AuthController;
  /** Requests to the gateway's Autotask proxy with the session (autotask-access.ts). */
  autotaskFetch: AuthenticatedFetch;
}

export const AuthContext = createContext<AuthServices | null>(null);

export function useAuthServices(): AuthServices {
  const services = useContext(AuthContext);
  if (!services) throw new Error('useAuth needs an AuthContext provider (App provides it)');
  return services;
}

export function useAuth(): { auth: AuthController; state: AuthState } {
  const { auth } = useAuthServices();
  const state = useSyncExternalStore(auth.subscribe, auth.getState, auth.getState);
  return { auth, state };
}
