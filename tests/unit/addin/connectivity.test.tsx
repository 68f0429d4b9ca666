/**
 * @jest-environment jsdom
 * @jsxRuntime automatic
 *
 * One connectivity state from navigator.onLine, online/offline events and gateway failures;
 * no polling (resume on `online` or the user's "Try again"); useDraft keeps what was typed.
 */
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Connectivity, isNetworkFailure, isUnreachableStatus } from '../../../src/addin/connectivity/connectivity';
import { draftKey, useDraft, type DraftStorage } from '../../../src/addin/connectivity/use-draft';
import { createFakeWindow, createMemoryStorage } from './fakes/render-pane';
import { fakeResponse } from './fakes/fake-gateway';

describe('Connectivity', () => {
  it('starts from navigator.onLine and follows the window\'s events', () => {
    const win = createFakeWindow(false);
    const c = new Connectivity({ win });
    expect(c.get()).toEqual({ online: false, reason: 'offline' });
    const stop = c.start();
    const changes = jest.fn();
    const resumed = jest.fn();
    c.subscribe(changes);
    c.onResume(resumed);
    win.go('online');
    expect(c.get()).toEqual({ online: true });
    expect(resumed).toHaveBeenCalledTimes(1);
    win.go('offline');
    expect(c.get()).toEqual({ online: false, reason: 'offline' });
    expect(changes).toHaveBeenCalledTimes(2);
    stop();
    win.go('online');
    expect(c.get().online).toBe(false);
  });

  it('a gateway that does not answer makes the pane offline ("unreachable") until it answers again', () => {
    const c = new Connectivity({ win: createFakeWindow(true) });
    const resumed = jest.fn();
    c.onResume(resumed);
    c.reportUnreachable();
    expect(c.get()).toEqual({ online: false, reason: 'unreachable' });
    c.reportReachable();
    expect(c.get()).toEqual({ online: true });
    expect(resumed).toHaveBeenCalledTimes(1);
  });

  it('never polls: without an event or a request nothing changes', () => {
    jest.useFakeTimers();
    try {
      const fetch = jest.fn();
      const c = new Connectivity({ win: createFakeWindow(true), fetch });
      c.start();
      c.reportUnreachable();
      jest.advanceTimersByTime(60 * 60 * 1000);
      expect(fetch).not.toHaveBeenCalled();
      expect(c.get().online).toBe(false);
    } finally {
      jest.useRealTimers();
    }
  });

  it('"Try again" asks the health check once', async () => {
    const fetch = jest.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(fakeResponse(200, { ok: true }));
    const c = new Connectivity({ win: createFakeWindow(true), fetch });
    c.reportUnreachable();
    expect(await c.check()).toBe(false);
    expect(c.get().online).toBe(false);
    expect(await c.check()).toBe(true);
    expect(c.get().online).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenCalledWith('/healthz', expect.anything());
  });

  it('tells a missing gateway from the gateway\'s own answers', () => {
    expect(isUnreachableStatus(fakeResponse(502, '<html>Bad gateway</html>', 'text/html'))).toBe(true);
    expect(isUnreachableStatus(fakeResponse(504, ''))).toBe(false); // JSON content type: an answer
    expect(isUnreachableStatus(fakeResponse(503, 'down', 'text/plain'))).toBe(true);
    expect(isUnreachableStatus(fakeResponse(500, 'x', 'text/plain'))).toBe(false);
    expect(isNetworkFailure(new TypeError('Failed to fetch'))).toBe(true);
    expect(isNetworkFailure(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(true);
    expect(isNetworkFailure(new Error('other'))).toBe(false);
  });
});

function Note({ storage, id }: { storage?: DraftStorage | null; id: string }) {
  const draft = useDraft(draftKey('add-ticket', id), 'start', storage === undefined ? {} : { storage });
  return (
    <>
      <label>
        Note
        <input value={draft.value} onChange={(e) => draft.setValue(e.target.value)} />
      </label>
      <button type="button" onClick={draft.clear}>
        Clear
      </button>
    </>
  );
}

describe('useDraft', () => {
  it('keeps what was typed in state and in storage, and restores it after a reload', () => {
    const storage = createMemoryStorage();
    const first = render(<Note storage={storage} id="note" />);
    expect(screen.getByLabelText('Note')).toHaveValue('start');
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Printer on fire' } });
    expect(storage.getItem('autotask-outlook.draft:add-ticket:note')).toBe('Printer on fire');
    first.unmount();
    render(<Note storage={storage} id="note" />);
    expect(screen.getByLabelText('Note')).toHaveValue('Printer on fire');
  });

  it('uses sessionStorage by default', () => {
    sessionStorage.clear();
    render(<Note id="default" />);
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'kept for this tab' } });
    expect(sessionStorage.getItem('autotask-outlook.draft:add-ticket:default')).toBe('kept for this tab');
  });

  it('with storage null keeps the value in memory only', () => {
    const spy = jest.spyOn(Storage.prototype, 'setItem');
    render(<Note storage={null} id="secret" />);
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: '123456' } });
    expect(screen.getByLabelText('Note')).toHaveValue('123456');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('clear forgets the draft', () => {
    const storage = createMemoryStorage();
    render(<Note storage={storage} id="note" />);
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'sent' } });
    act(() => screen.getByRole('button', { name: 'Clear' }).click());
    expect(screen.getByLabelText('Note')).toHaveValue('start');
    expect(storage.data.size).toBe(0);
  });

  it('survives storage that throws', () => {
    const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('blocked'); } };
    render(<Note storage={throwing} id="note" />);
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'still here' } });
    expect(screen.getByLabelText('Note')).toHaveValue('still here');
  });
});
