/**
 * One Get Calendar Items at a time in a pane: the automatic run and the Get Calendar view's Run
 * take the same lock. Observable, so the view can say why Run waits.
 */
export interface RunLock {
  readonly busy: boolean;
  /** The release function, or null when a run holds the lock. */
  tryAcquire(): (() => void) | null;
  subscribe(listener: () => void): () => void;
}

export function createRunLock(): RunLock {
  let busy = false;
  const listeners = new Set<() => void>();
  const set = (value: boolean) => {
    busy = value;
    for (const l of [...listeners]) l();
  };
  return {
    get busy() { return busy; },
    tryAcquire() {
      if (busy) return null;
      set(true);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        set(false);
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The pane's Get Calendar lock (a module is one per pane window). */
export const calendarGetLock = createRunLock();
