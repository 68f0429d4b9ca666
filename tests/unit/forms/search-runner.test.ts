/** The picker's type-ahead timing without React: one search per pause, aborts, busy reporting, errors. */
import { createSearchRunner } from '../../../src/addin/forms/search-runner';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function setup() {
  const events: string[] = [];
  const runner = createSearchRunner<string>({
    debounceMs: 300,
    onResult: (text, result) => events.push(`result ${text}=${result}`),
    onError: (text, error) => events.push(`error ${text}: ${(error as Error).message}`),
    onBusy: (busy) => events.push(busy ? 'busy' : 'idle'),
  });
  return { events, runner };
}
const flush = async () => {
  await Promise.resolve();
  await Promise.resolve();
};

describe('search runner', () => {
  it('runs the last request once the typing pauses, and reports busy around it', async () => {
    const { events, runner } = setup();
    const search = jest.fn(async (signal: AbortSignal) => (signal.aborted ? 'aborted' : 'ok'));
    runner.request('co', search);
    jest.advanceTimersByTime(200);
    runner.request('con', search);
    jest.advanceTimersByTime(299);
    expect(search).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await flush();
    expect(search).toHaveBeenCalledTimes(1);
    expect(events).toEqual(['busy', 'idle', 'result con=ok']);
  });

  it('a new request aborts the running search; its late answer and its error are never reported', async () => {
    const { events, runner } = setup();
    const answers: ((v: string) => void)[] = [];
    const signals: AbortSignal[] = [];
    const search = (signal: AbortSignal) => new Promise<string>((resolve) => {
      signals.push(signal);
      answers.push(resolve);
    });
    runner.request('co', search);
    jest.advanceTimersByTime(300);
    runner.request('con', search);
    expect(signals[0]!.aborted).toBe(true);
    jest.advanceTimersByTime(300);
    answers[1]!('new');
    answers[0]!('old');
    await flush();
    expect(events).toEqual(['busy', 'idle', 'busy', 'idle', 'result con=new']);
  });

  it('cancel drops the pending search and stops the running one (no spinner left behind)', async () => {
    const { events, runner } = setup();
    const search = jest.fn((signal: AbortSignal) => new Promise<string>((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))));
    runner.request('co', search);
    jest.advanceTimersByTime(300);
    runner.cancel();
    runner.request('con', search);
    runner.cancel();
    jest.advanceTimersByTime(1000);
    await flush();
    expect(search).toHaveBeenCalledTimes(1);
    expect(events).toEqual(['busy', 'idle']);
  });

  it('a failing search, even one that throws at once, is reported as an error', async () => {
    const { events, runner } = setup();
    runner.request('co', () => {
      throw new Error('offline');
    });
    jest.advanceTimersByTime(300);
    await flush();
    expect(events).toEqual(['busy', 'idle', 'error co: offline']);
  });
});
