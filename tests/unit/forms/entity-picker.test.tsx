/** @jest-environment jsdom */
/**
 * The entity picker as a user types: one search per pause (debounce), a search overtaken by more
 * typing aborted and its late answer never shown, arrow keys + Enter pick, recent picks first,
 * inactive records hidden until "Show inactive and closed". The search is a fake that records
 * each call and answers when the test says so.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import type { AutotaskClient } from '../../../src/autotask';
import { EntityPicker } from '../../../src/addin/forms/EntityPicker';
import { rememberPick, type EntitySearch, type EntitySearchScope, type PickedEntity } from '../../../src/addin/forms/entity-search';

// Fluent renders slowly in jsdom on a shared machine; the timing under test is the fake clock's.
jest.setTimeout(20_000);

const DEBOUNCE = 300;
const CLIENT = {} as AutotaskClient;

interface Call { text: string; signal: AbortSignal; scope: EntitySearchScope | undefined; answer(rows: PickedEntity[]): void }

function fakeSearch() {
  const calls: Call[] = [];
  const search: EntitySearch = (_client, text, signal, scope) => new Promise((resolve) => {
    calls.push({ text, signal, scope, answer: resolve });
  });
  return { calls, search };
}

const ACME: PickedEntity = { id: 1, name: 'Acme Corp' };
const ACORN: PickedEntity = { id: 2, name: 'Acorn Dental' };
const ACRE: PickedEntity = { id: 3, name: 'Acre Farms' };
const OLD: PickedEntity = { id: 4, name: 'Acme (closed)', inactive: true };

function Harness({ search, onPick, allowInactive = false }: { search: EntitySearch; onPick?: (p: PickedEntity | null) => void; allowInactive?: boolean }) {
  const [value, setValue] = useState<PickedEntity | null>(null);
  return (
    <>
      <EntityPicker
        kind="company"
        client={CLIENT}
        label="Company"
        value={value}
        allowInactive={allowInactive}
        onChange={(p) => {
          setValue(p);
          onPick?.(p);
        }}
        search={search}
        debounceMs={DEBOUNCE}
      />
      <output data-testid="picked">{value?.name ?? ''}</output>
    </>
  );
}

const box = () => screen.getByRole('combobox', { name: 'Company' });
// As a keyboard does it: the key (which opens the list), then the new text.
const type = (text: string) => {
  fireEvent.keyDown(box(), { key: text.slice(-1) });
  fireEvent.input(box(), { target: { value: text } });
};
const wait = (ms: number) => act(async () => {
  jest.advanceTimersByTime(ms);
});
const answer = (call: Call | undefined, rows: PickedEntity[]) => act(async () => {
  call!.answer(rows);
  await Promise.resolve();
});
const optionNames = () => screen.queryAllByRole('option').map((o) => o.textContent);

beforeEach(() => {
  jest.useFakeTimers();
  localStorage.clear();
});
afterEach(() => {
  jest.useRealTimers();
});

describe('EntityPicker', () => {
  it('searches once per pause in typing, with the text as it was when the typing stopped', async () => {
    const { calls, search } = fakeSearch();
    render(<Harness search={search} />);
    for (const text of ['a', 'ac', 'acm', 'acme']) {
      type(text);
      await wait(80);
    }
    expect(calls).toHaveLength(0);
    await wait(DEBOUNCE);
    expect(calls.map((c) => c.text)).toEqual(['acme']);
    await answer(calls[0], [ACME]);
    expect(optionNames()).toEqual(['Acme Corp']);
  });

  it('a search overtaken by more typing is aborted, and its late answer is never shown', async () => {
    const { calls, search } = fakeSearch();
    render(<Harness search={search} />);
    type('ac');
    await wait(DEBOUNCE);
    expect(calls.map((c) => c.text)).toEqual(['ac']);
    type('acr');
    expect(calls[0]!.signal.aborted).toBe(true);
    await wait(DEBOUNCE);
    expect(calls.map((c) => c.text)).toEqual(['ac', 'acr']);
    await answer(calls[1], [ACRE]);
    await answer(calls[0], [ACME, ACORN, ACRE]);
    expect(optionNames()).toEqual(['Acre Farms']);
  });

  it('arrow keys and Enter pick an option', async () => {
    const { calls, search } = fakeSearch();
    const picked: (PickedEntity | null)[] = [];
    render(<Harness search={search} onPick={(p) => picked.push(p)} />);
    type('ac');
    await wait(DEBOUNCE);
    await answer(calls[0], [ACME, ACORN, ACRE]);
    const active = () => document.getElementById(box().getAttribute('aria-activedescendant') ?? '')?.textContent;
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    expect(active()).toBe('Acorn Dental');
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(picked).toEqual([ACORN]);
    expect(screen.getByTestId('picked')).toHaveTextContent('Acorn Dental');
    expect(box()).toHaveValue('Acorn Dental');
    // Picking does not search again for the picked name.
    await wait(DEBOUNCE * 2);
    expect(calls).toHaveLength(1);
  });

  it('recent picks come first: offered before typing, and ahead of other matches', async () => {
    rememberPick('company', ACRE);
    const { calls, search } = fakeSearch();
    render(<Harness search={search} />);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(optionNames()).toEqual(['Acre Farms']);
    type('ac');
    await wait(DEBOUNCE);
    await answer(calls[0], [ACME, ACORN, ACRE]);
    expect(optionNames()).toEqual(['Acre Farms', 'Acme Corp', 'Acorn Dental']);
  });

  it('inactive records are asked for and shown only after "Show inactive and closed"', async () => {
    rememberPick('company', OLD);
    const { calls, search } = fakeSearch();
    render(<Harness search={search} allowInactive />);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(optionNames()).toEqual([]);
    type('acm');
    await wait(DEBOUNCE);
    expect(calls[0]!.scope?.includeInactive).toBe(false);
    await answer(calls[0], [ACME]);
    expect(optionNames()).toEqual(['Acme Corp']);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Show inactive and closed' }));
    await wait(DEBOUNCE);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.scope?.includeInactive).toBe(true);
    await answer(calls[1], [ACME, OLD]);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(optionNames()).toEqual(['Acme (closed) (inactive)', 'Acme Corp']);
  });
});
