/** TicketNotes: CUD through `/Tickets/{ticketId}/Notes` (`POST /TicketNotes` is a 404); read and query on the root. */
import type { z } from 'zod';
import type { Core } from '../core';
import { byParentOps, childWriteOps, readOps } from '../resource';
import { entitySchema, int, noteAudit, str, type CreateOf } from './fields';

export const TicketNoteSchema = entitySchema({
  ticketID: int,
  title: str,
  description: str,
  noteType: int,
  publish: int,
  ...noteAudit,
});
export type TicketNote = z.infer<typeof TicketNoteSchema>;
/** `description` (≤ 32 000, plain text), `noteType`, `publish` (1 = All); `title` when the ticket category requires it. */
export type TicketNoteCreate = CreateOf<TicketNote, 'description' | 'noteType' | 'publish'>;

export const TICKET_NOTES = { name: 'TicketNotes', schema: TicketNoteSchema };
const PARENT = { parent: 'Tickets', segment: 'Notes', field: 'ticketID' };

export function ticketNotesResource(core: Core) {
  return {
    ...readOps(core, TICKET_NOTES),
    ...byParentOps(core, TICKET_NOTES, PARENT),
    ...childWriteOps<typeof TicketNoteSchema, TicketNoteCreate>(core, TICKET_NOTES, PARENT),
  };
}
