/**
 * `completeAlways(handler)`: the wrapper every ribbon function goes through. Whatever the handler
 * does — returns, throws, rejects or hangs — `event.completed()` is called exactly once, so Outlook
 * never shows a spinning "working on your request" bar and the runtime can close.
 */

export type CommandEvent = Pick<Office.AddinCommands.Event, 'completed'>;
export type CommandHandler = (event: CommandEvent) => void | Promise<void>;

export class CommandTimeoutError extends Error {
  override readonly name = 'CommandTimeoutError';
  readonly code = 'COMMAND_TIMEOUT';
  constructor(readonly command: string, readonly timeoutMs: number) {
    super(`${command} did not finish within ${timeoutMs} ms`);
  }
}

export interface CompleteAlwaysOptions {
  /** For logs and the timeout error. */
  name?: string;
  /** Complete the event after this long even if the handler is still running. Default 30 s (Office's own limit is 5 min). */
  timeoutMs?: number;
  /** Last-resort reporting (e.g. a notification); its own failures are logged and swallowed. */
  onError?: (error: unknown) => void | Promise<void>;
  /** How long onError may take before the event is completed anyway. Default 5 s. */
  onErrorTimeoutMs?: number;
}

function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([promise.then(() => undefined, () => undefined), timeout]).finally(() => clearTimeout(timer));
}

export function completeAlways(handler: CommandHandler, options: CompleteAlwaysOptions = {}): (event: CommandEvent) => Promise<void> {
  const { name = 'command', timeoutMs = 30_000, onError, onErrorTimeoutMs = 5_000 } = options;

  return async (event: CommandEvent): Promise<void> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new CommandTimeoutError(name, timeoutMs)), timeoutMs);
      });
      // Promise.resolve().then turns a synchronous throw into a rejection.
      await Promise.race([Promise.resolve().then(() => handler(event)), timeout]);
    } catch (error) {
      console.error(`[commands] ${name} failed`, error);
      if (onError) {
        await settleWithin(Promise.resolve().then(() => onError(error)), onErrorTimeoutMs).catch(() => undefined);
      }
    } finally {
      clearTimeout(timer);
      try {
        event.completed();
      } catch (error) {
        console.error(`[commands] ${name}: event.completed() threw`, error);
      }
    }
  };
}
