/** Saving a time entry: never a second one after an ambiguous failure; the ticket status change after it, whose failure never hides the saved time. */
import { AutotaskConnectionError, AutotaskValidationError, type PicklistValue, type TimeEntryCreate } from '../../../src/autotask';
import { saveTimeEntry, UncertainTimeSaveError, type TimeEntryPort } from '../../../src/addin/forms/time-save';

const NOW = new Date('2026-11-30T15:31:00Z');
const BODY: TimeEntryCreate = {
  resourceID: 29682886, ticketID: 7001, roleID: 40, dateWorked: '2026-11-30T00:00:00.000Z',
  startDateTime: '2026-11-30T14:00:00.000Z', endDateTime: '2026-11-30T15:30:00.000Z', hoursWorked: 1.5, summaryNotes: 'Reset the VPN profile',
};

const ambiguous = () => new AutotaskConnectionError('timeout', { mayHaveReachedServer: true, reason: 'timeout' });
const offline = () => new AutotaskConnectionError('offline', { mayHaveReachedServer: false, reason: 'network' });

/** An in-memory TimeEntries table; `createFails` throws once (after storing the entry when `stored`). */
function fake(opts: { createFails?: unknown; stored?: boolean; findFails?: number; statusFails?: unknown } = {}) {
  const entries: (TimeEntryCreate & { id: number })[] = [];
  const statuses: [number, PicklistValue][] = [];
  let fails = opts.createFails;
  let findFails = opts.findFails ?? 0;
  const port: TimeEntryPort = {
    create: jest.fn(async (body: TimeEntryCreate) => {
      const id = 500 + entries.length;
      if (fails) {
        const e = fails;
        fails = undefined;
        if (opts.stored) entries.push({ ...body, id });
        throw e;
      }
      entries.push({ ...body, id });
      return id;
    }),
    findSame: jest.fn(async (body: TimeEntryCreate) => {
      if (findFails > 0) {
        findFails--;
        throw offline();
      }
      return entries.filter((e) => e.resourceID === body.resourceID && e.ticketID === body.ticketID && e.startDateTime === body.startDateTime).map((e) => e.id);
    }),
    setTicketStatus: jest.fn(async (ticketId: number, status: PicklistValue) => {
      if (opts.statusFails) throw opts.statusFails;
      statuses.push([ticketId, status]);
    }),
  };
  return { port, entries, statuses };
}

describe('saving a time entry', () => {
  it('creates it; no status asked, none changed', async () => {
    const { port, entries } = fake();
    expect(await saveTimeEntry(port, BODY, { now: () => NOW })).toEqual({ id: 500, recovered: false, startedAt: '2026-11-30T15:30:00.000Z', status: { kind: 'none' } });
    expect(entries).toHaveLength(1);
    expect(port.findSame).not.toHaveBeenCalled();
    expect(port.setTicketStatus).not.toHaveBeenCalled();
  });

  it('an ambiguous failure that did save: found by resource, ticket and start, not made twice', async () => {
    const { port, entries } = fake({ createFails: ambiguous(), stored: true });
    expect(await saveTimeEntry(port, BODY, { now: () => NOW })).toMatchObject({ id: 500, recovered: true });
    expect(entries).toHaveLength(1);
    expect(port.findSame).toHaveBeenCalledWith(BODY, '2026-11-30T15:30:00.000Z');
  });

  it('an ambiguous failure that did not save: the error stands (the form keeps its values)', async () => {
    const { port, entries } = fake({ createFails: ambiguous() });
    await expect(saveTimeEntry(port, BODY, { now: () => NOW })).rejects.toBeInstanceOf(AutotaskConnectionError);
    expect(entries).toHaveLength(0);
  });

  it('the check failing too: UncertainTimeSaveError; the retry looks first and finds the entry', async () => {
    const { port, entries } = fake({ createFails: ambiguous(), stored: true, findFails: 1 });
    const error = await saveTimeEntry(port, BODY, { now: () => NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UncertainTimeSaveError);
    const since = (error as UncertainTimeSaveError).startedAt;
    expect(await saveTimeEntry(port, BODY, { uncertainSince: since })).toMatchObject({ id: 500, recovered: true, startedAt: since });
    expect(port.create).toHaveBeenCalledTimes(1);
    expect(entries).toHaveLength(1);
  });

  it('Autotask refusing is not ambiguous: no look, the refusal with its own text', async () => {
    const refusal = new AutotaskValidationError('Autotask rejected the request', { status: 500, errors: ['Role does not exist or is invalid'] });
    const { port } = fake({ createFails: refusal });
    await expect(saveTimeEntry(port, BODY)).rejects.toBe(refusal);
    expect(port.findSame).not.toHaveBeenCalled();
  });
});

describe('the ticket status change', () => {
  it('is made after the time entry exists', async () => {
    const { port, statuses } = fake();
    expect(await saveTimeEntry(port, BODY, { status: 5 })).toMatchObject({ id: 500, status: { kind: 'changed' } });
    expect(statuses).toEqual([[7001, 5]]);
  });

  it('failing, it is reported beside the saved time, not instead of it', async () => {
    const refusal = new AutotaskValidationError('Autotask rejected the request', { status: 500, errors: ['Status is not valid for this ticket category'] });
    const { port, entries } = fake({ statusFails: refusal });
    expect(await saveTimeEntry(port, BODY, { status: 5 })).toMatchObject({ id: 500, recovered: false, status: { kind: 'failed', error: refusal } });
    expect(entries).toHaveLength(1);
  });

  it('task time never touches a ticket', async () => {
    const { port } = fake();
    const { ticketID: _t, ...rest } = BODY;
    expect(await saveTimeEntry(port, { ...rest, taskID: 5102 }, { status: 5 })).toMatchObject({ status: { kind: 'none' } });
    expect(port.setTicketStatus).not.toHaveBeenCalled();
  });
});
