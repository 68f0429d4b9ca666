/**
 * `useDraft(key)`: what the user typed in one field, kept in component state and (by default) in
 * sessionStorage under `key`, so it survives going offline, a failed request and a pane reload.
 * Pass `storage: null` for values that must never be written anywhere (a one-time code).
 */
import { useCallback, useState } from 'react';

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'autotask-outlook.draft:';

/** The key of a field's draft on a route, e.g. `draftKey('options', 'calendar.daysBack')`. */
export function draftKey(route: string, field: string): string {
  return `${route}:${field}`;
}

function defaultStorage(): DraftStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage blocked (sandboxed frame, privacy settings)
  }
}

function read(storage: DraftStorage | null, key: string): string | null {
  try {
    return storage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: DraftStorage | null, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(PREFIX + key);
    else storage?.setItem(PREFIX + key, value);
  } catch {
    // Quota or blocked storage: the draft still lives in component state.
  }
}

export interface DraftOptions {
  /** Where the draft is kept besides component state. Default sessionStorage; null = memory only. */
  storage?: DraftStorage | null;
}

export interface Draft {
  value: string;
  setValue(value: string): void;
  /** Forgets the draft (after it was sent, or when the user starts over). */
  clear(): void;
}

export function useDraft(key: string, initial = '', options: DraftOptions = {}): Draft {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const [value, setState] = useState<string>(() => read(storage, key) ?? initial);
  const setValue = useCallback(
    (next: string) => {
      setState(next);
      write(storage, key, next);
    },
    [storage, key],
  );
  const clear = useCallback(() => {
    setState(initial);
    write(storage, key, null);
  }, [storage, key, initial]);
  return { value, setValue, clear };
}
