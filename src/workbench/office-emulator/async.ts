/**
 * AsyncResult and the (options?, callback?) argument convention of Office's *Async methods.
 * Callbacks always run later (a macrotask), never inside the call, as in Office.
 */
import { AsyncResultStatus } from './enums';
import type { OfficeErrorData } from './errors';

export interface AsyncResultData<T> {
  value: T;
  status: 'succeeded' | 'failed';
  error?: OfficeErrorData;
  asyncContext?: unknown;
  diagnostics?: unknown;
}

export type Callback<T> = (result: AsyncResultData<T>) => void;

export interface Scheduler {
  setTimeout(fn: () => void, ms: number): unknown;
}

export interface AsyncArgs<T> {
  asyncContext: unknown;
  callback: Callback<T> | undefined;
  options: Record<string, unknown>;
}

/** Reads the trailing [options], [callback] arguments. */
export function asyncArgs<T>(a: unknown, b?: unknown): AsyncArgs<T> {
  const options = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>;
  const callback = (typeof a === 'function' ? a : typeof b === 'function' ? b : undefined) as Callback<T> | undefined;
  return { options, callback, asyncContext: options.asyncContext };
}

export class AsyncRunner {
  constructor(private readonly scheduler: Scheduler, private readonly onCallbackError: (e: unknown) => void) {}

  private run<T>(callback: Callback<T> | undefined, result: AsyncResultData<T>): void {
    if (!callback) return;
    this.scheduler.setTimeout(() => {
      try {
        callback(result);
      } catch (e) {
        this.onCallbackError(e);
      }
    }, 0);
  }

  succeed<T>(args: Pick<AsyncArgs<T>, 'callback' | 'asyncContext'>, value: T): void {
    this.run(args.callback, { value, status: AsyncResultStatus.Succeeded, asyncContext: args.asyncContext });
  }

  fail<T>(args: Pick<AsyncArgs<T>, 'callback' | 'asyncContext'>, error: OfficeErrorData): void {
    this.run(args.callback, { value: undefined as T, status: AsyncResultStatus.Failed, error, asyncContext: args.asyncContext });
  }
}
