/**
 * Saving a ticket, project or task note without ever making a second one by accident. Notes have
 * no externalID, so after an ambiguous failure (the request may have reached Autotask) the
 * parent's notes by the signed-in resource since the attempt started are read, and one with the
 * same title and text is the one just made. When that read fails too, UncertainSaveError; the
 * next attempt (passing `uncertainSince`) looks first.
 */
import { where, type AutotaskClient } from '../../autotask';
import { isAmbiguous, UncertainSaveError } from './ticket-save';
import { WORK_NOTE_SPECS, type WorkNoteTarget } from './work-note';

export interface RecentNote {
  id: number;
  title: string | null;
  description: string | null;
}

export interface WorkNotePort {
  create(parentId: number, body: Record<string, unknown>): Promise<number>;
  /** The parent's notes created by `resourceId` at or after `since` (ISO). */
  findRecent(parentId: number, resourceId: number, since: string): Promise<RecentNote[]>;
}

export interface WorkNoteSaveOptions {
  /** From a previous UncertainSaveError: when that attempt started. */
  uncertainSince?: string | null;
  now?: () => Date;
}

export interface WorkNoteSaved {
  id: number;
  recovered: boolean;
  startedAt: string;
}

/** Margin for clock skew between the pane and Autotask when looking for "the note just made". */
const SKEW_MS = 120_000;

async function lookFor(port: WorkNotePort, parentId: number, resourceId: number, since: string, body: Record<string, unknown>): Promise<number | null> {
  const title = String(body.title ?? '');
  const text = String(body.description ?? '');
  const found = await port.findRecent(parentId, resourceId, since);
  return found.find((n) => (n.title ?? '') === title && (n.description ?? '') === text)?.id ?? null;
}

export async function saveWorkNote(port: WorkNotePort, parentId: number, body: Record<string, unknown>, resourceId: number, options: WorkNoteSaveOptions = {}): Promise<WorkNoteSaved> {
  if (options.uncertainSince) {
    const id = await lookFor(port, parentId, resourceId, options.uncertainSince, body);
    if (id !== null) return { id, recovered: true, startedAt: options.uncertainSince };
  }
  const startedAt = options.uncertainSince ?? new Date((options.now ?? (() => new Date()))().getTime() - SKEW_MS).toISOString();
  try {
    return { id: await port.create(parentId, body), recovered: false, startedAt };
  } catch (error) {
    if (!isAmbiguous(error)) throw error;
    let id: number | null;
    try {
      id = await lookFor(port, parentId, resourceId, startedAt, body);
    } catch {
      throw new UncertainSaveError([], { cause: error });
    }
    if (id !== null) return { id, recovered: true, startedAt };
    throw error;
  }
}

/** The port over the REST client for one target (`POST Tickets|Projects|Tasks/{id}/Notes`). */
export function workNotePort(client: AutotaskClient, target: WorkNoteTarget): WorkNotePort {
  const { parentField } = WORK_NOTE_SPECS[target];
  const resource = target === 'ticketNote' ? client.ticketNotes : target === 'projectNote' ? client.projectNotes : client.taskNotes;
  return {
    create: (parentId, body) => (resource.create as (id: number, b: Record<string, unknown>) => Promise<number>)(parentId, body),
    async findRecent(parentId, resourceId, since) {
      const rows = await resource.queryAll({
        filter: [where.eq(parentField, parentId), where.eq('creatorResourceID', resourceId), where.gte('createDateTime', since)],
        includeFields: ['title', 'description'],
      });
      return rows.map((r) => ({ id: r.id, title: r.title ?? null, description: r.description ?? null }));
    },
  };
}
