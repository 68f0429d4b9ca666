/** Tasks: CUD through `/Projects/{projectId}/Tasks` (`POST /Tasks` is a 404); read and query on `/Tasks`. */
import type { z } from 'zod';
import type { Core } from '../core';
import { byParentOps, childWriteOps, readOps } from '../resource';
import { bool, dateTime, entitySchema, int, num, str, type CreateOf } from './fields';

export const TaskSchema = entitySchema({
  projectID: int,
  phaseID: int,
  taskNumber: str,
  title: str,
  description: str,
  status: int,
  taskType: int,
  priority: int,
  priorityLabel: int,
  assignedResourceID: int,
  assignedResourceRoleID: int,
  billingCodeID: int,
  departmentID: int,
  startDateTime: dateTime,
  endDateTime: dateTime,
  completedDateTime: dateTime,
  createDateTime: dateTime,
  creatorResourceID: int,
  lastActivityDateTime: dateTime,
  estimatedHours: num,
  remainingHours: num,
  isVisibleInClientPortal: bool,
});
export type Task = z.infer<typeof TaskSchema>;
/** `title`, `taskType` (1 FixedWork, 2 FixedDuration), `status`. */
export type TaskCreate = CreateOf<Task, 'title' | 'taskType' | 'status'>;

export const TASKS = { name: 'Tasks', schema: TaskSchema };
const PARENT = { parent: 'Projects', segment: 'Tasks', field: 'projectID' };

export function tasksResource(core: Core) {
  return {
    ...readOps(core, TASKS),
    ...byParentOps(core, TASKS, PARENT),
    ...childWriteOps<typeof TaskSchema, TaskCreate>(core, TASKS, PARENT),
  };
}
