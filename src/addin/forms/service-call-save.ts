/**
 * Saving a service call as the set of records Autotask needs (pure, over a port; the pane passes
 * the REST client, tests an in-memory fake): the ServiceCall, then one ServiceCallTicket per
 * ticket, then one ServiceCallTicketResource per (ticket, resource).
 *
 * `runServiceCall(port, plan, progress)` does only the steps `progress` does not yet hold, so the
 * same call is "save" (empty progress) and "finish" (the progress a failure reported). Before it
 * redoes anything after a failure it looks first: the service call by company, times and creation
 * time when its own create was ambiguous; the call's tickets and their resources (two queries)
 * whenever the call exists, so a step that reached Autotask is never made twice.
 * A failure throws ServiceCallIncompleteError with the progress: exactly what exists.
 * `removeServiceCall` deletes what exists in reverse order (resources, tickets, the call); what
 * it cannot delete stays in the returned progress, for the user to remove by hand.
 */
import { AutotaskNotFoundError, type ServiceCallCreate } from '../../autotask';
import { isAmbiguous } from './ticket-save';

export interface ServiceCallAssignment {
  resourceId: number;
  roleId: number | null;
}

export interface ServiceCallPlan {
  call: ServiceCallCreate;
  /** Ticket ids to attach, in order. */
  tickets: readonly number[];
  /** Assigned on every attached ticket. */
  resources: readonly ServiceCallAssignment[];
}

export interface ServiceCallPort {
  createCall(body: ServiceCallCreate): Promise<number>;
  /** Service calls of the company with exactly these times, created at or after `since` (ISO). */
  findCalls(call: ServiceCallCreate, since: string): Promise<number[]>;
  attachTicket(callId: number, ticketId: number): Promise<number>;
  callTickets(callId: number): Promise<{ id: number; ticketId: number }[]>;
  assignResource(callTicketId: number, assignment: ServiceCallAssignment): Promise<number>;
  callTicketResources(callTicketIds: readonly number[]): Promise<{ id: number; callTicketId: number; resourceId: number }[]>;
  deleteCallTicketResource(callTicketId: number, id: number): Promise<void>;
  deleteCallTicket(callId: number, id: number): Promise<void>;
  deleteCall(callId: number): Promise<void>;
}

export type StepKind = 'call' | 'ticket' | 'resource';

export interface ServiceCallProgress {
  callId: number | null;
  /** The call's create may have reached Autotask (ambiguous failure); look from this time on. */
  callUncertainSince: string | null;
  /** ticket id → ServiceCallTicket id. */
  tickets: Record<number, number>;
  /** `${ticketId}:${resourceId}` → ServiceCallTicketResource id. */
  resources: Record<string, number>;
}

export const NOTHING_YET: ServiceCallProgress = Object.freeze({ callId: null, callUncertainSince: null, tickets: {}, resources: {} });

export interface FailedStep {
  kind: StepKind;
  ticketId?: number;
  resourceId?: number;
  /** The request may have reached Autotask; the next attempt looks before redoing it. */
  ambiguous: boolean;
}

export class ServiceCallIncompleteError extends Error {
  override readonly name = 'ServiceCallIncompleteError';
  constructor(readonly progress: ServiceCallProgress, readonly failed: FailedStep, options: { cause: unknown }) {
    super(`The service call set is incomplete (the ${failed.kind} step failed).`, options);
  }
}

export const resourceKey = (ticketId: number, resourceId: number) => `${ticketId}:${resourceId}`;

/** What the plan still needs, given the progress. */
export function missingSteps(plan: ServiceCallPlan, p: ServiceCallProgress): { call: boolean; tickets: number[]; resources: { ticketId: number; resourceId: number }[] } {
  const tickets = plan.tickets.filter((t) => p.tickets[t] === undefined);
  const resources = plan.tickets.flatMap((ticketId) => plan.resources
    .filter((r) => p.resources[resourceKey(ticketId, r.resourceId)] === undefined)
    .map((r) => ({ ticketId, resourceId: r.resourceId })));
  return { call: p.callId === null, tickets, resources };
}

export function isComplete(plan: ServiceCallPlan, p: ServiceCallProgress): boolean {
  const m = missingSteps(plan, p);
  return !m.call && !m.tickets.length && !m.resources.length;
}

/** Reads what Autotask holds under the call (its tickets and their resources) into the progress. */
async function lookUnder(port: ServiceCallPort, callId: number, p: ServiceCallProgress): Promise<ServiceCallProgress> {
  const tickets: Record<number, number> = {};
  for (const t of await port.callTickets(callId)) tickets[t.ticketId] = t.id;
  const ticketOf = new Map(Object.entries(tickets).map(([ticketId, sct]) => [sct, Number(ticketId)]));
  const resources: Record<string, number> = {};
  const ids = Object.values(tickets);
  if (ids.length) {
    for (const r of await port.callTicketResources(ids)) {
      const ticketId = ticketOf.get(r.callTicketId);
      if (ticketId !== undefined) resources[resourceKey(ticketId, r.resourceId)] = r.id;
    }
  }
  return { ...p, tickets, resources };
}

const fail = (p: ServiceCallProgress, failed: Omit<FailedStep, 'ambiguous'>, cause: unknown): never => {
  throw new ServiceCallIncompleteError(p, { ...failed, ambiguous: isAmbiguous(cause) }, { cause });
};

/**
 * Creates what `progress` lacks. `now` stamps the look-up window of an ambiguous call create.
 * Returns the complete progress; throws ServiceCallIncompleteError (with what exists) otherwise.
 */
export async function runServiceCall(
  port: ServiceCallPort, plan: ServiceCallPlan, progress: ServiceCallProgress = NOTHING_YET, now: () => Date = () => new Date(),
): Promise<ServiceCallProgress> {
  let p: ServiceCallProgress = { ...progress, tickets: { ...progress.tickets }, resources: { ...progress.resources } };
  const resumed = p.callId !== null || p.callUncertainSince !== null;

  if (p.callId === null && p.callUncertainSince !== null) {
    let found: number[];
    try {
      found = await port.findCalls(plan.call, p.callUncertainSince);
    } catch (error) {
      return fail(p, { kind: 'call' }, error);
    }
    if (found.length) p = { ...p, callId: Math.min(...found), callUncertainSince: null };
  }
  if (p.callId === null) {
    const since = new Date(now().getTime() - 60_000).toISOString();
    try {
      p = { ...p, callId: await port.createCall(plan.call), callUncertainSince: null };
    } catch (error) {
      if (!isAmbiguous(error)) return fail(p, { kind: 'call' }, error);
      // It may exist: look now, and remember when to look from if even that fails.
      let found: number[] = [];
      try {
        found = await port.findCalls(plan.call, since);
      } catch {
        return fail({ ...p, callUncertainSince: since }, { kind: 'call' }, error);
      }
      if (!found.length) return fail(p, { kind: 'call' }, error);
      p = { ...p, callId: Math.min(...found), callUncertainSince: null };
    }
  } else if (resumed) {
    try {
      p = await lookUnder(port, p.callId, p);
    } catch (error) {
      return fail(p, { kind: 'ticket' }, error);
    }
  }
  const callId = p.callId!;

  for (const ticketId of plan.tickets) {
    if (p.tickets[ticketId] !== undefined) continue;
    try {
      p = { ...p, tickets: { ...p.tickets, [ticketId]: await port.attachTicket(callId, ticketId) } };
    } catch (error) {
      p = await settle(port, callId, p, error);
      if (p.tickets[ticketId] === undefined) return fail(p, { kind: 'ticket', ticketId }, error);
    }
  }
  for (const ticketId of plan.tickets) {
    for (const r of plan.resources) {
      const key = resourceKey(ticketId, r.resourceId);
      if (p.resources[key] !== undefined) continue;
      try {
        p = { ...p, resources: { ...p.resources, [key]: await port.assignResource(p.tickets[ticketId]!, r) } };
      } catch (error) {
        p = await settle(port, callId, p, error);
        if (p.resources[key] === undefined) return fail(p, { kind: 'resource', ticketId, resourceId: r.resourceId }, error);
      }
    }
  }
  return p;
}

/** After an ambiguous failure, one look tells exactly what exists (kept as it was when the look fails): a step that landed is not redone. */
async function settle(port: ServiceCallPort, callId: number, p: ServiceCallProgress, error: unknown): Promise<ServiceCallProgress> {
  if (!isAmbiguous(error)) return p;
  try {
    return await lookUnder(port, callId, p);
  } catch {
    return p;
  }
}

export interface RemoveOutcome {
  /** What is still in Autotask (empty when everything was removed). */
  left: ServiceCallProgress;
  /** The first deletion Autotask refused, when one was. */
  error: unknown;
}

const gone = (error: unknown) => error instanceof AutotaskNotFoundError;

/** Deletes what exists in reverse order; a record already gone counts as removed. Stops at the first refusal. */
export async function removeServiceCall(port: ServiceCallPort, plan: ServiceCallPlan, progress: ServiceCallProgress): Promise<RemoveOutcome> {
  let left: ServiceCallProgress = { ...progress, tickets: { ...progress.tickets }, resources: { ...progress.resources } };
  if (left.callId === null && left.callUncertainSince !== null) {
    try {
      const found = await port.findCalls(plan.call, left.callUncertainSince);
      if (found.length) left = { ...left, callId: Math.min(...found) };
    } catch (error) {
      return { left, error };
    }
  }
  if (left.callId !== null) {
    try {
      left = await lookUnder(port, left.callId, left);
    } catch {
      // Delete what we know of; the call's own delete below removes the rest where Autotask cascades.
    }
  }
  const attempt = async (run: () => Promise<void>): Promise<unknown> => {
    try {
      await run();
      return null;
    } catch (error) {
      return gone(error) ? null : error;
    }
  };
  for (const [key, id] of Object.entries(left.resources)) {
    const ticketId = Number(key.split(':')[0]);
    const sct = left.tickets[ticketId];
    const error = sct === undefined ? null : await attempt(() => port.deleteCallTicketResource(sct, id));
    if (error) return { left, error };
    const { [key]: _removed, ...rest } = left.resources;
    left = { ...left, resources: rest };
  }
  for (const [ticketId, id] of Object.entries(left.tickets)) {
    const error = await attempt(() => port.deleteCallTicket(left.callId!, id));
    if (error) return { left, error };
    const { [Number(ticketId)]: _removed, ...rest } = left.tickets;
    left = { ...left, tickets: rest };
  }
  if (left.callId !== null) {
    const error = await attempt(() => port.deleteCall(left.callId!));
    if (error) return { left, error };
    left = { ...left, callId: null };
  }
  return { left: { ...left, callUncertainSince: null }, error: null };
}
