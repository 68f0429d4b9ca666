import { createLimiter } from '../../../src/autotask/limiter';

describe('per-endpoint limiter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const task = (ms: number, log: string[], name: string, live: { now: number; max: number }) => async () => {
    live.now += 1;
    live.max = Math.max(live.max, live.now);
    log.push(`start ${name}`);
    await new Promise((r) => setTimeout(r, ms));
    live.now -= 1;
    log.push(`end ${name}`);
    return name;
  };

  it('keeps at most 3 in flight per bucket and starts the rest first-in first-out', async () => {
    const limiter = createLimiter(3);
    const log: string[] = [];
    const live = { now: 0, max: 0 };
    const all = Array.from({ length: 10 }, (_, i) => limiter.run('Tickets', task(100 - i * 5, log, `t${i}`, live)));
    await Promise.resolve();
    expect(limiter.stats('Tickets')).toEqual({ inFlight: 3, queued: 7 });
    await jest.runAllTimersAsync();
    expect(await Promise.all(all)).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}`));
    expect(live.max).toBe(3);
    expect(log.filter((l) => l.startsWith('start')).map((l) => l.slice(6))).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}`));
    expect(limiter.stats('Tickets')).toEqual({ inFlight: 0, queued: 0 });
  });

  it('buckets are independent (and case-insensitive)', async () => {
    const limiter = createLimiter(1);
    const log: string[] = [];
    const live = { now: 0, max: 0 };
    const a = limiter.run('Tickets', task(50, log, 'a', live));
    const b = limiter.run('tickets', task(50, log, 'b', live));
    const c = limiter.run('Contacts', task(10, log, 'c', live));
    await jest.runAllTimersAsync();
    await Promise.all([a, b, c]);
    expect(log.indexOf('end c')).toBeLessThan(log.indexOf('end a'));
    expect(log.indexOf('start b')).toBeGreaterThan(log.indexOf('end a'));
  });

  it('a failing task frees its slot', async () => {
    const limiter = createLimiter(1);
    const failed = limiter.run('X', async () => {
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    await expect(limiter.run('X', async () => 'ok')).resolves.toBe('ok');
    expect(limiter.stats('X')).toEqual({ inFlight: 0, queued: 0 });
  });

  it('rejects a nonsensical size', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
  });
});
