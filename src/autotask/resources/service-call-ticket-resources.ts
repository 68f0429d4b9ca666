/** ServiceCallTicketResources: create through `/ServiceCallTickets/{id}/Resources`, delete there too; no update. */
import type { z } from 'zod';
import type { Core } from '../core';
import { byParentOps, childCreateOp, childDeleteOp, readOps } from '../resource';
import { entitySchema, int, type CreateOf } from './fields';

export const ServiceCallTicketResourceSchema = entitySchema({ serviceCallTicketID: int, resourceID: int, roleID: int });
export type ServiceCallTicketResource = z.infer<typeof ServiceCallTicketResourceSchema>;
export type ServiceCallTicketResourceCreate = CreateOf<ServiceCallTicketResource, 'resourceID'>;

export const SERVICE_CALL_TICKET_RESOURCES = { name: 'ServiceCallTicketResources', schema: ServiceCallTicketResourceSchema };
const PARENT = { parent: 'ServiceCallTickets', segment: 'Resources', field: 'serviceCallTicketID' };

export function serviceCallTicketResourcesResource(core: Core) {
  return {
    ...readOps(core, SERVICE_CALL_TICKET_RESOURCES),
    ...byParentOps(core, SERVICE_CALL_TICKET_RESOURCES, PARENT),
    ...childCreateOp<typeof ServiceCallTicketResourceSchema, ServiceCallTicketResourceCreate>(core, SERVICE_CALL_TICKET_RESOURCES, PARENT),
    ...childDeleteOp(core, SERVICE_CALL_TICKET_RESOURCES, PARENT),
  };
}
