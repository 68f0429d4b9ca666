/** `completeAlways` completes the ribbon event exactly once on every path. */
import { completeAlways, CommandTimeoutError } from '../../../src/addin/commands/handlers/complete-always';

const event = () => ({ completed: jest.fn() });

let errorSpy: jest.SpyInstance;
beforeEach(() => {
  errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => errorSpy.mockRestore());

describe('completeAlways', () => {
  it('completes after a handler that succeeds', async () => {
    const e = event();
    const handler = jest.fn(async () => undefined);
    await completeAlways(handler)(e);
    expect(handler).toHaveBeenCalledWith(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('completes after a handler that throws synchronously, and reports the error', async () => {
    const e = event();
    const onError = jest.fn();
    const wrapped = completeAlways(() => {
      throw new Error('sync boom');
    }, { onError });
    await expect(wrapped(e)).resolves.toBeUndefined();
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'sync boom' }));
  });

  it('completes after a handler that rejects', async () => {
    const e = event();
    await expect(completeAlways(() => Promise.reject(new Error('async boom')))(e)).resolves.toBeUndefined();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('completes when the handler hangs past the timeout', async () => {
    const e = event();
    const onError = jest.fn();
    await completeAlways(() => new Promise<void>(() => undefined), { timeoutMs: 20, onError })(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(CommandTimeoutError);
  });

  it('completes even when error reporting throws or hangs', async () => {
    const throwing = event();
    await completeAlways(() => Promise.reject(new Error('x')), {
      onError: () => {
        throw new Error('notification failed');
      },
    })(throwing);
    expect(throwing.completed).toHaveBeenCalledTimes(1);

    const hanging = event();
    await completeAlways(() => Promise.reject(new Error('x')), {
      onError: () => new Promise<void>(() => undefined),
      onErrorTimeoutMs: 20,
    })(hanging);
    expect(hanging.completed).toHaveBeenCalledTimes(1);
  });

  it('never rejects when event.completed itself throws', async () => {
    const e = {
      completed: jest.fn(() => {
        throw new Error('runtime gone');
      }),
    };
    await expect(completeAlways(async () => undefined)(e)).resolves.toBeUndefined();
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});
