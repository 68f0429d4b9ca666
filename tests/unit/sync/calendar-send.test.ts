import { planSendCalendar, sentMarker } from '../../../src/addin/sync/calendar-send';
import type { AutotaskAppointment } from '../../../src/addin/sync/types';
import { at, event } from './fixtures';

const appt = (over: Partial<AutotaskAppointment> = {}): AutotaskAppointment => ({
  id: 700, title: 'Lunch with Maria', description: 'Talk about training', start: at('2026-12-01T12:00:00Z'), end: at('2026-12-01T13:00:00Z'), ...over,
});

describe('planSendCalendar', () => {
  it('creates an appointment with title, description and times of a new event', () => {
    const [a] = planSendCalendar([event()], []);
    expect(a).toMatchObject({ kind: 'create', fields: { title: 'Lunch with Maria', description: 'Talk about training', start: at('2026-12-01T12:00:00Z') } });
  });

  it('sends a private event as "Appointment" with no details', () => {
    const [a] = planSendCalendar([event({ isPrivate: true, subject: 'Doctor', body: 'results' })], []);
    expect(a).toMatchObject({ kind: 'create', fields: { title: 'Appointment', description: '' } });
  });

  it('does not create a second appointment when one with the same title and times exists (retry, or a lost marker)', () => {
    const [a] = planSendCalendar([event()], [appt()]);
    expect(a).toMatchObject({ kind: 'update', appointmentId: 700, patch: {} });
    if (a?.kind !== 'update') throw new Error();
    expect(a.marker).toMatchObject({ type: 'appointment', id: 700, origin: 'send' });
  });

  it('does nothing the second time: the marker and the appointment agree', () => {
    const a = appt();
    const e = event();
    const sent = { ...e, marker: sentMarker(a, e, 'send') };
    expect(planSendCalendar([sent], [a])).toEqual([{ kind: 'unchanged', key: 'ev-1' }]);
  });

  it('updates the appointment it came from when the event was moved, all fields for events made in Outlook', () => {
    const a = appt();
    const e = event();
    const moved = { ...e, subject: 'Lunch with Maria and Tom', start: e.start + 1_800_000, end: e.end + 1_800_000, marker: sentMarker(a, e, 'send') };
    const [x] = planSendCalendar([moved], [a]);
    expect(x).toMatchObject({ kind: 'update', appointmentId: 700, patch: { title: 'Lunch with Maria and Tom', start: moved.start, end: moved.end } });
  });

  it('sends only date and time for an event that came from Autotask (title and description edits do not flow back)', () => {
    const a = appt({ title: 'Stand-up' });
    const e = event({ subject: 'Stand-up', body: 'x' });
    const moved = { ...e, subject: 'Renamed', start: e.start + 900_000, marker: sentMarker(a, e, 'get') };
    const [x] = planSendCalendar([moved], [a]);
    expect(x).toMatchObject({ kind: 'update', patch: { start: moved.start } });
    if (x?.kind !== 'update') throw new Error();
    expect(x.patch).not.toHaveProperty('title');
  });

  it('skips to-dos, service calls and cancelled events with a reason', () => {
    const todo = event({ marker: { type: 'todo', id: 1, origin: 'get', source: '', outlook: '' } });
    const cancelled = event({ id: 'ev-2', isCancelled: true });
    expect(planSendCalendar([todo, cancelled], [])).toEqual([
      { kind: 'skip', key: 'ev-1', label: 'Lunch with Maria', reason: 'not-an-appointment' },
      { kind: 'skip', key: 'ev-2', label: 'Lunch with Maria', reason: 'cancelled' },
    ]);
  });

  it('sends each occurrence of a recurring event in the range as its own appointment, without a marker on the occurrence', () => {
    const week = 7 * 86_400_000;
    const occ = [0, 1, 2].map((i) => event({ id: `occ-${i}`, subject: 'Backup check', kind: 'occurrence', seriesId: 's', start: event().start + i * week, end: event().end + i * week }));
    const plan = planSendCalendar(occ, [appt({ id: 1, title: 'Backup check' })]);
    expect(plan.map((a) => a.kind)).toEqual(['unchanged', 'create', 'create']);
  });

  it('matches one appointment to one event only (two identical events become two appointments)', () => {
    const plan = planSendCalendar([event(), event({ id: 'ev-2' })], [appt()]);
    expect(plan.map((a) => a.kind)).toEqual(['update', 'create']);
  });

  it('cuts title and description to Autotask\'s lengths', () => {
    const [a] = planSendCalendar([event({ subject: 'x'.repeat(300), body: 'y'.repeat(9000) })], []);
    if (a?.kind !== 'create') throw new Error();
    expect(a.fields.title).toHaveLength(256);
    expect(a.fields.description).toHaveLength(8000);
  });
});
