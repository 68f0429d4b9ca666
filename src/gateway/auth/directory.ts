/**
 * Maps a signed-in email to the Autotask resource it acts as (impersonation). Only active
 * resources qualify; the primary email wins over email2/email3.
 */
import type { AutotaskClient } from '../../autotask';
import { errors } from '../errors';
import type { SessionResource } from '../store/store';

export interface ResourceDirectory {
  /** The active resource with this email, or throws 403 `unknown_user`. */
  resolve(email: string): Promise<SessionResource>;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

interface ResourceLike {
  id: number;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  email2?: string | null;
  email3?: string | null;
  isActive?: boolean | null;
}

export function pickResource(email: string, found: ResourceLike[]): SessionResource {
  const e = normalizeEmail(email);
  const matches = found.filter((r) => [r.email, r.email2, r.email3].some((x) => x && normalizeEmail(x) === e));
  const active = matches.filter((r) => r.isActive === true);
  if (matches.length === 0) throw errors.unknownUser(`No Autotask resource has the address ${e}.`);
  if (active.length === 0) throw errors.unknownUser(`The Autotask resource with the address ${e} is not active.`);
  const primary = active.filter((r) => r.email && normalizeEmail(r.email) === e);
  const candidates = primary.length > 0 ? primary : active;
  if (candidates.length > 1) throw errors.unknownUser(`More than one active Autotask resource has the address ${e}.`);
  const r = candidates[0]!;
  return { id: r.id, name: [r.firstName, r.lastName].filter(Boolean).join(' ') || e, email: r.email ? normalizeEmail(r.email) : e };
}

export function createAutotaskDirectory(client: AutotaskClient): ResourceDirectory {
  return {
    async resolve(email) {
      return pickResource(email, (await client.resources.findByEmail(normalizeEmail(email))) as ResourceLike[]);
    },
  };
}
