/** Business rules for CRM and scheduling entities. */
import { messages } from '../http/api-errors';
import type { Row } from '../model/types';
import { roundDecimal } from '../format/timestamps';
import { rowOf } from './rules-service';
import type { EntityRules } from './rule-types';
import { contactBelongsTo, roleValidForResource } from './validate';

function timeOrder(rec: Row): string[] {
  const s = rec.startDateTime;
  const e = rec.endDateTime;
  return s !== null && e !== null && Date.parse(String(e)) < Date.parse(String(s)) ? [messages.endBeforeStart] : [];
}

/** Contact must be a contact of the company or its parent (reference §9). */
const contactOfCompany: EntityRules['validate'] = (ctx, rec) => {
  const errors = timeOrder(rec);
  if (rec.contactID !== null && !contactBelongsTo(ctx.store, rec.contactID, rec.companyID)) errors.push(messages.reference('contactID', 'Contact'));
  return errors;
};

export const companyNoteRules: EntityRules = { validate: contactOfCompany };

export const companyToDoRules: EntityRules = {
  validate(ctx, rec, existing) {
    const errors = contactOfCompany(ctx, rec, existing);
    const ticket = rowOf(ctx.store, 'Tickets', rec.ticketID);
    if (ticket && ticket.companyID !== rec.companyID) errors.push(messages.reference('ticketID', 'Ticket'));
    return errors;
  },
};

export const companyRules: EntityRules = {
  validate(_ctx, rec) {
    return rec.parentCompanyID !== null && rec.parentCompanyID === rec.id ? [messages.reference('parentCompanyID', 'Company')] : [];
  },
};

export const appointmentRules: EntityRules = { validate: (_ctx, rec) => timeOrder(rec) };

export const serviceCallRules: EntityRules = {
  prepare(_ctx, rec) {
    if (rec.startDateTime !== null && rec.endDateTime !== null) {
      rec.duration = roundDecimal((Date.parse(String(rec.endDateTime)) - Date.parse(String(rec.startDateTime))) / 3_600_000);
    }
  },
  validate: (_ctx, rec) => timeOrder(rec),
  cascade(ctx, row) {
    for (const sct of ctx.store.list('ServiceCallTickets').filter((t) => t.serviceCallID === row.id)) {
      serviceCallTicketRules.cascade!(ctx, sct);
      ctx.store.remove('ServiceCallTickets', sct.id);
    }
  },
};

export const serviceCallTicketRules: EntityRules = {
  validate(ctx, rec) {
    const call = rowOf(ctx.store, 'ServiceCalls', rec.serviceCallID);
    const ticket = rowOf(ctx.store, 'Tickets', rec.ticketID);
    if (call && ticket && ticket.companyID !== call.companyID) return [messages.reference('ticketID', 'Ticket')];
    const duplicate = ctx.store.list('ServiceCallTickets').some((t) => t.serviceCallID === rec.serviceCallID && t.ticketID === rec.ticketID);
    return duplicate ? [messages.duplicateServiceCallTicket] : [];
  },
  cascade(ctx, row) {
    for (const r of ctx.store.list('ServiceCallTicketResources').filter((x) => x.serviceCallTicketID === row.id)) {
      ctx.store.remove('ServiceCallTicketResources', r.id);
    }
  },
};

export const serviceCallTicketResourceRules: EntityRules = {
  validate(ctx, rec) {
    if (rec.roleID !== null && !roleValidForResource(ctx.store, rec.resourceID, rec.roleID)) return [messages.roleInvalid];
    const duplicate = ctx.store.list('ServiceCallTicketResources')
      .some((r) => r.serviceCallTicketID === rec.serviceCallTicketID && r.resourceID === rec.resourceID);
    return duplicate ? [messages.duplicateServiceCallResource] : [];
  },
};
