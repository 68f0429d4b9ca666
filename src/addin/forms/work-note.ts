/**
 * Ticket, project and task notes (TicketNotes, ProjectNotes, TaskNotes), pure: what each target
 * needs (entity, parent field, picker), the record body from the form, the checks against the
 * entity's metadata before sending, and the user's last note type and publish per target.
 * Picklists, defaults, required flags and lengths all come from metadata.
 */
import type { EntityFields, PicklistValue } from '../../autotask';
import { t } from '../strings';
import type { PickedEntity } from './entity-search';
import { validateRecord, type FieldProblem } from './validation';

export type WorkNoteTarget = 'ticketNote' | 'projectNote' | 'taskNote';

export interface WorkNoteSpec {
  entity: 'TicketNotes' | 'ProjectNotes' | 'TaskNotes';
  /** The note's parent reference: the record it is written on. */
  parentField: 'ticketID' | 'projectID' | 'taskID';
  /** A task note picks the project first, then one of its tasks. */
  projectFirst: boolean;
  /** The message's attachments can go with the note (to the ticket). */
  attachments: boolean;
}

export const WORK_NOTE_SPECS: Readonly<Record<WorkNoteTarget, WorkNoteSpec>> = {
  ticketNote: { entity: 'TicketNotes', parentField: 'ticketID', projectFirst: false, attachments: true },
  projectNote: { entity: 'ProjectNotes', parentField: 'projectID', projectFirst: false, attachments: false },
  taskNote: { entity: 'TaskNotes', parentField: 'taskID', projectFirst: true, attachments: false },
};

export interface WorkNoteState {
  /** The ticket (ticket note) or the project (project and task notes). */
  parent: PickedEntity | null;
  /** Task notes: the task of `parent`. */
  task: PickedEntity | null;
  title: string;
  description: string;
  noteType: PicklistValue | null;
  publish: PicklistValue | null;
  isAnnouncement: boolean;
  trimQuoted: boolean;
  /** Ids of the message attachments to add to the ticket. */
  attachments: string[];
}

export function workNoteLabels(): Readonly<Record<string, string>> {
  return {
    ticketID: t('workNote.field.ticketID'),
    projectID: t('workNote.field.projectID'),
    taskID: t('workNote.field.taskID'),
    title: t('workNote.field.title'),
    description: t('workNote.field.description'),
    noteType: t('workNote.field.noteType'),
    publish: t('workNote.field.publish'),
    isAnnouncement: t('workNote.field.isAnnouncement'),
  };
}

/** The record the note is written on: the task for a task note, else `parent`. */
export function noteParent(target: WorkNoteTarget, s: Pick<WorkNoteState, 'parent' | 'task'>): PickedEntity | null {
  return WORK_NOTE_SPECS[target].projectFirst ? s.task : s.parent;
}

const pick = (v: PicklistValue | null) => (v === null ? null : Number(v));

/** The body for `POST {Parent}/{id}/Notes`; an empty title is left out, `isAnnouncement` only where the entity has it. */
export function workNoteBody(target: WorkNoteTarget, s: WorkNoteState, fields?: EntityFields): Record<string, unknown> {
  const spec = WORK_NOTE_SPECS[target];
  const title = s.title.trim();
  const hasAnnouncement = fields ? fields.field('isAnnouncement') !== undefined : target === 'projectNote';
  return {
    [spec.parentField]: noteParent(target, s)?.id ?? null,
    ...(title ? { title } : {}),
    description: s.description,
    noteType: pick(s.noteType),
    publish: pick(s.publish),
    ...(hasAnnouncement ? { isAnnouncement: s.isAnnouncement } : {}),
  };
}

/** Problems to fix before sending: metadata's required fields, lengths and picklists, the parent, the description. */
export function checkWorkNote(target: WorkNoteTarget, s: WorkNoteState, fields: EntityFields): FieldProblem[] {
  const spec = WORK_NOTE_SPECS[target];
  const body = workNoteBody(target, s, fields);
  const problems = validateRecord(body, fields, { alsoRequired: [spec.parentField, 'description'], labels: workNoteLabels(), ignore: ['isAnnouncement'] });
  if (spec.projectFirst && !s.parent && !problems.some((p) => p.field === 'projectID')) {
    problems.unshift({ field: 'projectID', message: `${t('workNote.field.projectID')} is required.` });
  }
  return problems;
}

// The user's last note type and publish per target (localStorage); ignored when metadata no longer offers them.
const choiceKey = (target: WorkNoteTarget) => `autotask.lastNoteChoice.${target}`;

export function rememberNoteChoice(target: WorkNoteTarget, s: Pick<WorkNoteState, 'noteType' | 'publish'>, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  try {
    storage?.setItem(choiceKey(target), JSON.stringify({ noteType: s.noteType, publish: s.publish }));
  } catch {
    // A convenience only.
  }
}

/** Note type and publish: the user's last choice when metadata still offers it, else metadata's default. */
export function noteChoice(target: WorkNoteTarget, fields: EntityFields, storage: Pick<Storage, 'getItem'> | null = safeStorage()): Pick<WorkNoteState, 'noteType' | 'publish'> {
  let last: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(choiceKey(target)) ?? '{}');
    if (parsed && typeof parsed === 'object') last = parsed as Record<string, unknown>;
  } catch {
    last = {};
  }
  const choose = (name: 'noteType' | 'publish'): PicklistValue | null => {
    const picklist = fields.picklist(name);
    const remembered = last[name];
    if (picklist && (typeof remembered === 'number' || typeof remembered === 'string')) {
      const entry = picklist.entry(remembered);
      if (entry?.isActive) return entry.value;
    }
    return picklist?.defaultEntry()?.value ?? null;
  };
  return { noteType: choose('noteType'), publish: choose('publish') };
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function blankWorkNote(target: WorkNoteTarget, fields: EntityFields, storage?: Pick<Storage, 'getItem'> | null): WorkNoteState {
  return { parent: null, task: null, title: '', description: '', isAnnouncement: false, trimQuoted: target === 'ticketNote', attachments: [], ...noteChoice(target, fields, storage) };
}

/** Project page in Autotask (ExecuteCommand for a real zone; the sandbox lists projects with their notes). */
export function projectWebUrl(autotaskWebUrl: string, projectId: number): string {
  const base = autotaskWebUrl.endsWith('/') ? autotaskWebUrl : `${autotaskWebUrl}/`;
  if (/(^|\.)autotask\.net$/i.test(new URL(base).hostname)) {
    return new URL(`Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenProject&ProjectID=${projectId}`, base).href;
  }
  return new URL('projects', base).href;
}
