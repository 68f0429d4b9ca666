/**
 * Wires every ExecuteFunction of the catalogue to its handler. `createCommandHandlers` is typed as
 * a Record over FunctionName, so adding a function command to the catalogue without a handler
 * fails the type check.
 */
import { COMMANDS, FUNCTION_NAMES, type FunctionName } from '../catalog';
import type { OfficeFacade } from '../../office';
import { t } from '../../strings';
import { fetchAppConfig, type FetchLike } from './app-config';
import type { BuildInfo } from './build-info';
import { completeAlways, type CommandEvent } from './complete-always';
import { createOpenAutotaskHome } from './open-autotask-home';
import { createShowAbout } from './show-about';

export type CommandOffice = Pick<OfficeFacade, 'officeReady' | 'associateAction' | 'addNotification' | 'openBrowserWindow' | 'displayDialog'>;

export interface CommandDeps {
  office: CommandOffice;
  fetch: FetchLike;
  buildInfo: () => BuildInfo;
  /** Where static pages live (the commands page's own URL). */
  baseUrl: string;
  /** Per-command limits; defaults suit production. */
  timeouts?: Partial<Record<FunctionName, number>>;
}

export const ERROR_NOTIFICATION_KEY = 'autotask-error';

export function createCommandHandlers(deps: CommandDeps): Record<FunctionName, (event: CommandEvent) => Promise<void>> {
  const onError = () => deps.office.addNotification(ERROR_NOTIFICATION_KEY, t('command.failed'));
  const { openHome, showAbout } = FUNCTION_NAMES;
  return {
    [openHome]: completeAlways(
      createOpenAutotaskHome({ office: deps.office, loadConfig: () => fetchAppConfig(deps.fetch) }),
      { name: openHome, timeoutMs: deps.timeouts?.[openHome] ?? 20_000, onError },
    ),
    [showAbout]: completeAlways(
      createShowAbout({
        office: deps.office,
        buildInfo: deps.buildInfo,
        aboutPageUrl: new URL('about.html', deps.baseUrl).toString(),
      }),
      // The no-item fallback waits for the About dialog; Office ends function commands at 5 min.
      { name: showAbout, timeoutMs: deps.timeouts?.[showAbout] ?? 270_000, onError },
    ),
  };
}

/** The function names of every ExecuteFunction command in the catalogue. */
export function catalogFunctionNames(): FunctionName[] {
  const names = COMMANDS.flatMap((c) => (c.action.kind === 'function' ? [c.action.functionName] : []));
  return [...new Set(names)];
}

/** Waits for Office, then associates every catalogue function; resolves with the names registered. */
export async function registerCommands(deps: CommandDeps): Promise<FunctionName[]> {
  await deps.office.officeReady();
  const handlers = createCommandHandlers(deps);
  const names = catalogFunctionNames();
  for (const name of names) {
    const handler = handlers[name];
    await deps.office.associateAction(name, handler);
    // Older clients (classic Mac, on-premises) look the function up on the global object instead.
    (globalThis as Record<string, unknown>)[name] = handler;
  }
  return names;
}
