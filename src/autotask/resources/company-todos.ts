/** CompanyToDos: CUD and delete through `/Companies/{companyId}/ToDos`; read and query on `/CompanyToDos`. */
import type { z } from 'zod';
import type { Core } from '../core';
import { byParentOps, childDeleteOp, childWriteOps, readOps } from '../resource';
import { dateTime, entitySchema, int, str, type CreateOf } from './fields';

export const CompanyToDoSchema = entitySchema({
  companyID: int,
  contactID: int,
  ticketID: int,
  opportunityID: int,
  contractID: int,
  assignedToResourceID: int,
  actionType: int,
  activityDescription: str,
  startDateTime: dateTime,
  endDateTime: dateTime,
  completedDate: dateTime,
  createDateTime: dateTime,
  creatorResourceID: int,
  lastModifiedDate: dateTime,
});
export type CompanyToDo = z.infer<typeof CompanyToDoSchema>;
/** `assignedToResourceID`, `startDateTime`, `endDateTime`, `actionType`; setting `completedDate` completes it. */
export type CompanyToDoCreate = CreateOf<CompanyToDo, 'assignedToResourceID' | 'startDateTime' | 'endDateTime' | 'actionType'>;

export const COMPANY_TODOS = { name: 'CompanyToDos', schema: CompanyToDoSchema };
const PARENT = { parent: 'Companies', segment: 'ToDos', field: 'companyID' };

export function companyToDosResource(core: Core) {
  return {
    ...readOps(core, COMPANY_TODOS),
    ...byParentOps(core, COMPANY_TODOS, PARENT),
    ...childWriteOps<typeof CompanyToDoSchema, CompanyToDoCreate>(core, COMPANY_TODOS, PARENT),
    ...childDeleteOp(core, COMPANY_TODOS, PARENT),
  };
}
