/**
 * The roles a resource may take as a ticket's primary resource: its active ResourceRoles rows
 * (one query by resourceID), named from Roles (one `in` query), cached across panes. The
 * default is the row for the ticket's queue, else the resource's default role, else the first.
 */
import { where, type AutotaskClient } from '../../autotask';
import { cachedReference } from './reference-cache';

export interface RoleChoice {
  roleID: number;
  name: string;
  /** The queue this resource takes the role in (null: any). */
  queueID: number | null;
  isDefault: boolean;
}

/** One choice per role (a role held in several queues is listed once, its queues kept for the default). */
export interface RoleOption {
  roleID: number;
  name: string;
  queues: (number | null)[];
  isDefault: boolean;
}

export function roleOptions(rows: readonly RoleChoice[]): RoleOption[] {
  const byRole = new Map<number, RoleOption>();
  for (const r of rows) {
    const o = byRole.get(r.roleID) ?? { roleID: r.roleID, name: r.name, queues: [], isDefault: false };
    o.queues.push(r.queueID);
    o.isDefault ||= r.isDefault;
    byRole.set(r.roleID, o);
  }
  return [...byRole.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The role a new ticket in `queueID` should carry: the queue's role, else the default role, else the only one. */
export function defaultRole(options: readonly RoleOption[], queueID: number | string | null): number | null {
  const queue = queueID === null || queueID === '' ? null : Number(queueID);
  const forQueue = queue === null ? undefined : options.find((o) => o.queues.includes(queue));
  return (forQueue ?? options.find((o) => o.isDefault) ?? (options.length === 1 ? options[0] : undefined))?.roleID ?? null;
}

export async function loadRoleChoices(client: AutotaskClient, resourceId: number, signal?: AbortSignal): Promise<RoleChoice[]> {
  const rows = await client.resourceRoles.queryAll(
    { filter: [where.eq('resourceID', resourceId), where.eq('isActive', true)], includeFields: ['roleID', 'queueID', 'isDefault', 'isActive'] },
    signal ? { signal } : {},
  );
  const ids = [...new Set(rows.map((r) => r.roleID).filter((id): id is number => typeof id === 'number'))];
  if (!ids.length) return [];
  const roles = await client.roles.queryAll({ filter: [where.in('id', ids), where.eq('isActive', true)], includeFields: ['name'] }, signal ? { signal } : {});
  const names = new Map(roles.map((r) => [r.id, String(r.name ?? '')]));
  return rows
    .filter((r) => typeof r.roleID === 'number' && names.has(r.roleID))
    .map((r) => ({ roleID: r.roleID!, name: names.get(r.roleID!)!, queueID: r.queueID ?? null, isDefault: r.isDefault === true }));
}

/** loadRoleChoices, kept across panes (roles change rarely). */
export function roleChoices(client: AutotaskClient, resourceId: number, ownerId: number, signal?: AbortSignal): Promise<RoleChoice[]> {
  return cachedReference(`${ownerId}.roles.${resourceId}`, () => loadRoleChoices(client, resourceId, signal));
}
