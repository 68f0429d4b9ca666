/**
 * TicketAttachments: create, read (with `data`) and delete through `/Tickets/{ticketId}/Attachments`;
 * query and count on the root `/TicketAttachments` (`data` is null there). Files are base64, about
 * 6–7 MB at most, and Autotask refuses attachments for 5 minutes after 10,000,000 bytes: `create`
 * checks both before sending (attachment-limits.ts) and `allowance(files)` tells the UI in advance.
 */
import { z } from 'zod';
import { base64DecodedSize, type AllowanceFile, type AttachmentAllowance, type AttachmentBudget } from '../attachment-limits';
import type { Core } from '../core';
import { AutotaskConnectionError, AutotaskNotFoundError, AutotaskServerError } from '../errors';
import { childCreateOp, childDeleteOp, encodeId, opts, parseItem, readOps, type CallOptions } from '../resource';
import { code, dateTime, entitySchema, int, str, type CreateOf } from './fields';

export const TicketAttachmentSchema = entitySchema({
  parentID: int,
  parentType: code,
  ticketID: int,
  ticketNoteID: int,
  timeEntryID: int,
  title: str,
  fullPath: str,
  attachmentType: str,
  contentType: str,
  fileSize: int,
  publish: int,
  attachDate: dateTime,
  attachedByContactID: int,
  attachedByResourceID: int,
  impersonatorCreatorResourceID: int,
  /** Base64 content; only the parent–child GET returns it. */
  data: str,
});
export type TicketAttachment = z.infer<typeof TicketAttachmentSchema>;
/** `title`, `fullPath` (file name), `attachmentType` (`FILE_ATTACHMENT`), `publish`, `data` (base64). */
export type TicketAttachmentCreate = CreateOf<TicketAttachment, 'title' | 'fullPath' | 'attachmentType' | 'publish' | 'data'>;

export const TICKET_ATTACHMENTS = { name: 'TicketAttachments', schema: TicketAttachmentSchema };
const PARENT = { parent: 'Tickets', segment: 'Attachments', field: '' };
/** The envelope of the parent–child GET is unconfirmed: `{item}` and `{items:[…]}` are both accepted. */
const AttachmentEnvelope = z.union([
  z.looseObject({ item: z.union([z.record(z.string(), z.unknown()), z.null()]) }),
  z.looseObject({ items: z.array(z.record(z.string(), z.unknown())) }),
]);

/** Autotask may have stored the file (dropped or timed-out answer, 5xx without a message): keep it counted. */
const mayHaveStored = (e: unknown) =>
  (e instanceof AutotaskConnectionError && e.mayHaveReachedServer) || (e instanceof AutotaskServerError && (e.status ?? 0) >= 500);

export function ticketAttachmentsResource(core: Core, budget: AttachmentBudget) {
  const { query, queryAll, count } = readOps(core, TICKET_ATTACHMENTS);
  const send = childCreateOp<typeof TicketAttachmentSchema, TicketAttachmentCreate>(core, TICKET_ATTACHMENTS, PARENT).create;
  return {
    query,
    queryAll,
    count,
    /** One attachment with its `data`, or null when it does not exist. */
    async get(ticketId: number, id: number, o?: CallOptions): Promise<TicketAttachment | null> {
      try {
        const path = `Tickets/${encodeId(ticketId)}/Attachments/${encodeId(id)}`;
        const env = await core.call({ method: 'GET', path, bucket: TICKET_ATTACHMENTS.name, kind: 'read', ...opts(o) }, AttachmentEnvelope);
        const raw = 'item' in env ? env.item : (env.items[0] ?? null);
        return raw === null ? null : parseItem<TicketAttachment>(TICKET_ATTACHMENTS, raw);
      } catch (e) {
        if (e instanceof AutotaskNotFoundError) return null;
        throw e;
      }
    },
    /**
     * Attach a file. Before sending: the decoded size of `data` against the per-file limit
     * (AutotaskAttachmentTooLargeError) and against this client's rolling budget
     * (AutotaskAttachmentBudgetError, with `retryAfterMs`). Nothing is sent when either refuses.
     */
    async create(ticketId: number, body: TicketAttachmentCreate, o?: CallOptions): Promise<number> {
      encodeId(ticketId);
      const size = typeof body.data === 'string' ? base64DecodedSize(body.data) : 0;
      const release = budget.reserve(body.fullPath || body.title || 'attachment', size);
      try {
        return await send(ticketId, body, o);
      } catch (e) {
        if (!mayHaveStored(e)) release();
        throw e;
      }
    },
    /** Which files (name + decoded size) can be attached now: fits / too large / over the budget. Pure; sends nothing. */
    allowance: <F extends AllowanceFile>(files: readonly F[]): AttachmentAllowance<F> => budget.allowance(files),
    ...childDeleteOp(core, TICKET_ATTACHMENTS, PARENT),
  };
}
