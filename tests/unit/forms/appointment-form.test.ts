/** Appointment form: local times shown, UTC sent; the open calendar item as the start; checks before sending; saving once. */
import { AutotaskConnectionError, AutotaskValidationError, EntityFields } from '../../../src/autotask';
import { appointmentBody, appointmentFromItem, blankAppointment, validateAppointment, type AppointmentValues } from '../../../src/addin/forms/appointment-form';
import { RecordUncertainError, saveRecordOnce, type RecordPort } from '../../../src/addin/forms/record-save';
import { fromLocalInput, toLocalInput } from '../../../src/addin/forms/schedule';

const FIELDS = new EntityFields('Appointments', [
  { name: 'resourceID', isRequired: true, isReference: true },
  { name: 'title', dataType: 'string', length: 256, isRequired: true },
  { name: 'description', dataType: 'string', length: 8000 },
  { name: 'startDateTime', isRequired: true, dataType: 'datetime' },
  { name: 'endDateTime', isRequired: true, dataType: 'datetime' },
]);

// Local wall-clock values, whatever zone the test runs in; their UTC is what Autotask must get.
const START = '2026-12-10T10:00';
const END = '2026-12-10T11:30';
const utc = (local: string) => fromLocalInput(local)!.toISOString();
const values = (o: Partial<AppointmentValues> = {}): AppointmentValues => ({ title: 'Quarterly review', description: 'Agenda', start: START, end: END, ...o });

describe('appointment body', () => {
  it('sends the local start and end as UTC, for the signed-in resource', () => {
    expect(appointmentBody(values(), 29682886)).toEqual({
      resourceID: 29682886, title: 'Quarterly review', description: 'Agenda', startDateTime: utc(START), endDateTime: utc(END),
    });
    expect(utc(START)).toBe(new Date(2026, 11, 10, 10, 0).toISOString());
  });

  it('leaves an empty description out and trims the title', () => {
    expect(appointmentBody(values({ title: '  Review ', description: '  ' }), 5)).not.toHaveProperty('description');
    expect(appointmentBody(values({ title: '  Review ' }), 5).title).toBe('Review');
  });

  it('prefills from a calendar item: subject, its times in local time, where, then the body', () => {
    const start = new Date('2026-12-10T15:00:00Z');
    const v = appointmentFromItem({ subject: ' Quarterly IT review ', start, end: new Date('2026-12-10T16:00:00Z'), location: 'Conference room', body: 'Hi Sam' });
    expect(v).toEqual({ title: 'Quarterly IT review', description: 'Where: Conference room\n\nHi Sam', start: toLocalInput(start), end: toLocalInput(new Date('2026-12-10T16:00:00Z')) });
    expect(utc(v.start)).toBe('2026-12-10T15:00:00.000Z');
    expect(appointmentFromItem({ subject: 'x', start, end: start, location: '', body: 'y'.repeat(20) }, 10).description).toBe(`${'y'.repeat(9)}…`);
    expect(appointmentFromItem({ subject: 'x', start, end: start, location: 'Room 4', body: 'When: 10:00\nWhere: Room 4\n\nAgenda' }).description).toBe('When: 10:00\nWhere: Room 4\n\nAgenda');
  });

  it('a blank form starts at the next half hour for 30 minutes', () => {
    const v = blankAppointment(new Date(2026, 10, 30, 9, 10));
    expect(v.start).toBe('2026-11-30T09:30');
    expect(v.end).toBe('2026-11-30T10:00');
    expect(blankAppointment(new Date(2026, 10, 30, 9, 45)).start).toBe('2026-11-30T10:00');
  });
});

describe('appointment checks before sending', () => {
  it('a complete appointment passes', () => {
    expect(validateAppointment(values(), 5, FIELDS)).toEqual([]);
  });

  it('end before start', () => {
    expect(validateAppointment(values({ end: '2026-12-10T09:00' }), 5, FIELDS)).toEqual([{ field: 'endDateTime', message: 'End is before Start.' }]);
  });

  it('missing and impossible dates, each said once; a missing title', () => {
    expect(validateAppointment(values({ title: '', start: '', end: '2026-02-30T10:00' }), 5, FIELDS)).toEqual([
      { field: 'startDateTime', message: 'Start is required.' },
      { field: 'endDateTime', message: 'End is not a valid date and time.' },
      { field: 'title', message: 'Title is required.' },
    ]);
  });

  it('lengths from metadata', () => {
    const tight = new EntityFields('Appointments', [...FIELDS.list.filter((f) => f.name !== 'title'), { name: 'title', dataType: 'string', length: 10, isRequired: true }]);
    expect(validateAppointment(values({ title: 'x'.repeat(11) }), 5, tight)).toEqual([{ field: 'title', message: 'Title is 11 characters; Autotask allows 10.' }]);
  });
});

describe('saving a record once', () => {
  const ambiguous = () => new AutotaskConnectionError('timeout', { mayHaveReachedServer: true, reason: 'timeout' });
  function port(opts: { createFails?: unknown; stored?: boolean; findFails?: number }) {
    const made: number[] = [];
    let fails = opts.createFails;
    let findFails = opts.findFails ?? 0;
    const p: RecordPort = {
      create: jest.fn(async () => {
        const id = 9301 + made.length;
        if (fails) {
          const e = fails;
          fails = undefined;
          if (opts.stored) made.push(id);
          throw e;
        }
        made.push(id);
        return id;
      }),
      findSince: jest.fn(async () => {
        if (findFails-- > 0) throw new AutotaskConnectionError('offline', { mayHaveReachedServer: false, reason: 'network' });
        return [...made];
      }),
    };
    return { p, made };
  }

  it('creates; a refusal is Autotask\'s own error, nothing looked up', async () => {
    const { p } = port({});
    expect(await saveRecordOnce(p)).toEqual({ id: 9301, recovered: false });
    const refused = port({ createFails: new AutotaskValidationError('End is before start.', { status: 500 }) });
    await expect(saveRecordOnce(refused.p)).rejects.toThrow('End is before start.');
    expect(refused.p.findSince).not.toHaveBeenCalled();
  });

  it('an ambiguous failure that did save is found, not made twice', async () => {
    const { p, made } = port({ createFails: ambiguous(), stored: true });
    expect(await saveRecordOnce(p)).toEqual({ id: 9301, recovered: true });
    expect(made).toHaveLength(1);
  });

  it('unchecked: the retry looks from the same moment first', async () => {
    const { p, made } = port({ createFails: ambiguous(), stored: true, findFails: 1 });
    const error = await saveRecordOnce(p, { now: () => new Date('2026-11-30T13:00:00Z') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordUncertainError);
    expect((error as RecordUncertainError).since).toBe('2026-11-30T12:58:00.000Z');
    expect(await saveRecordOnce(p, { uncertainSince: (error as RecordUncertainError).since })).toEqual({ id: 9301, recovered: true });
    expect(p.findSince).toHaveBeenLastCalledWith('2026-11-30T12:58:00.000Z');
    expect(made).toHaveLength(1);
    expect(p.create).toHaveBeenCalledTimes(1);
  });
});
