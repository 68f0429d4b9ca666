/**
 * The type-ahead timing of the entity picker, framework-free so the picker and the benchmark
 * (bench/picker.ts) drive the same logic: a search starts only after `debounceMs` without a new
 * request (one search per pause in typing); a new request or `cancel()` aborts the search in
 * flight, and an aborted search's late answer (or error) is never reported.
 */

export interface SearchTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface SearchRunnerOptions<T> {
  debounceMs: number;
  onResult(text: string, result: T): void;
  onError(text: string, error: unknown): void;
  /** True when a search starts, false when it ends, fails or is abandoned. */
  onBusy?(busy: boolean): void;
  /** Injected in tests; the global timers otherwise. */
  timers?: SearchTimers;
}

export interface SearchRunner<T> {
  /** Run `search` for `text` after the debounce window, replacing any pending or running search. */
  request(text: string, search: (signal: AbortSignal) => Promise<T>): void;
  /** Drops the pending search and aborts the running one. */
  cancel(): void;
}

const GLOBAL_TIMERS: SearchTimers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createSearchRunner<T>(options: SearchRunnerOptions<T>): SearchRunner<T> {
  const timers = options.timers ?? GLOBAL_TIMERS;
  let timer: unknown = null;
  let running: AbortController | null = null;

  const stop = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    if (running) {
      running.abort();
      running = null;
      options.onBusy?.(false);
    }
  };

  const start = (text: string, search: (signal: AbortSignal) => Promise<T>) => {
    timer = null;
    const controller = new AbortController();
    running = controller;
    options.onBusy?.(true);
    const settle = (report: () => void) => {
      if (controller.signal.aborted) return;
      running = null;
      options.onBusy?.(false);
      report();
    };
    let pending: Promise<T>;
    try {
      pending = search(controller.signal);
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (result) => settle(() => options.onResult(text, result)),
      (error: unknown) => settle(() => options.onError(text, error)),
    );
  };

  return {
    request(text, search) {
      stop();
      timer = timers.set(() => start(text, search), options.debounceMs);
    },
    cancel: stop,
  };
}
