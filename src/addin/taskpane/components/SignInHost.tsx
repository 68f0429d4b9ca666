/**
 * Hosts the sign-in prompt. The prompt is its own chunk, downloaded the first time a sign-in is
 * needed and kept mounted from then on, so Fluent's Dialog closes properly (its exit restores
 * what the modal hid from assistive technology). When the download fails (offline), the sign-in
 * is cancelled and the next attempt downloads it again.
 * @jsxRuntime automatic
 */
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useAuth } from '../../auth/use-auth';
import { useConnectivityMonitor } from '../../connectivity/use-connectivity';

type PromptModule = { default: ComponentType };

function lazyPrompt() {
  return lazy(() =>
    import(/* webpackChunkName: "sign-in" */ '../../auth/SignInPrompt').catch((error: unknown) => {
      Prompt = lazyPrompt(); // React.lazy keeps a failure forever: the next attempt starts afresh
      throw error;
    }) as Promise<PromptModule>,
  );
}
let Prompt = lazyPrompt();

class PromptBoundary extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

export function SignInHost() {
  const { auth, state } = useAuth();
  const connectivity = useConnectivityMonitor();
  const [needed, setNeeded] = useState(false);
  const [failures, setFailures] = useState(0);
  if (state.prompt !== null && !needed) setNeeded(true);
  if (!needed) return null;
  const View = Prompt;
  const failed = (error: unknown) => {
    console.warn('[pane] the sign-in prompt could not load', error);
    connectivity.reportUnreachable();
    auth.cancelSignIn();
    setNeeded(false);
    setFailures((n) => n + 1);
  };
  return (
    <PromptBoundary key={failures} onError={failed}>
      <Suspense fallback={null}>
        <View />
      </Suspense>
    </PromptBoundary>
  );
}
