/**
 * The pane's edge for errors: anything a route view throws (render errors, failed chunk loads,
 * Office errors rethrown from effects) becomes an error MessageBar, never a blank pane.
 * @jsxRuntime automatic
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../../strings';
import { markPaneError } from '../pane-ready';
import { describeError, errorCode } from './error-text';
import { ErrorMessage } from './ErrorMessage';

export interface RouteErrorBoundaryProps {
  /** The title of what failed, e.g. the command title. */
  title: string;
  children: ReactNode;
  onReload?: () => void;
}

interface RouteErrorBoundaryState {
  error: unknown;
  failed: boolean;
}

export class RouteErrorBoundary extends Component<RouteErrorBoundaryProps, RouteErrorBoundaryState> {
  override state: RouteErrorBoundaryState = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): RouteErrorBoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[pane] route view failed', error, info.componentStack);
    markPaneError(errorCode(error));
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { title, onReload } = this.props;
    return (
      <ErrorMessage
        title={t('route.error.title', { title })}
        body={t('route.error.body', { detail: describeError(this.state.error) })}
        {...(onReload ? { onReload } : {})}
      />
    );
  }
}
