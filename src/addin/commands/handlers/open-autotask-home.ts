/** Ribbon "Home": opens the user's Autotask web address in their browser. */
import type { OfficeFacade } from '../../office';
import { t } from '../../strings';
import type { AppConfig } from './app-config';
import type { CommandEvent } from './complete-always';

export const HOME_NOTIFICATION_KEY = 'autotask-home';

export interface OpenAutotaskHomeDeps {
  office: Pick<OfficeFacade, 'openBrowserWindow' | 'addNotification'>;
  loadConfig: () => Promise<AppConfig>;
}

export function createOpenAutotaskHome(deps: OpenAutotaskHomeDeps): (event: CommandEvent) => Promise<void> {
  return async () => {
    let url: string;
    try {
      url = (await deps.loadConfig()).autotaskWebUrl;
    } catch (error) {
      console.error('[commands] openAutotaskHome: no Autotask address', error);
      await deps.office.addNotification(HOME_NOTIFICATION_KEY, t('command.home.noConfig'));
      return;
    }
    const opened = await deps.office.openBrowserWindow(url);
    if (!opened) {
      // This client cannot open a browser window from a command: say where to go instead.
      await deps.office.addNotification(HOME_NOTIFICATION_KEY, t('command.home.openInBrowser', { url }));
    }
  };
}
