/** Fixed-window request counter per client address (in memory; one gateway process). */
import { errors } from '../errors';

export function createRateLimiter(perMinute: number, now: () => number) {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;
  return {
    /** Throws 429 `rate_limited` when the address has used up this minute. */
    hit(address: string): void {
      const t = now();
      if (t - lastSweep > 60_000) {
        for (const [k, w] of windows) if (t - w.start >= 60_000) windows.delete(k);
        lastSweep = t;
      }
      const w = windows.get(address);
      if (!w || t - w.start >= 60_000) {
        windows.set(address, { start: t, count: 1 });
        return;
      }
      w.count += 1;
      if (w.count > perMinute) throw errors.rateLimited(Math.max(1, Math.ceil((w.start + 60_000 - t) / 1000)));
    },
  };
}
