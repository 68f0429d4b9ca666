/** Resources (Autotask users): read, query, PATCH/PUT on the root; no create, no delete, no impersonation. */
import type { z } from 'zod';
import type { Core } from '../core';
import { where } from '../query';
import { readOps, rootUpdateOps, type QueryOptions } from '../resource';
import { bool, code, entitySchema, int, str } from './fields';

export const ResourceSchema = entitySchema({
  firstName: str,
  lastName: str,
  middleName: str,
  title: str,
  email: str,
  email2: str,
  email3: str,
  userName: str,
  isActive: bool,
  /** "Employee" in the reference; the wire type is unconfirmed, so text or a number is accepted. */
  resourceType: code,
  userType: int,
  licenseType: int,
  defaultServiceDeskRoleID: int,
  officePhone: str,
  officeExtension: str,
  mobilePhone: str,
  homePhone: str,
  locationID: int,
  timeZoneID: int,
});
export type Resource = z.infer<typeof ResourceSchema>;

export const RESOURCES = { name: 'Resources', schema: ResourceSchema };

export function resourcesResource(core: Core) {
  const reads = readOps(core, RESOURCES);
  return {
    ...reads,
    ...rootUpdateOps(core, RESOURCES),
    /** Resources whose `email`, `email2` or `email3` equals `email` (case sensitivity is Autotask's). */
    findByEmail: (email: string, o?: QueryOptions) =>
      reads.queryAll({ filter: where.or(where.eq('email', email), where.eq('email2', email), where.eq('email3', email)) }, { ...o, cap: 500 }),
  };
}
