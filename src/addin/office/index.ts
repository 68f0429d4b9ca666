/**
 * The Office facade: the only module tree that touches the `Office` global.
 *
 * Everything is promise-based and fails with OfficeApiError. UI and command code take an
 * `OfficeFacade` (see `officeFacade`) so unit tests can pass a fake; the functions themselves
 * read `globalThis.Office` lazily, so a fake global works too.
 */
import { addNotification, getBody, getMailboxItemSummary, onItemChanged } from './mailbox-item';
import {
  getDisplayLanguage,
  getOfficeTheme,
  getPartitionKey,
  getUserProfile,
  isSetSupported,
  onOfficeThemeChanged,
} from './office-context';
import { officeReady } from './office-ready';
import { associateAction, displayDialog, messageParent, openBrowserWindow } from './office-ui';
import { getRoamingSetting, removeRoamingSetting, saveRoamingSettings, setRoamingSetting } from './roaming-settings';

export { OfficeApiError, isOfficeApiError } from './office-api-error';
export { itemStore, getItemCustomProperty, setItemCustomProperty, addItemCategories, getAttachmentContent } from './item-store';
export type { ItemStore, AttachmentContent } from './item-store';
export type { OfficeApiErrorCode } from './office-api-error';
export type { AttachmentSummary, BodyCoercion, EmailAddress, MailboxItemSummary, Unsubscribe } from './mailbox-item';
export type { OfficeThemeColors, UserProfile } from './office-context';
export type { OfficeHostInfo, OfficeReadyOptions } from './office-ready';
export type { DialogEvent, DialogHandle, DialogOptions } from './office-ui';
export { DIALOG_CLOSED_BY_USER } from './office-ui';
export { NOTIFICATION_MAX_LENGTH } from './mailbox-item';
export {
  addNotification,
  associateAction,
  displayDialog,
  getBody,
  getDisplayLanguage,
  getMailboxItemSummary,
  getOfficeTheme,
  getPartitionKey,
  getRoamingSetting,
  getUserProfile,
  isSetSupported,
  messageParent,
  officeReady,
  onItemChanged,
  onOfficeThemeChanged,
  openBrowserWindow,
  removeRoamingSetting,
  saveRoamingSettings,
  setRoamingSetting,
};

export const officeFacade = {
  officeReady,
  getMailboxItemSummary,
  getBody,
  addNotification,
  onItemChanged,
  isSetSupported,
  getUserProfile,
  getDisplayLanguage,
  getOfficeTheme,
  getPartitionKey,
  onOfficeThemeChanged,
  openBrowserWindow,
  displayDialog,
  messageParent,
  associateAction,
  getRoamingSetting,
  setRoamingSetting,
  removeRoamingSetting,
  saveRoamingSettings,
};

export type OfficeFacade = typeof officeFacade;
