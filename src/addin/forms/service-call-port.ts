/**
 * The service-call form's Autotask side over the typed client: the step runner's port, the access
 * probe's port, a resource's roles (ResourceRoles + Roles names, default first) and the current
 * status of the chosen tickets. Few calls: `in` filters and IncludeFields limited to what is used.
 */
import { where, type AutotaskClient, type PicklistValue } from '../../autotask';
import type { ServiceCallAccessPort } from './service-call-access';
import type { ServiceCallPort } from './service-call-save';

const first = async (iter: AsyncIterable<{ items: unknown[] }>): Promise<void> => {
  for await (const _page of iter) return;
};

export function serviceCallPort(client: AutotaskClient): ServiceCallPort {
  return {
    createCall: (body) => client.serviceCalls.create(body),
    async findCalls(call, since) {
      const rows = await client.serviceCalls.queryAll({
        filter: [where.eq('companyID', call.companyID), where.gte('createDateTime', since)],
        includeFields: ['startDateTime', 'endDateTime'],
      });
      const same = (a: unknown, b: unknown) => Date.parse(String(a)) === Date.parse(String(b));
      return rows.filter((r) => same(r.startDateTime, call.startDateTime) && same(r.endDateTime, call.endDateTime)).map((r) => r.id);
    },
    attachTicket: (callId, ticketId) => client.serviceCallTickets.create(callId, { ticketID: ticketId }),
    async callTickets(callId) {
      const rows = await client.serviceCallTickets.queryAll({ filter: where.eq('serviceCallID', callId), includeFields: ['ticketID'] });
      return rows.map((r) => ({ id: r.id, ticketId: r.ticketID ?? 0 }));
    },
    assignResource: (callTicketId, a) =>
      client.serviceCallTicketResources.create(callTicketId, { resourceID: a.resourceId, ...(a.roleId === null ? {} : { roleID: a.roleId }) }),
    async callTicketResources(ids) {
      const rows = await client.serviceCallTicketResources.queryAll({ filter: where.in('serviceCallTicketID', [...ids]), includeFields: ['serviceCallTicketID', 'resourceID'] });
      return rows.map((r) => ({ id: r.id, callTicketId: r.serviceCallTicketID ?? 0, resourceId: r.resourceID ?? 0 }));
    },
    deleteCallTicketResource: async (callTicketId, id) => {
      await client.serviceCallTicketResources.delete(callTicketId, id);
    },
    deleteCallTicket: async (callId, id) => {
      await client.serviceCallTickets.delete(callId, id);
    },
    deleteCall: async (callId) => {
      await client.serviceCalls.delete(callId);
    },
  };
}

export function serviceCallAccessPort(client: AutotaskClient): ServiceCallAccessPort {
  const smallest = { filter: where.gt('id', 0), includeFields: ['id'], maxRecords: 1 };
  return {
    info: () => client.metadata.entity('ServiceCalls'),
    probeCalls: () => first(client.serviceCalls.query(smallest).pages()),
    probeCallTickets: () => first(client.serviceCallTickets.query(smallest).pages()),
  };
}

export interface RoleChoice {
  id: number;
  name: string;
}

/** A resource's active roles (names from Roles) and the one to preselect: its default service desk role, else its default. */
export async function resourceRoles(client: AutotaskClient, resourceId: number): Promise<{ roles: RoleChoice[]; defaultRoleId: number | null }> {
  const [links, resource] = await Promise.all([
    client.resourceRoles.queryAll({ filter: [where.eq('resourceID', resourceId), where.eq('isActive', true)], includeFields: ['roleID', 'isDefault'] }),
    client.resources.queryAll({ filter: where.eq('id', resourceId), includeFields: ['defaultServiceDeskRoleID'] }),
  ]);
  const ids = [...new Set(links.map((l) => l.roleID).filter((id): id is number => typeof id === 'number'))];
  const names = ids.length ? await client.roles.queryAll({ filter: where.in('id', ids), includeFields: ['name'] }) : [];
  const roles = names.map((r) => ({ id: r.id, name: String(r.name ?? r.id) })).sort((a, b) => a.name.localeCompare(b.name));
  const preferred = resource[0]?.defaultServiceDeskRoleID ?? null;
  const flagged = links.find((l) => l.isDefault === true)?.roleID ?? null;
  const defaultRoleId = preferred !== null && ids.includes(preferred) ? preferred : flagged ?? roles[0]?.id ?? null;
  return { roles, defaultRoleId };
}

/** The chosen tickets' current status (a ticket missing from the answer no longer exists). */
export async function ticketStatuses(client: AutotaskClient, ids: readonly number[]): Promise<Map<number, PicklistValue | null>> {
  if (!ids.length) return new Map();
  const rows = await client.tickets.queryAll({ filter: where.in('id', [...ids]), includeFields: ['status'] });
  return new Map(rows.map((r) => [r.id, (r.status as PicklistValue | undefined) ?? null]));
}

/** Ticket status values that mean closed, from metadata by their system label. */
export async function closedTicketStatuses(client: AutotaskClient): Promise<PicklistValue[]> {
  const picklist = (await client.metadata.fields('Tickets')).picklist('status');
  return picklist ? picklist.entries.filter((e) => e.label.toLowerCase() === 'complete').map((e) => e.value) : [];
}
