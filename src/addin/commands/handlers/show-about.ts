/**
 * Ribbon "About": shows version, build and copyright as a notification on the selected item.
 * With no item (no notification bar to use) it opens about.html in a dialog instead and keeps the
 * command running until the dialog is closed, because completing the event closes the dialog.
 */
import { commandById } from '../catalog';
import { isOfficeApiError, type DialogEvent, type OfficeFacade } from '../../office';
import { t } from '../../strings';
import type { BuildInfo } from './build-info';
import type { CommandEvent } from './complete-always';

export const ABOUT_NOTIFICATION_KEY = 'autotask-about';
/** The dialog page sends this through messageParent when its Close button is used. */
export const ABOUT_CLOSE_MESSAGE = 'close';

export interface ShowAboutDeps {
  office: Pick<OfficeFacade, 'addNotification' | 'displayDialog'>;
  buildInfo: () => BuildInfo;
  /** Absolute URL of the static about.html (same origin as the add-in). */
  aboutPageUrl: string;
}

export function aboutMessage(info: BuildInfo): string {
  return t('command.about.message', { version: info.version, build: info.build });
}

export function aboutDialogUrl(pageUrl: string, info: BuildInfo): string {
  const url = new URL(pageUrl);
  url.searchParams.set('title', commandById('about')?.title ?? t('app.name'));
  url.searchParams.set('text', aboutMessage(info));
  url.searchParams.set('close', t('command.about.close'));
  return url.toString();
}

export function createShowAbout(deps: ShowAboutDeps): (event: CommandEvent) => Promise<void> {
  return async () => {
    const info = deps.buildInfo();
    try {
      await deps.office.addNotification(ABOUT_NOTIFICATION_KEY, aboutMessage(info));
      return;
    } catch (error) {
      if (!isOfficeApiError(error) || (error.code !== 'OFFICE_NO_ITEM' && error.code !== 'OFFICE_NO_MAILBOX')) throw error;
    }
    const dialog = await deps.office.displayDialog(aboutDialogUrl(deps.aboutPageUrl, info), {
      width: 30,
      height: 30,
      displayInIframe: true,
    });
    const closedBy = await new Promise<DialogEvent>((resolve) => dialog.onEvent(resolve));
    if (closedBy.kind === 'message') await dialog.close();
  };
}
