/**
 * @jest-environment jsdom
 *
 * Answers kept across panes: metadata and roles in localStorage (15 min), lookups about a message
 * in sessionStorage (5 min); old or damaged entries are loaded again; one load for concurrent callers.
 */
import { cachedLookup, cachedReference, clearReferenceCache, LOOKUP_TTL_MS, REFERENCE_TTL_MS } from '../../../src/addin/forms/reference-cache';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('cachedReference', () => {
  it('loads once, then answers from storage until the entry is older than its time', async () => {
    let now = 1_000_000;
    const load = jest.fn(async () => ({ picklist: [1, 2] }));
    const opts = { now: () => now };
    expect(await cachedReference('29.fields.Tickets', load, opts)).toEqual({ picklist: [1, 2] });
    now += REFERENCE_TTL_MS - 1;
    expect(await cachedReference('29.fields.Tickets', load, opts)).toEqual({ picklist: [1, 2] });
    expect(load).toHaveBeenCalledTimes(1);
    now += 2;
    await cachedReference('29.fields.Tickets', load, opts);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('concurrent callers share one load; a failed load is not kept', async () => {
    let calls = 0;
    const load = () => new Promise<number>((resolve, reject) => setTimeout(() => (++calls === 1 ? reject(new Error('offline')) : resolve(7)), 5));
    await expect(Promise.all([cachedReference('k', load), cachedReference('k', load)])).rejects.toThrow('offline');
    expect(calls).toBe(1);
    expect(await cachedReference('k', load)).toBe(7);
    expect(calls).toBe(2);
  });

  it('a damaged entry is loaded again; null answers are kept too', async () => {
    localStorage.setItem('autotask.ref.k', '{oops');
    expect(await cachedReference('k', async () => null)).toBeNull();
    expect(await cachedReference('k', async () => 'other')).toBeNull();
  });

  it('lookups go to sessionStorage with the shorter time; clear forgets both', async () => {
    await cachedLookup('29.contract.7', async () => ({ id: 4201 }));
    expect(sessionStorage.getItem('autotask.ref.29.contract.7')).toContain('4201');
    expect(localStorage.getItem('autotask.ref.29.contract.7')).toBeNull();
    expect(LOOKUP_TTL_MS).toBeLessThan(REFERENCE_TTL_MS);
    await cachedReference('29.fields.Tickets', async () => 1);
    clearReferenceCache();
    expect(sessionStorage.length + localStorage.length).toBe(0);
  });
});
