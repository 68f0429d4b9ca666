/**
 * The service-call step runner over an in-memory Autotask: the whole set in order; a failure after
 * the call, after some tickets, after some resources reports exactly what exists; Finish makes only
 * the missing steps (looking first after an ambiguous failure, so nothing is made twice); Remove
 * deletes in reverse order, and says what is left when Autotask refuses a deletion.
 */
import { AutotaskConnectionError, AutotaskNotFoundError, AutotaskPermissionError, AutotaskValidationError, type ServiceCallCreate } from '../../../src/autotask';
import {
  isComplete, missingSteps, NOTHING_YET, removeServiceCall, runServiceCall, ServiceCallIncompleteError,
  type ServiceCallPlan, type ServiceCallPort, type ServiceCallProgress,
} from '../../../src/addin/forms/service-call-save';

type Op = 'createCall' | 'findCalls' | 'attachTicket' | 'callTickets' | 'assignResource' | 'callTicketResources' | 'deleteCallTicketResource' | 'deleteCallTicket' | 'deleteCall';

interface Fault {
  op: Op;
  /** Fail the nth call of this op (1-based). */
  nth: number;
  error: Error;
  /** The write reaches Autotask, then the answer is lost. */
  afterCommit?: boolean;
}

const refused = (text: string) => new AutotaskValidationError('Autotask rejected the request', { status: 500, errors: [text] });
const dropped = () => new AutotaskConnectionError('socket hang up', { mayHaveReachedServer: true, reason: 'reset' });

/** Autotask's service-call entities in memory, with faults by operation and call count. */
class FakeAutotask implements ServiceCallPort {
  calls: { id: number; body: ServiceCallCreate; createDateTime: string }[] = [];
  sct: { id: number; callId: number; ticketId: number }[] = [];
  sctr: { id: number; sctId: number; resourceId: number; roleId: number | null }[] = [];
  counts: Partial<Record<Op, number>> = {};
  log: string[] = [];
  private next = 100;
  constructor(public faults: Fault[] = [], private now = '2026-11-29T10:00:00.000Z') {}

  private async step<T>(op: Op, run: () => T): Promise<T> {
    const n = (this.counts[op] = (this.counts[op] ?? 0) + 1);
    const fault = this.faults.find((f) => f.op === op && f.nth === n);
    if (fault && !fault.afterCommit) throw fault.error;
    const value = run();
    if (fault) throw fault.error;
    return value;
  }

  createCall(body: ServiceCallCreate) {
    return this.step('createCall', () => {
      const id = ++this.next;
      this.calls.push({ id, body, createDateTime: this.now });
      this.log.push(`call ${id}`);
      return id;
    });
  }
  findCalls(call: ServiceCallCreate, since: string) {
    return this.step('findCalls', () => this.calls
      .filter((c) => c.body.companyID === call.companyID && c.body.startDateTime === call.startDateTime && c.createDateTime >= since)
      .map((c) => c.id));
  }
  attachTicket(callId: number, ticketId: number) {
    return this.step('attachTicket', () => {
      if (this.sct.some((x) => x.callId === callId && x.ticketId === ticketId)) throw refused('The ticket is already attached to this service call.');
      const id = ++this.next;
      this.sct.push({ id, callId, ticketId });
      this.log.push(`ticket ${ticketId}`);
      return id;
    });
  }
  callTickets(callId: number) {
    return this.step('callTickets', () => this.sct.filter((x) => x.callId === callId).map((x) => ({ id: x.id, ticketId: x.ticketId })));
  }
  assignResource(sctId: number, a: { resourceId: number; roleId: number | null }) {
    return this.step('assignResource', () => {
      if (this.sctr.some((x) => x.sctId === sctId && x.resourceId === a.resourceId)) throw refused('The resource is already assigned to this service call ticket.');
      const id = ++this.next;
      this.sctr.push({ id, sctId, resourceId: a.resourceId, roleId: a.roleId });
      this.log.push(`resource ${a.resourceId}@${sctId}`);
      return id;
    });
  }
  callTicketResources(ids: readonly number[]) {
    return this.step('callTicketResources', () => this.sctr.filter((x) => ids.includes(x.sctId)).map((x) => ({ id: x.id, callTicketId: x.sctId, resourceId: x.resourceId })));
  }
  deleteCallTicketResource(_sctId: number, id: number) {
    return this.step('deleteCallTicketResource', () => {
      if (!this.sctr.some((x) => x.id === id)) throw new AutotaskNotFoundError('gone', { status: 404 });
      this.sctr = this.sctr.filter((x) => x.id !== id);
      this.log.push(`-resource ${id}`);
    });
  }
  deleteCallTicket(_callId: number, id: number) {
    return this.step('deleteCallTicket', () => {
      this.sct = this.sct.filter((x) => x.id !== id);
      this.log.push(`-ticket ${id}`);
    });
  }
  deleteCall(id: number) {
    return this.step('deleteCall', () => {
      this.calls = this.calls.filter((x) => x.id !== id);
      this.log.push(`-call ${id}`);
    });
  }
}

const CALL: ServiceCallCreate = { companyID: 175, startDateTime: '2026-11-30T09:00:00.000Z', endDateTime: '2026-11-30T10:00:00.000Z', description: 'On site', status: 1 } as ServiceCallCreate;
const PLAN: ServiceCallPlan = { call: CALL, tickets: [11, 12], resources: [{ resourceId: 1, roleId: 7 }, { resourceId: 2, roleId: null }] };
const NOW = () => new Date('2026-11-29T10:00:30.000Z');

async function failing(run: Promise<unknown>): Promise<ServiceCallIncompleteError> {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ServiceCallIncompleteError);
  return error as ServiceCallIncompleteError;
}

const full = (at: FakeAutotask) => ({ calls: at.calls.length, tickets: at.sct.length, resources: at.sctr.length });

describe('runServiceCall', () => {
  it('creates the call, then each ticket, then each (ticket, resource), with the roles', async () => {
    const at = new FakeAutotask();
    const p = await runServiceCall(at, PLAN, NOTHING_YET, NOW);
    expect(at.log).toEqual(['call 101', 'ticket 11', 'ticket 12', 'resource 1@102', 'resource 2@102', 'resource 1@103', 'resource 2@103']);
    expect(p).toEqual({ callId: 101, callUncertainSince: null, tickets: { 11: 102, 12: 103 }, resources: { '11:1': 104, '11:2': 105, '12:1': 106, '12:2': 107 } });
    expect(at.sctr.map((r) => r.roleId)).toEqual([7, null, 7, null]);
    expect(isComplete(PLAN, p)).toBe(true);
    expect(at.counts.callTickets).toBeUndefined(); // a first save reads nothing back
  });

  it('a refused call: nothing exists, and the error says so with Autotask\'s text', async () => {
    const at = new FakeAutotask([{ op: 'createCall', nth: 1, error: refused('endDateTime must be later than startDateTime.') }]);
    const e = await failing(runServiceCall(at, PLAN, NOTHING_YET, NOW));
    expect(e.progress).toEqual(NOTHING_YET);
    expect(e.failed).toEqual({ kind: 'call', ambiguous: false });
    expect((e.cause as AutotaskValidationError).errors).toEqual(['endDateTime must be later than startDateTime.']);
    expect(full(at)).toEqual({ calls: 0, tickets: 0, resources: 0 });
  });

  it('fails after the call: the call exists, no ticket; Finish attaches and assigns the rest only', async () => {
    const at = new FakeAutotask([{ op: 'attachTicket', nth: 1, error: refused('Reference value on field: ticketID of type: Ticket does not exist or is invalid.') }]);
    const e = await failing(runServiceCall(at, PLAN, NOTHING_YET, NOW));
    expect(e.progress).toMatchObject({ callId: 101, tickets: {}, resources: {} });
    expect(e.failed).toEqual({ kind: 'ticket', ticketId: 11, ambiguous: false });
    expect(missingSteps(PLAN, e.progress)).toMatchObject({ call: false, tickets: [11, 12] });
    const done = await runServiceCall(at, PLAN, e.progress, NOW);
    expect(isComplete(PLAN, done)).toBe(true);
    expect(full(at)).toEqual({ calls: 1, tickets: 2, resources: 4 });
  });

  it('fails after some tickets: the first is attached, the second not; Finish does not attach the first again', async () => {
    const at = new FakeAutotask([{ op: 'attachTicket', nth: 2, error: refused('Ticket closed') }]);
    const e = await failing(runServiceCall(at, PLAN, NOTHING_YET, NOW));
    expect(e.progress).toMatchObject({ callId: 101, tickets: { 11: 102 }, resources: {} });
    expect(e.failed).toMatchObject({ kind: 'ticket', ticketId: 12 });
    await runServiceCall(at, PLAN, e.progress, NOW);
    expect(at.sct.map((x) => x.ticketId)).toEqual([11, 12]);
    expect(full(at)).toEqual({ calls: 1, tickets: 2, resources: 4 });
  });

  it('fails after some resources: what is assigned is reported; Finish assigns only the missing ones', async () => {
    const at = new FakeAutotask([{ op: 'assignResource', nth: 3, error: refused('Role does not exist or is invalid') }]);
    const e = await failing(runServiceCall(at, PLAN, NOTHING_YET, NOW));
    expect(e.progress.resources).toEqual({ '11:1': 104, '11:2': 105 });
    expect(e.failed).toEqual({ kind: 'resource', ticketId: 12, resourceId: 1, ambiguous: false });
    expect(missingSteps(PLAN, e.progress).resources).toEqual([{ ticketId: 12, resourceId: 1 }, { ticketId: 12, resourceId: 2 }]);
    const done = await runServiceCall(at, PLAN, e.progress, NOW);
    expect(isComplete(PLAN, done)).toBe(true);
    expect(full(at)).toEqual({ calls: 1, tickets: 2, resources: 4 });
  });

  it('an ambiguous resource failure (the write landed, the answer was lost) is looked up at once: counted as assigned, never repeated', async () => {
    const at = new FakeAutotask([{ op: 'assignResource', nth: 2, error: dropped(), afterCommit: true }, { op: 'assignResource', nth: 3, error: refused('Role does not exist or is invalid') }]);
    const e = await failing(runServiceCall(at, PLAN, NOTHING_YET, NOW));
    expect(at.counts.callTickets).toBe(1); // looked once, after the lost answer
    expect(e.failed).toEqual({ kind: 'resource', ticketId: 12, resourceId: 1, ambiguous: false });
    expect(e.progress.resources).toEqual({ '11:1': 104, '11:2': 105 });
    const done = await runServiceCall(at, PLAN, e.progress, NOW);
    expect(isComplete(PLAN, done)).toBe(true);
    expect(full(at)).toEqual({ calls: 1, tickets: 2, resources: 4 });
  });

  it('after an ambiguous failure whose look also failed, Finish looks before redoing: no duplicate ticket', async () => {
    const at = new FakeAutotask([
      { op: 'attachTicket', nth: 1, error: dropped(), afterCommit: true },
      { op: 'callTickets', nth: 1, error: dropped() },
    ]);
    const e = await failing(runServiceCall(at, PLAN, NOTHING_YET, NOW));
    expect(e.progress.tickets).toEqual({}); // unknown yet: the look failed
    expect(e.failed).toMatchObject({ kind: 'ticket', ticketId: 11, ambiguous: true });
    const done = await runServiceCall(at, PLAN, e.progress, NOW);
    expect(done.tickets[11]).toBe(102);
    expect(at.sct.filter((x) => x.ticketId === 11)).toHaveLength(1);
    expect(full(at)).toEqual({ calls: 1, tickets: 2, resources: 4 });
  });

  it('an ambiguous call create: found by company, times and creation time; not created twice', async () => {
    const at = new FakeAutotask([{ op: 'createCall', nth: 1, error: dropped(), afterCommit: true }]);
    const done = await runServiceCall(at, PLAN, NOTHING_YET, NOW);
    expect(done.callId).toBe(101);
    expect(full(at)).toEqual({ calls: 1, tickets: 2, resources: 4 });
  });

  it('an ambiguous call create whose look fails: "may exist", and Finish looks from that time before creating', async () => {
    const at = new FakeAutotask([{ op: 'createCall', nth: 1, error: dropped(), afterCommit: true }, { op: 'findCalls', nth: 1, error: dropped() }]);
    const e = await failing(runServiceCall(at, PLAN, NOTHING_YET, NOW));
    expect(e.progress).toMatchObject({ callId: null, callUncertainSince: '2026-11-29T09:59:30.000Z' });
    const done = await runServiceCall(at, PLAN, e.progress, NOW);
    expect(done.callId).toBe(101);
    expect(at.counts.createCall).toBe(1);
    expect(full(at)).toEqual({ calls: 1, tickets: 2, resources: 4 });
  });

  it('an ambiguous call create that did not land: the look finds nothing and nothing exists', async () => {
    const at = new FakeAutotask([{ op: 'createCall', nth: 1, error: dropped() }]);
    const e = await failing(runServiceCall(at, PLAN, NOTHING_YET, NOW));
    expect(e.progress).toEqual(NOTHING_YET);
    expect(e.failed.ambiguous).toBe(true);
  });
});

describe('removeServiceCall', () => {
  const partly = async (at: FakeAutotask): Promise<ServiceCallProgress> => (await failing(runServiceCall(at, PLAN, NOTHING_YET, NOW))).progress;

  it('deletes resources, then tickets, then the call, and nothing is left', async () => {
    const at = new FakeAutotask([{ op: 'assignResource', nth: 3, error: refused('no') }]);
    const progress = await partly(at);
    at.log = [];
    const out = await removeServiceCall(at, PLAN, progress);
    expect(out.error).toBeNull();
    expect(at.log).toEqual(['-resource 104', '-resource 105', '-ticket 102', '-ticket 103', '-call 101']);
    expect(out.left).toEqual(NOTHING_YET);
    expect(full(at)).toEqual({ calls: 0, tickets: 0, resources: 0 });
  });

  it('removes also what an ambiguous step made (it looks first), and counts a record already gone as removed', async () => {
    const at = new FakeAutotask([
      { op: 'attachTicket', nth: 2, error: dropped(), afterCommit: true },
      { op: 'callTickets', nth: 1, error: dropped() },
      { op: 'deleteCallTicket', nth: 1, error: new AutotaskNotFoundError('gone', { status: 404 }), afterCommit: true },
    ]);
    const progress = await partly(at);
    expect(progress.tickets).toEqual({ 11: 102 });
    const out = await removeServiceCall(at, PLAN, progress);
    expect(out.error).toBeNull();
    expect(full(at)).toEqual({ calls: 0, tickets: 0, resources: 0 });
  });

  it('a refused deletion stops there and leaves exactly what still exists', async () => {
    const at = new FakeAutotask([
      { op: 'assignResource', nth: 2, error: refused('no') },
      { op: 'deleteCallTicket', nth: 1, error: new AutotaskPermissionError('refused', { status: 403, errors: ['not allowed'] }) },
    ]);
    const progress = await partly(at);
    const out = await removeServiceCall(at, PLAN, progress);
    expect(out.error).toBeInstanceOf(AutotaskPermissionError);
    expect(out.left).toMatchObject({ callId: 101, tickets: { 11: 102, 12: 103 }, resources: {} });
    expect(full(at)).toEqual({ calls: 1, tickets: 2, resources: 0 });
  });

  it('an uncertain call is looked for before removing', async () => {
    const at = new FakeAutotask([{ op: 'createCall', nth: 1, error: dropped(), afterCommit: true }, { op: 'findCalls', nth: 1, error: dropped() }]);
    const progress = await partly(at);
    const out = await removeServiceCall(at, PLAN, progress);
    expect(out.error).toBeNull();
    expect(at.calls).toEqual([]);
  });
});
