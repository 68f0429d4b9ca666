/** Business rules for Tickets, TicketNotes and TicketAttachments. */
import { apiError, messages } from '../http/api-errors';
import type { Row } from '../model/types';
import type { Repository } from '../store/repository';
import { compactDate, storeTimestamp } from '../format/timestamps';
import { contactBelongsTo, isActiveRow, roleValidForResource } from './validate';
import { mustEntity } from '../model/registry';
import type { EntityRules } from './rule-types';

const COMPLETE = 5;

/** Next `T<yyyymmdd>.<nnnn>`; tickets and tasks share the number space, as in Autotask. */
export function nextWorkNumber(store: Repository, now: Date): string {
  const prefix = `T${compactDate(now)}.`;
  let max = 0;
  for (const entity of ['Tickets', 'Tasks']) {
    const field = entity === 'Tickets' ? 'ticketNumber' : 'taskNumber';
    for (const r of store.list(entity)) {
      const n = String(r[field] ?? '');
      if (n.startsWith(prefix)) max = Math.max(max, Number(n.slice(prefix.length, prefix.length + 4)) || 0);
    }
  }
  return `${prefix}${String(max + 1).padStart(4, '0')}`;
}

export const ticketRules: EntityRules = {
  prepare(ctx, rec, existing) {
    if (!existing) {
      rec.ticketNumber = nextWorkNumber(ctx.store, ctx.now);
      rec.creatorType = 1;
    }
    rec.lastActivityPersonType = 1;
    if (rec.status === COMPLETE && existing?.status !== COMPLETE) {
      rec.completedDate = storeTimestamp(ctx.now);
      rec.resolvedDateTime = rec.completedDate;
      rec.completedByResourceID = ctx.actor.resourceId;
    } else if (rec.status !== COMPLETE) {
      rec.completedDate = null;
      rec.completedByResourceID = null;
    }
  },
  validate(ctx, rec) {
    const errors: string[] = [];
    const hasResource = rec.assignedResourceID !== null;
    const hasRole = rec.assignedResourceRoleID !== null;
    if (hasResource !== hasRole) {
      errors.push(messages.assignBoth);
    } else if (!hasResource && rec.queueID === null) {
      errors.push(messages.queueOrResource);
    } else if (hasResource && !roleValidForResource(ctx.store, rec.assignedResourceID, rec.assignedResourceRoleID)) {
      errors.push(messages.reference('assignedResourceRoleID', 'Role'));
    }
    if (rec.contactID !== null && !contactBelongsTo(ctx.store, rec.contactID, rec.companyID)) {
      errors.push(messages.reference('contactID', 'Contact'));
    }
    // A missing or inactive contract is already refused by the metadata check; here: another company's.
    const contract = rowOf(ctx.store, 'Contracts', rec.contractID);
    if (contract && isActiveRow(mustEntity('Contracts'), contract) && contract.companyID !== rec.companyID) {
      errors.push(messages.reference('contractID', 'Contract'));
    }
    return errors;
  },
};

/**
 * Ticket categories with "Require titles on ticket notes" (reference §9, TicketNotes): the seed's
 * "Onboarding" category. The sandbox has no TicketCategories entity, so the flag lives here.
 */
const CATEGORIES_REQUIRING_NOTE_TITLES: ReadonlySet<number> = new Set([4]);

/** A title where the ticket's category requires one; contact "impersonation" on notes (reference §3): publish All, contact of the ticket's company. */
export const ticketNoteRules: EntityRules = {
  prepare(ctx, rec, existing) {
    if (!existing && rec.createdByContactID !== null) {
      rec.creatorResourceID = null;
      rec.impersonatorCreatorResourceID = ctx.apiUserId;
    }
  },
  validate(ctx, rec) {
    const ticket = ctx.store.get('Tickets', Number(rec.ticketID));
    const errors: string[] = [];
    if (ticket && CATEGORIES_REQUIRING_NOTE_TITLES.has(Number(ticket.ticketCategory)) && !String(rec.title ?? '').trim()) errors.push(messages.required('title'));
    if (rec.createdByContactID === null) return errors;
    const contact = ctx.store.get('Contacts', Number(rec.createdByContactID));
    const ok = rec.publish === 1 && isActiveRow(mustEntity('Contacts'), contact) && ticket !== undefined
      && contactBelongsTo(ctx.store, rec.createdByContactID, ticket.companyID);
    return ok ? errors : [...errors, messages.reference('createdByContactID', 'Contact')];
  },
};

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain', log: 'text/plain', csv: 'text/csv', pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg',
  jpeg: 'image/jpeg', gif: 'image/gif', eml: 'message/rfc822', msg: 'application/vnd.ms-outlook', zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', html: 'text/html', htm: 'text/html',
};

function decodeBase64(data: string): Buffer | null {
  const clean = data.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return null;
  return Buffer.from(clean, 'base64');
}

export const ticketAttachmentRules: EntityRules = {
  prepare(ctx, rec) {
    rec.parentType = 'Ticket';
    rec.ticketID = ctx.parent?.id ?? rec.parentID;
    const ext = String(rec.fullPath ?? '').split('.').pop()?.toLowerCase() ?? '';
    rec.contentType = CONTENT_TYPES[ext] ?? 'application/octet-stream';
    if (typeof rec.data === 'string') {
      const bytes = decodeBase64(rec.data);
      rec.fileSize = bytes?.length ?? null;
      rec.data = bytes ? bytes.toString('base64') : rec.data;
    }
  },
  validate(_ctx, rec) {
    if (rec.attachmentType === 'FILE_ATTACHMENT' && (rec.data === null || rec.data === undefined)) return [messages.required('data')];
    if (rec.data !== null && rec.fileSize === null) return [messages.attachmentNotBase64];
    return [];
  },
  commit(ctx, rec) {
    ctx.attachments.spend(ctx.apiUser, Number(rec.fileSize ?? 0));
  },
};

export function refuse(): never {
  throw apiError(messages.noPermission);
}

export function rowOf(store: Repository, entity: string, id: unknown): Row | undefined {
  return id === null || id === undefined ? undefined : store.get(entity, Number(id));
}
