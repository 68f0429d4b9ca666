/** ServiceCallTickets: create through `/ServiceCalls/{id}/Tickets`, delete there too; no update. */
import type { z } from 'zod';
import type { Core } from '../core';
import { byParentOps, childCreateOp, childDeleteOp, readOps } from '../resource';
import { entitySchema, int, type CreateOf } from './fields';

export const ServiceCallTicketSchema = entitySchema({ serviceCallID: int, ticketID: int });
export type ServiceCallTicket = z.infer<typeof ServiceCallTicketSchema>;
export type ServiceCallTicketCreate = CreateOf<ServiceCallTicket, 'ticketID'>;

export const SERVICE_CALL_TICKETS = { name: 'ServiceCallTickets', schema: ServiceCallTicketSchema };
const PARENT = { parent: 'ServiceCalls', segment: 'Tickets', field: 'serviceCallID' };

export function serviceCallTicketsResource(core: Core) {
  return {
    ...readOps(core, SERVICE_CALL_TICKETS),
    ...byParentOps(core, SERVICE_CALL_TICKETS, PARENT),
    ...childCreateOp<typeof ServiceCallTicketSchema, ServiceCallTicketCreate>(core, SERVICE_CALL_TICKETS, PARENT),
    ...childDeleteOp(core, SERVICE_CALL_TICKETS, PARENT),
  };
}
