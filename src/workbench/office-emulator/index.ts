/**
 * Entry of build/workbench/office-emulator.js: the dev gateway serves it instead of Microsoft's
 * office.js when an add-in page is requested with ?_host=workbench. It installs window.Office,
 * backed by the workbench page (window.parent … top) through window.__workbenchHost.
 */
import { findWorkbenchHost } from '../host/host-api';
import type { FrameWindow } from './context';
import { createOffice } from './create-office';

const host = findWorkbenchHost(window);
const session = host?.connect(window);
if (!session) {
  console.warn('[office-emulator] Not running inside the Outlook workbench (/workbench/): Office.onReady resolves with host null.');
}
(window as unknown as { Office: unknown }).Office = createOffice(window as unknown as FrameWindow, session);
window.addEventListener('pagehide', () => session?.disconnect());
