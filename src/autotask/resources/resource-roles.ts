/** ResourceRoles: read only (which roles a resource may use, per queue). */
import type { z } from 'zod';
import type { Core } from '../core';
import { byParentOps, readOps } from '../resource';
import { bool, entitySchema, int } from './fields';

export const ResourceRoleSchema = entitySchema({
  resourceID: int,
  roleID: int,
  departmentID: int,
  queueID: int,
  isActive: bool,
  isDefault: bool,
});
export type ResourceRole = z.infer<typeof ResourceRoleSchema>;

export const RESOURCE_ROLES = { name: 'ResourceRoles', schema: ResourceRoleSchema };

export function resourceRolesResource(core: Core) {
  return { ...readOps(core, RESOURCE_ROLES), ...byParentOps(core, RESOURCE_ROLES, { parent: 'Resources', segment: 'Roles', field: 'resourceID' }) };
}
