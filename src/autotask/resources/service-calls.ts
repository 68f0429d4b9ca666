/** ServiceCalls: CUD and delete on the root `/ServiceCalls`. `isComplete` is an integer. */
import type { z } from 'zod';
import type { Core } from '../core';
import { readOps, rootDeleteOp, rootWriteOps } from '../resource';
import { dateTime, entitySchema, flag, int, num, str, type CreateOf } from './fields';

export const ServiceCallSchema = entitySchema({
  companyID: int,
  companyLocationID: int,
  description: str,
  status: int,
  isComplete: flag,
  duration: num,
  startDateTime: dateTime,
  endDateTime: dateTime,
  createDateTime: dateTime,
  creatorResourceID: int,
  lastModifiedDateTime: dateTime,
  canceledByResourceID: int,
  canceledDateTime: dateTime,
  cancelationNoticeHours: num,
  impersonatorCreatorResourceID: int,
});
export type ServiceCall = z.infer<typeof ServiceCallSchema>;
/** `companyID`, `startDateTime`, `endDateTime`; `description` ≤ 2 000. */
export type ServiceCallCreate = CreateOf<ServiceCall, 'companyID' | 'startDateTime' | 'endDateTime'>;

export const SERVICE_CALLS = { name: 'ServiceCalls', schema: ServiceCallSchema };

export function serviceCallsResource(core: Core) {
  return {
    ...readOps(core, SERVICE_CALLS),
    ...rootWriteOps<typeof ServiceCallSchema, ServiceCallCreate>(core, SERVICE_CALLS),
    ...rootDeleteOp(core, SERVICE_CALLS),
  };
}
