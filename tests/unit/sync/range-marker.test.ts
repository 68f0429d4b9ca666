import { eventFingerprint, formatMarker, parseMarker } from '../../../src/addin/sync/marker';
import { syncRange, zonedInstant } from '../../../src/addin/sync/range';
import { at } from './fixtures';

describe('syncRange', () => {
  it('runs from local midnight days back to the local midnight after days ahead', () => {
    const r = syncRange(at('2026-11-29T15:00:00Z'), 7, 30, 'America/New_York');
    expect(new Date(r.start).toISOString()).toBe('2026-11-22T05:00:00.000Z');
    expect(new Date(r.end).toISOString()).toBe('2026-12-30T05:00:00.000Z');
  });

  it('counts wall-clock days across a daylight-saving change (Europe/Berlin, 25 October 2026)', () => {
    const r = syncRange(at('2026-10-26T10:00:00Z'), 2, 0, 'Europe/Berlin');
    expect(new Date(r.start).toISOString()).toBe('2026-10-23T22:00:00.000Z'); // CEST midnight, UTC+2
    expect(new Date(r.end).toISOString()).toBe('2026-10-26T23:00:00.000Z'); // CET midnight, UTC+1
    expect((r.end - r.start) / 3_600_000).toBe(73);
  });

  it('takes the right day just after local midnight in a zone ahead of UTC', () => {
    const r = syncRange(at('2026-11-29T23:30:00Z'), 0, 0, 'Pacific/Auckland'); // 12:30 on 30 Nov in Auckland
    expect(new Date(r.start).toISOString()).toBe('2026-11-29T11:00:00.000Z');
  });

  it('moves a wall time skipped by spring-forward to a real instant (America/New_York, 8 March 2026, 02:30)', () => {
    const t = zonedInstant(2026, 3, 8, 'America/New_York', 2);
    expect([at('2026-03-08T07:00:00Z'), at('2026-03-08T06:00:00Z')]).toContain(t);
  });
});

describe('markers', () => {
  it('round-trip and refuse what is not ours', () => {
    const m = { type: 'serviceCall' as const, id: 12, origin: 'get' as const, source: 'abc', outlook: 'def' };
    expect(parseMarker(formatMarker(m))).toEqual(m);
    expect(formatMarker(m)).toBe('ServiceCall:12;get;abc;def');
    expect(parseMarker('Meeting:12;get;a;b')).toBeNull();
    expect(parseMarker('Contact:0;get;a;b')).toBeNull();
    expect(parseMarker('Contact:5')).toBeNull();
    expect(parseMarker('something else')).toBeNull();
    expect(parseMarker(null)).toBeNull();
  });

  it('fingerprints an event by what survives Outlook, to the minute', () => {
    const e = { subject: 'A', start: at('2026-12-01T10:00:00Z'), end: at('2026-12-01T11:00:00Z'), location: '' };
    expect(eventFingerprint({ ...e, start: e.start + 10_000 })).toBe(eventFingerprint(e));
    expect(eventFingerprint({ ...e, location: 'Room' })).not.toBe(eventFingerprint(e));
  });
});
