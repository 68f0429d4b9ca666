/**
 * The Autotask side of Ticket Time and Project Time: the signed-in resource's roles (default
 * first, with the role per queue), active work types, what a ticket or task brings (queue,
 * status, work type, assigned role), the ticket named in a message subject, and the port the
 * save uses. Few calls: IncludeFields everywhere, `in` filters, metadata cached by the client.
 */
import { where, type AutotaskClient, type EntityFields, type TimeEntryCreate } from '../../autotask';
import { ticketNumbersIn } from '../email';
import type { PickedEntity } from './entity-search';
import type { TimeEntryPort } from './time-save';

export interface RoleOption {
  id: number;
  name: string;
}

export interface MyRoles {
  /** Active roles of the resource, the default one first, then by name. */
  roles: RoleOption[];
  defaultRoleID: number | null;
  /** The role the resource has on a queue (queueID → roleID). */
  byQueue: ReadonlyMap<number, number>;
}

const active = (v: unknown) => v !== false && v !== 0;

export async function myRoles(client: AutotaskClient, resourceId: number): Promise<MyRoles> {
  const rows = (await client.resourceRoles.queryAll({
    filter: [where.eq('resourceID', resourceId), where.eq('isActive', true)],
    includeFields: ['roleID', 'queueID', 'isDefault', 'isActive'],
  })).filter((r) => active(r.isActive) && typeof r.roleID === 'number');
  const ids = [...new Set(rows.map((r) => r.roleID!))];
  const roles = ids.length ? await client.roles.queryAll({ filter: where.in('id', ids), includeFields: ['name', 'isActive'] }) : [];
  const names = new Map(roles.filter((r) => active(r.isActive)).map((r) => [r.id, String(r.name ?? `Role ${r.id}`)]));
  const defaultRoleID = rows.find((r) => r.isDefault === true && names.has(r.roleID!))?.roleID ?? null;
  const byQueue = new Map<number, number>();
  for (const r of rows) if (typeof r.queueID === 'number' && names.has(r.roleID!) && !byQueue.has(r.queueID)) byQueue.set(r.queueID, r.roleID!);
  const list = [...names].map(([id, name]) => ({ id, name }))
    .sort((a, b) => (a.id === defaultRoleID ? -1 : b.id === defaultRoleID ? 1 : a.name.localeCompare(b.name)));
  return { roles: list, defaultRoleID, byQueue };
}

/** Active work types (BillingCodes whose use type is labelled "Work Type" in metadata), by name. */
export async function workTypes(client: AutotaskClient): Promise<RoleOption[]> {
  const useType = (await client.metadata.fields('BillingCodes').catch(() => null))?.picklist('useType');
  const kinds = useType?.entries.filter((e) => e.label.toLowerCase() === 'work type').map((e) => Number(e.value)) ?? [];
  const rows = await client.billingCodes.queryAll({
    filter: [where.eq('isActive', true), ...(kinds.length ? [where.in('useType', kinds)] : [])],
    includeFields: ['name', 'isActive'],
  });
  return rows.filter((r) => active(r.isActive)).map((r) => ({ id: r.id, name: String(r.name ?? r.id) })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Status values labelled "Complete" in Tickets metadata (closed tickets). */
export function completeStatuses(fields: EntityFields): string[] {
  return (fields.picklist('status')?.entries ?? []).filter((e) => e.label.toLowerCase() === 'complete').map((e) => String(e.value));
}

export interface WorkItemInfo {
  id: number;
  number: string;
  status: number | null;
  queueID: number | null;
  billingCodeID: number | null;
  /** A task's assigned resource and role. */
  assignedResourceID: number | null;
  assignedResourceRoleID: number | null;
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** The ticket as it is now (null: gone or not visible). */
export async function ticketInfo(client: AutotaskClient, id: number): Promise<WorkItemInfo | null> {
  const [r] = await client.tickets.queryAll({ filter: where.eq('id', id), includeFields: ['ticketNumber', 'status', 'queueID', 'billingCodeID'] });
  return r ? { id: r.id, number: r.ticketNumber ?? '', status: num(r.status), queueID: num(r.queueID), billingCodeID: num(r.billingCodeID), assignedResourceID: null, assignedResourceRoleID: null } : null;
}

export async function taskInfo(client: AutotaskClient, id: number): Promise<WorkItemInfo | null> {
  const [r] = await client.tasks.queryAll({ filter: where.eq('id', id), includeFields: ['taskNumber', 'status', 'billingCodeID', 'assignedResourceID', 'assignedResourceRoleID'] });
  return r
    ? { id: r.id, number: String(r.taskNumber ?? ''), status: num(r.status), queueID: null, billingCodeID: num(r.billingCodeID), assignedResourceID: num(r.assignedResourceID), assignedResourceRoleID: num(r.assignedResourceRoleID) }
    : null;
}

/** The ticket a message subject names ("RE: [T20261128.0001] …"), as the picker shows it; null when none or unknown. */
export async function ticketFromSubject(client: AutotaskClient, subject: string | null | undefined): Promise<PickedEntity | null> {
  const numbers = ticketNumbersIn(subject ?? '');
  if (!numbers.length) return null;
  const rows = await client.tickets.queryAll({ filter: where.in('ticketNumber', numbers), includeFields: ['ticketNumber', 'title', 'companyID', 'status'] });
  const r = numbers.map((n) => rows.find((x) => (x.ticketNumber ?? '').toUpperCase() === n)).find(Boolean) ?? rows[0];
  return r ? { id: r.id, name: `${r.ticketNumber ?? ''} ${r.title ?? ''}`.trim(), extra: { companyID: r.companyID ?? null, ticketNumber: r.ticketNumber ?? null, status: num(r.status) } } : null;
}

export function timeEntryPort(client: AutotaskClient): TimeEntryPort {
  return {
    create: (body: TimeEntryCreate) => client.timeEntries.create(body),
    async findSame(body, since) {
      const on = typeof body.ticketID === 'number' ? where.eq('ticketID', body.ticketID) : where.eq('taskID', Number(body.taskID));
      const when = body.startDateTime
        ? [where.eq('startDateTime', String(body.startDateTime))]
        : [where.eq('dateWorked', String(body.dateWorked)), where.eq('hoursWorked', Number(body.hoursWorked))];
      const rows = await client.timeEntries.queryAll({
        filter: [where.eq('resourceID', body.resourceID), on, ...when, where.gte('createDateTime', since)],
        includeFields: ['resourceID'],
      });
      return rows.map((r) => r.id);
    },
    async setTicketStatus(ticketId, status) {
      await client.tickets.update({ id: ticketId, status: Number(status) });
    },
  };
}

/** Project page: Autotask's ExecuteCommand for a real zone, `projects` in the sandbox's web view. */
export function projectWebUrl(autotaskWebUrl: string, projectId: number): string {
  const base = autotaskWebUrl.endsWith('/') ? autotaskWebUrl : `${autotaskWebUrl}/`;
  if (/(^|\.)autotask\.net$/i.test(new URL(base).hostname)) {
    return new URL(`Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenProject&ProjectID=${projectId}`, base).href;
  }
  return new URL('projects', base).href;
}
