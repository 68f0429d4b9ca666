/**
 * Saving a company or contact note (CompanyNotes; a contact note carries contactID). Notes have
 * no externalID, so after an ambiguous failure the company's notes are queried for one with the
 * same name by the same resource since the attempt started: found, it is the one just made; the
 * query failing too gives UncertainSaveError, and the next attempt checks the same way first.
 */
import type { CompanyNoteCreate } from '../../autotask';
import { isAmbiguous, UncertainSaveError } from './ticket-save';

export interface NotePort {
  create(companyId: number, body: CompanyNoteCreate): Promise<number>;
  /** Ids of the company's notes with this name by this resource created at or after `since` (ISO). */
  findRecent(companyId: number, name: string, resourceId: number, since: string): Promise<number[]>;
}

export interface NoteSaveOptions {
  /** From a previous UncertainSaveError: when that attempt started. */
  uncertainSince?: string | null;
  now?: () => Date;
}

export async function saveNote(port: NotePort, companyId: number, body: CompanyNoteCreate, options: NoteSaveOptions = {}): Promise<{ id: number; recovered: boolean; startedAt: string }> {
  const name = String(body.name ?? '');
  const resourceId = Number(body.assignedResourceID);
  if (options.uncertainSince) {
    const found = await port.findRecent(companyId, name, resourceId, options.uncertainSince);
    if (found.length) return { id: found[0]!, recovered: true, startedAt: options.uncertainSince };
  }
  const startedAt = options.uncertainSince ?? new Date((options.now ?? (() => new Date()))().getTime() - 60_000).toISOString();
  try {
    return { id: await port.create(companyId, body), recovered: false, startedAt };
  } catch (error) {
    if (!isAmbiguous(error)) throw error;
    let found: number[];
    try {
      found = await port.findRecent(companyId, name, resourceId, startedAt);
    } catch {
      throw new UncertainSaveError([], { cause: error });
    }
    if (found.length) return { id: found[0]!, recovered: true, startedAt };
    throw error;
  }
}
