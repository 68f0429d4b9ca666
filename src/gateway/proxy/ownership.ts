/**
 * Writes on entities Autotask cannot impersonate: its permission checks would run as the API
 * user and let anyone write anyone's records. The proxy therefore lets a user write only their own:
 * - `ownedBy: 'resourceID'` (Appointments): a body `resourceID` must be theirs, and an update
 *   first reads the record (through the same limiter) to check whose it is;
 * - `ownedBy: 'serviceCallCreator'` (a service call's tickets and their resources): the service
 *   call above the row must have been created by them (read first, one or two GETs).
 */
import type { ProxyRoute } from './allow-list';
import { ProxyError, proxyErrors } from './proxy-errors';
import type { ProxySession } from './types';
import type { Upstream } from './upstream';

function field(body: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : body[key];
}

async function readItem(upstream: Upstream, path: string, bucket: string, deadline: AbortSignal): Promise<Record<string, unknown> | ProxyError | null> {
  const res = await upstream.send({ method: 'GET', path, bucket, kind: 'read' }, deadline);
  if (res instanceof ProxyError) return res;
  const item = res.status === 200 && res.body && typeof res.body === 'object' ? (res.body as { item?: unknown }).item : undefined;
  return item && typeof item === 'object' ? (item as Record<string, unknown>) : null;
}

/** `ServiceCalls/12/Tickets[/34]` → 12; `ServiceCallTickets/56/Resources[/78]` → the service call of ticket link 56. */
async function checkServiceCallCreator(route: ProxyRoute, path: string, session: ProxySession, upstream: Upstream, deadline: AbortSignal): Promise<ProxyError | undefined> {
  const [parent, rawId] = path.split('/');
  let serviceCallId: unknown = Number(rawId);
  if (parent === 'ServiceCallTickets') {
    const link = await readItem(upstream, `ServiceCallTickets/${rawId}`, 'ServiceCallTickets', deadline);
    if (link instanceof ProxyError) return link;
    serviceCallId = link ? field(link, 'serviceCallID') : undefined;
  } else if (parent !== 'ServiceCalls') {
    return proxyErrors.notOwnServiceCall(`${route.entity}: no service call above ${path}`);
  }
  if (typeof serviceCallId !== 'number' || !Number.isSafeInteger(serviceCallId)) return proxyErrors.notOwnServiceCall(`${route.entity}: service call of ${path} not found`);
  const call = await readItem(upstream, `ServiceCalls/${serviceCallId}`, 'ServiceCalls', deadline);
  if (call instanceof ProxyError) return call;
  const creator = call ? field(call, 'creatorResourceID') : undefined;
  return creator === session.resourceId ? undefined : proxyErrors.notOwnServiceCall(`ServiceCalls ${serviceCallId} was created by ${String(creator)}, not the session's resource`);
}

/** undefined when the write may go ahead; otherwise the refusal to send. */
export async function checkOwnership(
  route: ProxyRoute, path: string, body: Record<string, unknown> | undefined, session: ProxySession, upstream: Upstream, deadline: AbortSignal,
): Promise<ProxyError | undefined> {
  if (route.kind !== 'write') return undefined;
  if (route.ownedBy === 'serviceCallCreator') return checkServiceCallCreator(route, path, session, upstream, deadline);
  if (route.ownedBy !== 'resourceID' || !body) return undefined;
  const owner = field(body, 'resourceID');
  if (owner !== undefined && owner !== session.resourceId) return proxyErrors.notOwner(`${route.entity} resourceID ${String(owner)} is not the session's`);
  if (route.method === 'POST') return owner === undefined ? proxyErrors.notOwner(`${route.entity} create without resourceID`) : undefined;

  const id = field(body, 'id');
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return proxyErrors.invalidRequest('The body needs the numeric id of the record to change.');
  const item = await readItem(upstream, `${route.entity}/${id}`, route.entity, deadline);
  if (item instanceof ProxyError) return item;
  const current = item ? field(item, 'resourceID') : undefined;
  if (current !== session.resourceId) return proxyErrors.notOwner(`${route.entity} ${id} belongs to ${String(current)}`);
  return undefined;
}
