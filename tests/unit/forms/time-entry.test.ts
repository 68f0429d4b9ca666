/** Ticket Time and Project Time, pure: zone ↔ UTC (DST included), hours, the checks before sending, the TimeEntries body, the timer's fill-in. */
import { EntityFields } from '../../../src/autotask';
import {
  blankTimeForm, checkTime, filledFromTimer, fromWall, parseHours, parseTimeDraft, TIME_LABELS, timeEntryBody, toWall, withComputedHours, type TimeFormState,
} from '../../../src/addin/forms/time-entry';
import { validateRecord } from '../../../src/addin/forms/validation';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const TICKET = { id: 7001, name: 'T20261128.0001 VPN drops every afternoon' };

const form = (o: Partial<TimeFormState> = {}): TimeFormState => ({
  ...blankTimeForm(new Date('2026-11-30T15:00:00Z'), NY, TICKET),
  start: '09:00', end: '10:30', hours: '1.5', roleID: 40, billingCodeID: 600, summaryNotes: 'Reset the VPN profile', ...o,
});

const messages = (s: TimeFormState, target: 'ticket' | 'task' = 'ticket', tz = NY) => checkTime(s, target, tz).map((p) => `${p.field}: ${p.message}`);

describe('wall clock in the user\'s zone ↔ UTC', () => {
  it('converts both ways in winter and summer', () => {
    expect(fromWall('2026-11-30', '09:00', NY)?.toISOString()).toBe('2026-11-30T14:00:00.000Z');
    expect(fromWall('2026-07-01', '09:00', NY)?.toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(fromWall('2026-07-01', '09:00', BERLIN)?.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(toWall(new Date('2026-11-30T14:00:00Z'), NY)).toEqual({ date: '2026-11-30', time: '09:00' });
    // Late evening in New York is already the next day in UTC: the day shown stays the user's.
    expect(toWall(new Date('2026-12-01T03:30:00Z'), NY)).toEqual({ date: '2026-11-30', time: '22:30' });
  });

  it('a time the clocks skip does not exist; a repeated one is the first', () => {
    expect(fromWall('2026-03-08', '02:30', NY)).toBeNull();
    expect(fromWall('2026-11-01', '01:30', NY)?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(fromWall('2026-02-30', '09:00', NY)).toBeNull();
    expect(fromWall('2026-11-30', '24:00', NY)).toBeNull();
  });

  it('hours across a DST change are the real time worked', () => {
    // 01:00 to 04:00 on the spring-forward night is two hours, not three.
    expect(withComputedHours(form({ date: '2026-03-08', start: '01:00', end: '04:00', hours: '' }), NY).hours).toBe('2');
    // 00:30 to 02:30 on the fall-back night is three hours.
    expect(withComputedHours(form({ date: '2026-11-01', start: '00:30', end: '02:30', hours: '' }), NY).hours).toBe('3');
    const body = timeEntryBody(form({ date: '2026-03-08', start: '01:00', end: '04:00', hours: '2' }), 'ticket', 29682886, NY);
    expect(body.startDateTime).toBe('2026-03-08T06:00:00.000Z');
    expect(body.endDateTime).toBe('2026-03-08T08:00:00.000Z');
  });
});

describe('hours', () => {
  it('follow start and end until the user types them', () => {
    expect(withComputedHours(form({ start: '09:10', end: '09:55', hours: '' }), NY).hours).toBe('0.75');
    expect(withComputedHours(form({ start: '09:00', end: '12:00', hours: '2.5', hoursTyped: true }), NY).hours).toBe('2.5');
  });

  it('accept a decimal comma, refuse text', () => {
    expect(parseHours('1,25')).toBe(1.25);
    expect(parseHours('.5')).toBe(0.5);
    expect(parseHours('1h')).toBeNaN();
  });
});

describe('checks before sending', () => {
  it('a complete ticket entry passes', () => {
    expect(messages(form())).toEqual([]);
    expect(messages(form({ start: '', end: '', hours: '2' }))).toEqual([]);
  });

  it('names every missing piece', () => {
    expect(messages({ ...blankTimeForm(new Date('2026-11-30T15:00:00Z'), NY), date: '' })).toEqual([
      'ticketID: Ticket is required: search by number or title.',
      'dateWorked: Date is required.',
      'hoursWorked: Enter the hours worked, or a start and an end.',
      'roleID: Role is required.',
      'summaryNotes: Summary notes are required: say what you did.',
    ]);
    expect(messages(form({ ticket: null }), 'task')).toEqual([
      'projectID: Project is required.',
      'taskID: Task is required: choose the project first, then one of its tasks.',
    ]);
  });

  it('invalid dates and times, end before start, a skipped time', () => {
    expect(messages(form({ date: '2026-02-30' }))).toEqual(['dateWorked: Date "2026-02-30" is not a date (use year-month-day).']);
    expect(messages(form({ start: '9.00' }))).toEqual(['startDateTime: Start "9.00" is not a time (use hours:minutes).']);
    expect(messages(form({ end: '' }))).toEqual(['endDateTime: End is required when a start is given.']);
    expect(messages(form({ start: '10:30', end: '09:00' }))).toEqual(['endDateTime: End 09:00 is not after start 10:30.']);
    expect(messages(form({ date: '2026-03-08', start: '02:30', end: '04:00' }))).toEqual([
      'startDateTime: Start 02:30 does not exist on 2026-03-08 in America/New_York (the clocks change).',
    ]);
  });

  it('0 < hours ≤ 24, and no more than start to end', () => {
    expect(messages(form({ start: '', end: '', hours: '0' }))).toEqual(['hoursWorked: Hours worked must be more than 0 and at most 24.']);
    expect(messages(form({ start: '', end: '', hours: '24.5' }))).toEqual(['hoursWorked: Hours worked must be more than 0 and at most 24.']);
    expect(messages(form({ start: '', end: '', hours: '24' }))).toEqual([]);
    expect(messages(form({ hours: 'lots' }))).toEqual(['hoursWorked: Hours worked "lots" is not a number.']);
    expect(messages(form({ hours: '2' }))).toEqual(['hoursWorked: Hours worked (2) is more than the time from start to end (1.5).']);
  });

  it('metadata adds lengths and tenant requirements (work type required here)', () => {
    const fields = new EntityFields('TimeEntries', [
      { name: 'resourceID', isRequired: true, isReference: true },
      { name: 'billingCodeID', isRequired: true, isReference: true },
      { name: 'summaryNotes', dataType: 'string', length: 32000 },
    ]);
    const body = timeEntryBody(form({ billingCodeID: null, summaryNotes: 'x'.repeat(32001) }), 'ticket', 29682886, NY) as unknown as Record<string, unknown>;
    expect(validateRecord(body, fields, { labels: TIME_LABELS, ignore: ['resourceID'] })).toEqual([
      { field: 'billingCodeID', message: 'Work type is required.' },
      { field: 'summaryNotes', message: 'Summary notes is 32,001 characters; Autotask allows 32,000.' },
    ]);
  });
});

describe('the TimeEntries body', () => {
  it('ticket time: the signed-in resource, the day at midnight UTC, start and end in UTC', () => {
    expect(timeEntryBody(form({ internalNotes: ' called Tom ' }), 'ticket', 29682886, NY)).toEqual({
      resourceID: 29682886, ticketID: 7001, roleID: 40, billingCodeID: 600, dateWorked: '2026-11-30T00:00:00.000Z',
      startDateTime: '2026-11-30T14:00:00.000Z', endDateTime: '2026-11-30T15:30:00.000Z', hoursWorked: 1.5,
      summaryNotes: 'Reset the VPN profile', internalNotes: 'called Tom',
    });
  });

  it('evening work keeps the user\'s day even though UTC is already tomorrow', () => {
    const body = timeEntryBody(form({ start: '21:00', end: '23:00', hours: '2' }), 'ticket', 29682886, NY);
    expect(body.dateWorked).toBe('2026-11-30T00:00:00.000Z');
    expect(body.startDateTime).toBe('2026-12-01T02:00:00.000Z');
    expect(body.endDateTime).toBe('2026-12-01T04:00:00.000Z');
  });

  it('project time: taskID, no ticketID; hours only: no start or end; no empty internal notes', () => {
    const body = timeEntryBody(form({ ticket: null, task: { id: 5102, name: 'Mailbox migration' }, start: '', end: '', hours: '0,25', billingCodeID: null }), 'task', 29682886, BERLIN);
    expect(body).toEqual({ resourceID: 29682886, taskID: 5102, roleID: 40, dateWorked: '2026-11-30T00:00:00.000Z', hoursWorked: 0.25, summaryNotes: 'Reset the VPN profile' });
  });
});

describe('what a stopped timer fills in', () => {
  it('day, start (down to the minute), end (up), hours worked without pauses', () => {
    const run = { start: new Date('2026-11-30T14:03:40Z'), end: new Date('2026-11-30T15:10:05Z'), workedMs: 45 * 60_000 };
    const filled = filledFromTimer(form({ start: '', end: '', hours: '' }), run, NY);
    expect(filled).toMatchObject({ date: '2026-11-30', start: '09:03', end: '10:11', hours: '0.75', hoursTyped: true });
    expect(messages(filled)).toEqual([]);
  });

  it('without pauses the hours are start to end; a run over midnight keeps the day and hours only', () => {
    const run = { start: new Date('2026-11-30T14:00:00Z'), end: new Date('2026-11-30T15:00:00Z'), workedMs: 3_600_000 };
    expect(filledFromTimer(form(), run, NY)).toMatchObject({ start: '09:00', end: '10:00', hours: '1', hoursTyped: false });
    const late = { start: new Date('2026-12-01T04:30:00Z'), end: new Date('2026-12-01T05:30:00Z'), workedMs: 3_600_000 };
    expect(filledFromTimer(form(), late, NY)).toMatchObject({ date: '2026-11-30', start: '', end: '', hours: '1' });
  });
});

it('a stored draft comes back only when it has the form\'s shape', () => {
  expect(parseTimeDraft(JSON.stringify(form()))).toEqual(form());
  expect(parseTimeDraft('{"date":1}')).toBeNull();
  expect(parseTimeDraft('not json')).toBeNull();
});
