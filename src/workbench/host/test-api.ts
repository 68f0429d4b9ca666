/**
 * What end-to-end tests may use on `window.__workbenchHost` (the WorkbenchHost instance).
 * Everything else on the object is the emulator's side of the contract or UI plumbing.
 *
 *   const host = await page.evaluateHandle(() => (window as any).__workbenchHost as WorkbenchTestApi);
 */
import type { WorkbenchHost } from './workbench-host';

export type WorkbenchTestApi = Pick<
  WorkbenchHost,
  // start-up and mailbox
  | 'ready' | 'listMessages' | 'currentMessageId' | 'selectMessage' | 'setFolder' | 'openEml'
  // ribbon and panes
  | 'runControl' | 'taskPane' | 'closeTaskPane' | 'setPinned' | 'dialog' | 'closeDialogAsUser'
  // function commands
  | 'lastFunctionRun' | 'functionRuns' | 'functionTimeoutMs' | 'statusText'
  // what the add-in did
  | 'openedBrowserWindows' | 'notifications' | 'categories' | 'customProperties' | 'roamingSettings'
  // settings
  | 'setLayout' | 'setTheme' | 'setSupportedSets' | 'setPermissions' | 'resetData'
>;
