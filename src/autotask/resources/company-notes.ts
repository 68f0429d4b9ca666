/**
 * CompanyNotes (CRM notes), also used for contact notes (there is no ContactNotes entity: a contact
 * note is a CompanyNote with `contactID`). CUD through `/Companies/{companyId}/Notes`.
 */
import type { z } from 'zod';
import type { Core } from '../core';
import { byParentOps, childWriteOps, readOps, type CallOptions } from '../resource';
import { dateTime, entitySchema, int, noteAudit, str, type CreateOf } from './fields';

export const CompanyNoteSchema = entitySchema({
  companyID: int,
  contactID: int,
  opportunityID: int,
  actionType: int,
  assignedResourceID: int,
  name: str,
  note: str,
  startDateTime: dateTime,
  endDateTime: dateTime,
  completedDateTime: dateTime,
  createDateTime: dateTime,
  lastModifiedDate: dateTime,
  impersonatorCreatorResourceID: noteAudit.impersonatorCreatorResourceID,
  impersonatorUpdaterResourceID: noteAudit.impersonatorUpdaterResourceID,
});
export type CompanyNote = z.infer<typeof CompanyNoteSchema>;
/** `actionType`, `assignedResourceID`, `startDateTime`, `endDateTime`; `name` ≤ 128, `note` ≤ 32 000. */
export type CompanyNoteCreate = CreateOf<CompanyNote, 'actionType' | 'assignedResourceID' | 'startDateTime' | 'endDateTime'>;

export const COMPANY_NOTES = { name: 'CompanyNotes', schema: CompanyNoteSchema };
const PARENT = { parent: 'Companies', segment: 'Notes', field: 'companyID' };

export function companyNotesResource(core: Core) {
  const writes = childWriteOps<typeof CompanyNoteSchema, CompanyNoteCreate>(core, COMPANY_NOTES, PARENT);
  return {
    ...readOps(core, COMPANY_NOTES),
    ...byParentOps(core, COMPANY_NOTES, PARENT),
    ...writes,
    /** A contact note: a CompanyNote on the contact's company with `contactID` set. */
    createForContact: (companyId: number, contactId: number, body: CompanyNoteCreate, o?: CallOptions): Promise<number> =>
      writes.create(companyId, { ...body, contactID: contactId }, o),
  };
}
