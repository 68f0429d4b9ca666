/** TaskNotes: CUD through `/Tasks/{taskId}/Notes` (never `/Projects/{pid}/Tasks/{tid}/Notes`). */
import type { z } from 'zod';
import type { Core } from '../core';
import { byParentOps, childWriteOps, readOps } from '../resource';
import { entitySchema, int, noteAudit, str, type CreateOf } from './fields';

export const TaskNoteSchema = entitySchema({
  taskID: int,
  title: str,
  description: str,
  noteType: int,
  publish: int,
  ...noteAudit,
});
export type TaskNote = z.infer<typeof TaskNoteSchema>;
export type TaskNoteCreate = CreateOf<TaskNote, 'description' | 'noteType' | 'publish'>;

export const TASK_NOTES = { name: 'TaskNotes', schema: TaskNoteSchema };
const PARENT = { parent: 'Tasks', segment: 'Notes', field: 'taskID' };

export function taskNotesResource(core: Core) {
  return {
    ...readOps(core, TASK_NOTES),
    ...byParentOps(core, TASK_NOTES, PARENT),
    ...childWriteOps<typeof TaskNoteSchema, TaskNoteCreate>(core, TASK_NOTES, PARENT),
  };
}
