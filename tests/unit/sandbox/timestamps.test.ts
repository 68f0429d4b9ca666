import { compactDate, formatTimestamp, parseTimestamp, roundDecimal, utcMidnight } from '../../../src/sandbox/format/timestamps';

describe('sandbox timestamps (reference §12)', () => {
  it.each([
    ['2022-12-07T09:15:28.147Z', '2022-12-07T09:15:28.147Z'],
    ['2022-12-07T09:15:45.200Z', '2022-12-07T09:15:45.2Z'],
    ['2022-12-07T09:15:45.250Z', '2022-12-07T09:15:45.25Z'],
    ['2022-12-06T13:00:00.000Z', '2022-12-06T13:00:00Z'],
  ])('formats %s as %s (UTC, Z, trailing zeros trimmed)', (input, expected) => {
    expect(formatTimestamp(input)).toBe(expected);
    expect(formatTimestamp(new Date(input))).toBe(expected);
  });

  it('reads offset-less input as UTC and honours explicit offsets', () => {
    expect(parseTimestamp('2030-03-21T00:00:00')!.toISOString()).toBe('2030-03-21T00:00:00.000Z');
    expect(parseTimestamp('2020-10-05T10:59:57.537')!.toISOString()).toBe('2020-10-05T10:59:57.537Z');
    expect(parseTimestamp('2026-11-28T10:00:00+01:00')!.toISOString()).toBe('2026-11-28T09:00:00.000Z');
    expect(parseTimestamp('2026-11-28T10:00:00-0530')!.toISOString()).toBe('2026-11-28T15:30:00.000Z');
    expect(parseTimestamp('2026-11-28')!.toISOString()).toBe('2026-11-28T00:00:00.000Z');
    expect(parseTimestamp('2026-11-28T10:00:00.1234567Z')!.toISOString()).toBe('2026-11-28T10:00:00.123Z');
  });

  it.each(['', 'yesterday', '2026-02-30T00:00:00Z', '2026-11-28T25:00:00Z', '28/11/2026'])('rejects %p', (bad) => {
    expect(parseTimestamp(bad)).toBeNull();
  });

  it('rounds decimals to 4 places and computes date-only values', () => {
    expect(roundDecimal(3.5)).toBe(3.5);
    expect(roundDecimal(0.123456)).toBe(0.1235);
    expect(roundDecimal(2 / 3)).toBe(0.6667);
    expect(utcMidnight(new Date('2026-11-28T23:59:59Z')).toISOString()).toBe('2026-11-28T00:00:00.000Z');
    expect(compactDate(new Date('2026-11-28T08:00:00Z'))).toBe('20261128');
  });
});
