/**
 * The Graph stand-in keeps the mailbox like the sandbox keeps the tenant: with a SQLite file,
 * what a run wrote (and the delta state) survives a restart; a reset brings the seed back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphClient } from '../../../src/graph/index';
import { startSandbox } from '../../../src/sandbox/index';

const dir = mkdtempSync(join(tmpdir(), 'graph-standin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('contacts, folders and delta links survive a restart on the SQLite file; reset restores the seed', async () => {
  const file = join(dir, 'sandbox.db');
  const first = await startSandbox({ storage: { file } });
  const g1 = createGraphClient({ baseUrl: first.graph.baseUrl, getToken: async () => 't' });
  const folder = await g1.contactFolders.findOrCreate('Autotask');
  await g1.contacts.createMany(folder.id, [{ givenName: 'Kept', autotaskRef: { type: 'Contact', id: 5 } }, { givenName: 'Also kept', autotaskRef: { type: 'Contact', id: 6 } }]);
  const { deltaLink } = await g1.contacts.delta(folder.id);
  await first.close();

  const second = await startSandbox({ storage: { file } });
  try {
    const g2 = createGraphClient({ baseUrl: second.graph.baseUrl, getToken: async () => 't' });
    const again = await g2.contactFolders.findOrCreate('Autotask');
    expect(again.id).toBe(folder.id);
    expect((await g2.contacts.list(folder.id)).map((c) => [c.givenName, c.autotaskRef?.id])).toEqual([['Kept', 5], ['Also kept', 6]]);
    const link = deltaLink.replace(first.graph.baseUrl, second.graph.baseUrl);
    await expect(g2.contacts.delta(folder.id, { deltaLink: link })).resolves.toMatchObject({ changed: [], removed: [] });
    await g2.contacts.create(folder.id, { givenName: 'New after restart' });
    expect((await g2.contacts.delta(folder.id, { deltaLink: link })).changed.map((c) => c.givenName)).toEqual(['New after restart']);
    second.graph.control.reset();
    expect(second.graph.control.list('folder')).toEqual([]);
    expect(second.graph.control.list('event').length).toBeGreaterThanOrEqual(5);
  } finally {
    await second.close();
  }
});
