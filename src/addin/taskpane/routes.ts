/** Pane routes: the taskpane commands of the catalogue and the `?route=` the pane was opened with. */
import { COMMANDS, commandByRoute, type CommandDef, type RouteId } from '../commands/catalog';
import type { StringKey } from '../strings';

export const PANE_ROUTES: readonly RouteId[] = COMMANDS.flatMap((c) => (c.action.kind === 'taskpane' ? [c.action.route] : []));

export function isRouteId(value: string | null | undefined): value is RouteId {
  return value != null && (PANE_ROUTES as readonly string[]).includes(value);
}

/** The raw `route` query parameter (read once at start; Office.js disables the history API). */
export function readRouteParam(search: string): string | null {
  const value = new URLSearchParams(search).get('route');
  return value ? value.trim() : null;
}

export interface PaneRoute {
  route: RouteId;
  command: CommandDef;
}

export function resolveRoute(value: string | null): PaneRoute | null {
  if (!isRouteId(value)) return null;
  const command = commandByRoute(value);
  return command ? { route: value, command } : null;
}

/** Every route has a description in the strings table; a missing one fails the type check here. */
export function routeDescriptionKey(route: RouteId): StringKey {
  const key: `route.${RouteId}.description` = `route.${route}.description`;
  return key;
}
