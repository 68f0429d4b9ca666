/**
 * TimeEntries: CUD on the root `/TimeEntries` only (`POST /Tickets/{id}/TimeEntries` is a 404);
 * `ticketID` or `taskID` in the body (neither = general time); ticket/task time needs a valid `roleID`.
 */
import type { z } from 'zod';
import type { Core } from '../core';
import { readOps, rootDeleteOp, rootWriteOps } from '../resource';
import { bool, dateTime, entitySchema, int, num, str, type CreateOf } from './fields';

export const TimeEntrySchema = entitySchema({
  resourceID: int,
  roleID: int,
  ticketID: int,
  taskID: int,
  timeEntryType: int,
  billingCodeID: int,
  internalBillingCodeID: int,
  contractID: int,
  contractServiceID: int,
  contractServiceBundleID: int,
  dateWorked: dateTime,
  startDateTime: dateTime,
  endDateTime: dateTime,
  hoursWorked: num,
  hoursToBill: num,
  offsetHours: num,
  summaryNotes: str,
  internalNotes: str,
  isNonBillable: bool,
  showOnInvoice: bool,
  isInternalNotesVisibleToComanaged: bool,
  billingApprovalDateTime: dateTime,
  billingApprovalLevelMostRecent: int,
  billingApprovalResourceID: int,
  createDateTime: dateTime,
  creatorUserID: int,
  lastModifiedDateTime: dateTime,
  lastModifiedUserID: int,
  impersonatorCreatorResourceID: int,
  impersonatorUpdaterResourceID: int,
});
export type TimeEntry = z.infer<typeof TimeEntrySchema>;
/** `resourceID` and `dateWorked`; 0 < `hoursWorked` ≤ 24; ticket/task time also `roleID`. */
export type TimeEntryCreate = CreateOf<TimeEntry, 'resourceID' | 'dateWorked'>;

export const TIME_ENTRIES = { name: 'TimeEntries', schema: TimeEntrySchema };

export function timeEntriesResource(core: Core) {
  return {
    ...readOps(core, TIME_ENTRIES),
    ...rootWriteOps<typeof TimeEntrySchema, TimeEntryCreate>(core, TIME_ENTRIES),
    ...rootDeleteOp(core, TIME_ENTRIES),
  };
}
