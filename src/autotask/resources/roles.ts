/** Roles: CUD on the root `/Roles`, no delete. */
import type { z } from 'zod';
import type { Core } from '../core';
import { readOps, rootWriteOps } from '../resource';
import { bool, entitySchema, int, num, str, type CreateOf } from './fields';

export const RoleSchema = entitySchema({
  name: str,
  description: str,
  hourlyRate: num,
  hourlyFactor: num,
  isActive: bool,
  isExcludedFromNewContracts: bool,
  isSystemRole: bool,
  roleType: int,
  quoteItemDefaultTaxCategoryId: int,
});
export type Role = z.infer<typeof RoleSchema>;
export type RoleCreate = CreateOf<Role, 'name' | 'hourlyRate' | 'hourlyFactor' | 'isActive'>;

export const ROLES = { name: 'Roles', schema: RoleSchema };

export function rolesResource(core: Core) {
  return { ...readOps(core, ROLES), ...rootWriteOps<typeof RoleSchema, RoleCreate>(core, ROLES) };
}
