/**
 * Entry of the commands bundle (dist/commands.html, the manifest's FunctionFile): registers the
 * ribbon's ExecuteFunction handlers once Office is ready.
 */
import { officeFacade } from '../office';
import { getBuildInfo } from './handlers/build-info';
import { registerCommands } from './handlers/register-commands';

registerCommands({
  office: officeFacade,
  fetch: (input, init) => fetch(input, init),
  buildInfo: getBuildInfo,
  baseUrl: globalThis.location.href,
}).catch((error: unknown) => {
  console.error('[commands] could not register the ribbon functions', error);
});
