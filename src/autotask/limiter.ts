/**
 * Per-endpoint concurrency limiter. Autotask allows 3 concurrent requests per integration code and
 * object endpoint; the client keeps at most `maxConcurrent` in flight per bucket (the entity name)
 * and queues the rest first-in first-out. A retrying request gives its slot back while it sleeps
 * and re-queues at the back, so back-off never blocks other callers.
 */

export interface Limiter {
  run<T>(bucket: string, task: () => Promise<T>): Promise<T>;
  /** In-flight and queued counts per bucket (for tests and diagnostics). */
  stats(bucket: string): { inFlight: number; queued: number };
}

interface Bucket {
  inFlight: number;
  queue: Array<() => void>;
}

export function createLimiter(maxConcurrent = 3): Limiter {
  if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) throw new RangeError('maxConcurrent must be a positive integer');
  const buckets = new Map<string, Bucket>();

  const bucketOf = (name: string): Bucket => {
    const key = name.toLowerCase();
    let b = buckets.get(key);
    if (!b) {
      b = { inFlight: 0, queue: [] };
      buckets.set(key, b);
    }
    return b;
  };

  const acquire = (b: Bucket): Promise<void> => {
    if (b.inFlight < maxConcurrent && b.queue.length === 0) {
      b.inFlight += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => b.queue.push(resolve));
  };

  const release = (b: Bucket): void => {
    const next = b.queue.shift();
    if (next) next(); // the slot passes straight to the next waiter: inFlight is unchanged
    else b.inFlight -= 1;
  };

  return {
    async run<T>(name: string, task: () => Promise<T>): Promise<T> {
      const b = bucketOf(name);
      await acquire(b);
      try {
        return await task();
      } finally {
        release(b);
      }
    },
    stats(name) {
      const b = bucketOf(name);
      return { inFlight: b.inFlight, queued: b.queue.length };
    },
  };
}
