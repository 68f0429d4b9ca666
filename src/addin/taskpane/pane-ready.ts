/**
 * The pane's readiness signal. Tests and benchmarks wait for `<html data-pane-ready="<route>">`
 * and read the `pane-interactive` performance mark.
 */

export const PANE_INTERACTIVE_MARK = 'pane-interactive';

export function markPaneInteractive(route: string): void {
  const root = document.documentElement;
  if (root.dataset.paneReady === route) return;
  root.dataset.paneReady = route;
  delete root.dataset.paneError;
  try {
    globalThis.performance?.mark?.(PANE_INTERACTIVE_MARK, { detail: { route } });
  } catch {
    // Marks are diagnostics only.
  }
}

/** Set when the pane shows an error instead of a route, so tests fail fast instead of timing out. */
export function markPaneError(code: string): void {
  document.documentElement.dataset.paneError = code;
}
