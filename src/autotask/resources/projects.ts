/** Projects: CUD on the root `/Projects`, no delete. */
import type { z } from 'zod';
import type { Core } from '../core';
import { readOps, rootWriteOps } from '../resource';
import { dateTime, entitySchema, int, num, str, type CreateOf } from './fields';

export const ProjectSchema = entitySchema({
  projectName: str,
  projectNumber: str,
  projectType: int,
  companyID: int,
  companyOwnerResourceID: int,
  contractID: int,
  department: int,
  projectLeadResourceID: int,
  status: int,
  description: str,
  startDateTime: dateTime,
  endDateTime: dateTime,
  completedDateTime: dateTime,
  createDateTime: dateTime,
  creatorResourceID: int,
  lastActivityDateTime: dateTime,
  estimatedTime: num,
  actualHours: num,
  completedPercentage: int,
  impersonatorCreatorResourceID: int,
});
export type Project = z.infer<typeof ProjectSchema>;
/** `projectName`, `companyID`, `projectType`, `startDateTime`, `endDateTime`, `status`. */
export type ProjectCreate = CreateOf<Project, 'projectName' | 'companyID' | 'projectType' | 'startDateTime' | 'endDateTime' | 'status'>;

export const PROJECTS = { name: 'Projects', schema: ProjectSchema };

export function projectsResource(core: Core) {
  return { ...readOps(core, PROJECTS), ...rootWriteOps<typeof ProjectSchema, ProjectCreate>(core, PROJECTS) };
}
