/** ProjectNotes: CUD through `/Projects/{projectId}/Notes` (notes on Baseline projects are read-only). */
import type { z } from 'zod';
import type { Core } from '../core';
import { byParentOps, childWriteOps, readOps } from '../resource';
import { bool, entitySchema, int, noteAudit, str, type CreateOf } from './fields';

export const ProjectNoteSchema = entitySchema({
  projectID: int,
  title: str,
  description: str,
  noteType: int,
  publish: int,
  isAnnouncement: bool,
  ...noteAudit,
});
export type ProjectNote = z.infer<typeof ProjectNoteSchema>;
export type ProjectNoteCreate = CreateOf<ProjectNote, 'title' | 'description' | 'noteType' | 'publish' | 'isAnnouncement'>;

export const PROJECT_NOTES = { name: 'ProjectNotes', schema: ProjectNoteSchema };
const PARENT = { parent: 'Projects', segment: 'Notes', field: 'projectID' };

export function projectNotesResource(core: Core) {
  return {
    ...readOps(core, PROJECT_NOTES),
    ...byParentOps(core, PROJECT_NOTES, PARENT),
    ...childWriteOps<typeof ProjectNoteSchema, ProjectNoteCreate>(core, PROJECT_NOTES, PARENT),
  };
}
