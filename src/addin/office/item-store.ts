/**
 * Writes to the selected message for "Create from email": its categories, this add-in's custom
 * properties, and the content of its attachments (base64). Every call fails with OfficeApiError;
 * callers treat a refusal (no Mailbox 1.8, category not in the master list) as "not saved here".
 */
import { OfficeApiError } from './office-api-error';
import { callAsync, callSync, requireItem } from './office-global';

type Loose = Record<string, unknown>;

interface CustomPropertiesLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (r: Office.AsyncResult<void>) => void): void;
}

async function loadCustomProperties(operation: string): Promise<CustomPropertiesLike> {
  const item = (await callSync(operation, () => requireItem(operation))) as unknown as Loose;
  if (typeof item.loadCustomPropertiesAsync !== 'function') {
    throw new OfficeApiError('OFFICE_UNSUPPORTED', `${operation}: custom properties are not supported here`, { operation });
  }
  const load = item.loadCustomPropertiesAsync as (cb: (r: Office.AsyncResult<CustomPropertiesLike>) => void) => void;
  return callAsync<CustomPropertiesLike>(operation, (cb) => load.call(item, cb));
}

/** One custom property of the selected item (undefined when absent). */
export async function getItemCustomProperty(name: string): Promise<unknown> {
  const props = await loadCustomProperties('item.loadCustomPropertiesAsync');
  return props.get(name);
}

/** Sets one custom property of the selected item and saves. */
export async function setItemCustomProperty(name: string, value: string): Promise<void> {
  const operation = 'item.customProperties.saveAsync';
  const props = await loadCustomProperties(operation);
  await callSync(operation, () => props.set(name, value));
  await callAsync<void>(operation, (cb) => props.saveAsync(cb));
}

/** Adds categories to the selected item (Mailbox 1.8; each must be in the master list). */
export async function addItemCategories(names: readonly string[]): Promise<void> {
  const operation = 'item.categories.addAsync';
  const item = (await callSync(operation, () => requireItem(operation))) as unknown as Loose;
  const categories = item.categories as { addAsync?: (n: string[], cb: (r: Office.AsyncResult<void>) => void) => void } | undefined;
  if (!categories || typeof categories.addAsync !== 'function') {
    throw new OfficeApiError('OFFICE_UNSUPPORTED', `${operation}: categories are not supported here`, { operation });
  }
  const add = categories.addAsync;
  await callAsync<void>(operation, (cb) => add.call(categories, [...names], cb));
}

export interface AttachmentContent {
  /** "base64" for files, "eml" for attached messages, "url" for cloud links. */
  format: string;
  content: string;
}

/** The content of one attachment of the selected item (Mailbox 1.8). */
export async function getAttachmentContent(attachmentId: string): Promise<AttachmentContent> {
  const operation = 'item.getAttachmentContentAsync';
  const item = (await callSync(operation, () => requireItem(operation))) as unknown as Loose;
  if (typeof item.getAttachmentContentAsync !== 'function') {
    throw new OfficeApiError('OFFICE_UNSUPPORTED', `${operation}: attachment content is not available here`, { operation });
  }
  const get = item.getAttachmentContentAsync as (id: string, cb: (r: Office.AsyncResult<Loose>) => void) => void;
  const value = await callAsync<Loose>(operation, (cb) => get.call(item, attachmentId, cb));
  return { format: String(value?.format ?? '').toLowerCase(), content: String(value?.content ?? '') };
}

/** The writes as one object, so views can take a fake in tests. */
export const itemStore = { getItemCustomProperty, setItemCustomProperty, addItemCategories, getAttachmentContent };
export type ItemStore = typeof itemStore;
