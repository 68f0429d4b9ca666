/**
 * After a save, the message shows it: category "Autotask" (Mailbox 1.8; Outlook refuses a
 * category that is not in the user's master list — then an info note, never a crash) and the
 * saved marker in this add-in's custom properties. Each failure becomes a note.
 */
import { AUTOTASK_CATEGORY, SAVED_MARKER_PROPERTY, parseSavedMarker, serializeSavedMarker, type SavedMarker } from '../email/saved-marker';
import type { ItemStore } from '../office';
import { t } from '../strings';

export interface MarkDeps {
  isSetSupported(name: string, version: string): Promise<boolean>;
  store: Pick<ItemStore, 'addItemCategories' | 'setItemCustomProperty'>;
}

export async function markMessageSaved(deps: MarkDeps, marker: SavedMarker, options: { writeMarker?: boolean } = {}): Promise<string[]> {
  const notes: string[] = [];
  if (await deps.isSetSupported('Mailbox', '1.8').catch(() => false)) {
    try {
      await deps.store.addItemCategories([AUTOTASK_CATEGORY]);
    } catch {
      notes.push(t('form.mark.noCategory', { category: AUTOTASK_CATEGORY }));
    }
  } else {
    notes.push(t('form.mark.categoryUnsupported'));
  }
  if (options.writeMarker === false) return notes;
  try {
    await deps.store.setItemCustomProperty(SAVED_MARKER_PROPERTY, serializeSavedMarker(marker));
  } catch {
    notes.push(t('form.mark.noMarker'));
  }
  return notes;
}

/** The marker saved on the message by an earlier save, or null (also when Office cannot tell). */
export async function readSavedMarker(store: Pick<ItemStore, 'getItemCustomProperty'>): Promise<SavedMarker | null> {
  try {
    return parseSavedMarker(await store.getItemCustomProperty(SAVED_MARKER_PROPERTY));
  } catch {
    return null;
  }
}
