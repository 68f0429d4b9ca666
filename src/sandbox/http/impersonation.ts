/**
 * `ImpersonationResourceId` (reference §3). Writes are attributed to the impersonated resource
 * and stamp the API user as impersonator. Refused (HTTP 500, "adequate permissions") when the
 * entity is not on the supported list, or the resource is unknown, inactive, API-only, or has a
 * security level that does not allow impersonation. Ignored on reads.
 */
import type { EntityDef } from '../model/types';
import { SECURITY_LEVELS } from '../seed/ids';
import type { Repository } from '../store/repository';
import type { Actor } from '../write/rule-types';
import { apiError, messages } from './api-errors';

export function resolveActor(store: Repository, apiUserId: number, def: EntityDef, headerValue: string | undefined): Actor {
  const self: Actor = { resourceId: apiUserId, impersonatorId: null };
  if (headerValue === undefined) return self;
  if (!def.impersonation) throw apiError(messages.noPermission);
  const id = /^\d+$/.test(headerValue) ? Number(headerValue) : NaN;
  const resource = Number.isNaN(id) ? undefined : store.get('Resources', id);
  const level = resource ? SECURITY_LEVELS[Number(resource.securityLevelID)] : undefined;
  if (!resource || resource.isActive !== true || !level || !level.allowImpersonation || level.apiOnly) throw apiError(messages.noPermission);
  return { resourceId: id, impersonatorId: apiUserId };
}
