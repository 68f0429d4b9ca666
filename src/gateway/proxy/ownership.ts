/**
 * `ownedBy: 'resourceID'` rows (Appointments): Autotask cannot impersonate on these entities, so
 * its permission checks would run as the API user and let anyone write anyone's calendar. The
 * proxy therefore lets a user write only their own: a body `resourceID` must be theirs, and an
 * update first reads the record (through the same limiter) to check whose it is.
 */
import type { ProxyRoute } from './allow-list';
import { ProxyError, proxyErrors } from './proxy-errors';
import type { ProxySession } from './types';
import type { Upstream } from './upstream';

function field(body: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : body[key];
}

/** undefined when the write may go ahead; otherwise the refusal to send. */
export async function checkOwnership(
  route: ProxyRoute, body: Record<string, unknown> | undefined, session: ProxySession, upstream: Upstream, deadline: AbortSignal,
): Promise<ProxyError | undefined> {
  if (route.ownedBy !== 'resourceID' || route.kind !== 'write' || !body) return undefined;
  const owner = field(body, 'resourceID');
  if (owner !== undefined && owner !== session.resourceId) return proxyErrors.notOwner(`${route.entity} resourceID ${String(owner)} is not the session's`);
  if (route.method === 'POST') return owner === undefined ? proxyErrors.notOwner(`${route.entity} create without resourceID`) : undefined;

  const id = field(body, 'id');
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return proxyErrors.invalidRequest('The body needs the numeric id of the record to change.');
  const res = await upstream.send({ method: 'GET', path: `${route.entity}/${id}`, bucket: route.entity, kind: 'read' }, deadline);
  if (res instanceof ProxyError) return res;
  const item = res.status === 200 && res.body && typeof res.body === 'object' ? (res.body as { item?: unknown }).item : undefined;
  const current = item && typeof item === 'object' ? field(item as Record<string, unknown>, 'resourceID') : undefined;
  if (current !== session.resourceId) return proxyErrors.notOwner(`${route.entity} ${id} belongs to ${String(current)} (HTTP ${res.status})`);
  return undefined;
}
