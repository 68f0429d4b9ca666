import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSeed } from '../../../src/sandbox/seed/index';
import { TICKET } from '../../../src/sandbox/seed/ids';
import { MemoryStore } from '../../../src/sandbox/store/memory-store';
import type { Repository } from '../../../src/sandbox/store/repository';
import { SqliteStore } from '../../../src/sandbox/store/sqlite-store';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['memory', () => new MemoryStore() as Repository],
  ['sqlite', () => new SqliteStore(join(dir, `t-${Math.random()}.db`)) as Repository],
])('%s repository', (_name, make) => {
  it('lists by id, inserts with fresh ids, updates, removes', () => {
    const s = make();
    s.load(buildSeed());
    expect(s.get('Tickets', TICKET.fabrikamVpn)?.ticketNumber).toBe('T20261128.0001');
    const ids = s.list('Tickets').map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const a = s.insert('Tickets', { title: 'one' });
    const b = s.insert('Tickets', { title: 'two' });
    expect(b.id).toBe(a.id + 1);
    s.update('Tickets', { ...a, title: 'uno' });
    expect(s.get('Tickets', a.id)?.title).toBe('uno');
    expect(s.remove('Tickets', a.id)).toBe(true);
    expect(s.get('Tickets', a.id)).toBeUndefined();
    s.close();
  });

  it('never reuses ids, not even after a reset to the seed', () => {
    const s = make();
    s.load(buildSeed());
    const a = s.insert('Tickets', { title: 'x' });
    s.load(buildSeed());
    expect(s.get('Tickets', a.id)).toBeUndefined();
    expect(s.insert('Tickets', { title: 'y' }).id).toBeGreaterThan(a.id);
    s.close();
  });
});

describe('sqlite repository', () => {
  it('keeps rows and id sequences across reopen', () => {
    const file = join(dir, 'persist.db');
    const first = new SqliteStore(file);
    first.load(buildSeed());
    const created = first.insert('Contacts', { firstName: 'Persisted', lastName: 'Person' });
    first.close();
    const second = new SqliteStore(file);
    expect(second.isEmpty()).toBe(false);
    expect(second.get('Contacts', created.id)?.firstName).toBe('Persisted');
    expect(second.insert('Contacts', { firstName: 'Next' }).id).toBe(created.id + 1);
    second.close();
  });
});
