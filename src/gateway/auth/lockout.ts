/**
 * Lockout with back-off, per key (`user:<email>`, `addr:<client address>`): after `max` failures
 * within the failure window the key is locked for base·2^n seconds (n = locks in the last day),
 * capped at `maxSeconds`. A locked key is refused before any code is checked.
 */
import { errors } from '../errors';
import type { GatewayStore, LockoutRow } from '../store/store';

export interface LockoutSettings {
  failureWindowSeconds: number;
  baseSeconds: number;
  maxSeconds: number;
}

const DAY_MS = 24 * 3600 * 1000;

export const userKey = (email: string) => `user:${email}`;
export const addressKey = (address: string) => `addr:${address}`;

export function createLockout(store: GatewayStore, settings: LockoutSettings, now: () => number) {
  return {
    /** Throws 423 `locked` with the longest remaining wait of the given keys. */
    check(keys: string[]): void {
      const t = now();
      let wait = 0;
      for (const key of keys) {
        const row = store.lockouts.get(key);
        if (row && row.lockedUntil > t) wait = Math.max(wait, Math.ceil((row.lockedUntil - t) / 1000));
      }
      if (wait > 0) throw errors.locked(wait);
    },

    /** Counts a failure; returns the lock in seconds when this failure locked the key. */
    fail(key: string, max: number): number | undefined {
      const t = now();
      const prev = store.lockouts.get(key);
      const recent = prev && t - prev.lastFailureAt <= settings.failureWindowSeconds * 1000;
      const lockCount = prev && t - prev.lastFailureAt <= DAY_MS ? prev.lockCount : 0;
      const row: LockoutRow = { key, failures: (recent ? prev.failures : 0) + 1, lastFailureAt: t, lockedUntil: prev?.lockedUntil ?? 0, lockCount };
      let locked: number | undefined;
      if (row.failures >= max) {
        locked = Math.min(settings.baseSeconds * 2 ** lockCount, settings.maxSeconds);
        row.lockedUntil = t + locked * 1000;
        row.lockCount = lockCount + 1;
        row.failures = 0;
      }
      store.lockouts.put(row);
      return locked;
    },

    /** After a success: failures are forgotten (the back-off history too). */
    reset(key: string): void {
      store.lockouts.clear(key);
    },
  };
}

export type Lockout = ReturnType<typeof createLockout>;
