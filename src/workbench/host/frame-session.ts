/**
 * The host side of one add-in frame's emulator (FrameSession): reads and writes the workbench state
 * on behalf of the task pane, the function file or a dialog page.
 */
import type {
  ActionInvoker, CategoryData, DialogOpenerEvents, DialogRequest, EnvironmentData, FrameRole, FrameSession, HostEvent, NotificationData,
} from './host-api';
import type { WorkbenchHost } from './workbench-host';
import { attachmentContent, toItemData } from './item-data';

export interface SessionRecord {
  win: Window;
  role: FrameRole;
  listeners: Record<HostEvent, Set<(data?: unknown) => void>>;
  actions: Map<string, ActionInvoker>;
  ready: boolean;
}

export function createFrameSession(host: WorkbenchHost, record: SessionRecord): FrameSession {
  const message = (itemId: string) => host.store.get().messages.find((m) => m.itemId === itemId);
  return {
    role: record.role,
    environment: (): EnvironmentData => host.environment(),
    currentItem: () => {
      const m = host.currentMessage();
      return m ? toItemData(m) : null;
    },
    body: (itemId) => {
      const m = message(itemId);
      return m ? { html: m.html, text: m.text } : undefined;
    },
    attachmentContent: (itemId, attachmentId) => {
      const m = message(itemId);
      return m ? attachmentContent(m, attachmentId) : undefined;
    },
    internetHeaders: (itemId) => message(itemId)?.internetHeaders,
    itemCategories: (itemId) => host.itemCategories(itemId),
    setItemCategories: (itemId, names) => host.setItemCategories(itemId, names),
    masterCategories: () => host.store.get().masterCategories.map((c) => ({ ...c })),
    setMasterCategories: (list: CategoryData[]) => host.setMasterCategories(list),
    customProperties: (itemId) => host.persistence.readText(`customProperties:${itemId}`) ?? '',
    saveCustomProperties: (itemId, json) => host.persistence.write(`customProperties:${itemId}`, json),
    notifications: (itemId) => (host.store.get().notifications[itemId] ?? []).map((n) => ({ ...n })),
    setNotifications: (itemId, list: NotificationData[]) =>
      host.store.set((s) => ({ notifications: { ...s.notifications, [itemId]: list.map((n) => ({ ...n })) } })),
    roamingSettings: () => host.persistence.readText(host.roamingKey()) ?? '{}',
    saveRoamingSettings: (json) => host.persistence.write(host.roamingKey(), json),
    openDialog: (request: DialogRequest, opener: DialogOpenerEvents) => host.openDialog(request, opener),
    isDialogOpen: () => host.store.get().dialog !== null,
    closeDialog: (id) => host.closeDialog(id),
    messageChild: (id, msg) => host.messageChild(id, msg),
    messageParent: (msg, origin) => {
      if (record.role === 'dialog') host.messageParent(msg, origin);
    },
    openBrowserWindow: (url) => host.openBrowserWindow(url),
    closeContainer: () => {
      if (record.role === 'taskpane') host.closeTaskPane();
    },
    registerAction: (name, invoke) => void record.actions.set(name, invoke),
    ready: () => void (record.ready = true),
    subscribe: (event, handler) => {
      record.listeners[event].add(handler);
      return () => void record.listeners[event].delete(handler);
    },
    report: (level, text) => host.report(level, text),
    disconnect: () => host.disconnect(record),
  };
}
