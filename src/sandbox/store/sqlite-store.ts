/**
 * SQLite repository (better-sqlite3): one JSON document per row in `records`, id sequences in
 * `sequences`, so what a user creates survives a restart and ids keep increasing. Reads are
 * served from an in-memory copy loaded at open; every write goes to both.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Row } from '../model/types';
import { MemoryStore } from './memory-store';
import type { Repository, SeedData } from './repository';

export class SqliteStore implements Repository {
  private readonly db: Database.Database;
  private readonly cache = new MemoryStore();
  private readonly upsertRow: Database.Statement;
  private readonly deleteRow: Database.Statement;
  private readonly setSeq: Database.Statement;

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS records (entity TEXT NOT NULL, id INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (entity, id));
      CREATE TABLE IF NOT EXISTS sequences (entity TEXT PRIMARY KEY, next_id INTEGER NOT NULL);
    `);
    this.upsertRow = this.db.prepare('INSERT OR REPLACE INTO records (entity, id, doc) VALUES (?, ?, ?)');
    this.deleteRow = this.db.prepare('DELETE FROM records WHERE entity = ? AND id = ?');
    this.setSeq = this.db.prepare('INSERT OR REPLACE INTO sequences (entity, next_id) VALUES (?, ?)');
    this.restore();
  }

  list(entity: string): readonly Row[] {
    return this.cache.list(entity);
  }

  get(entity: string, id: number): Row | undefined {
    return this.cache.get(entity, id);
  }

  insert(entity: string, row: Omit<Row, 'id'>): Row {
    return this.insertMany(entity, [row])[0]!;
  }

  insertMany(entity: string, rows: Omit<Row, 'id'>[]): Row[] {
    const stored = this.cache.insertMany(entity, rows);
    this.db.transaction(() => {
      for (const r of stored) this.upsertRow.run(entity, r.id, JSON.stringify(r));
      this.setSeq.run(entity, this.cache.peekNextId(entity));
    })();
    return stored;
  }

  update(entity: string, row: Row): void {
    this.cache.update(entity, row);
    this.upsertRow.run(entity, row.id, JSON.stringify(row));
  }

  remove(entity: string, id: number): boolean {
    const removed = this.cache.remove(entity, id);
    this.deleteRow.run(entity, id);
    return removed;
  }

  load(seed: SeedData): void {
    this.cache.load(seed);
    this.db.transaction(() => {
      this.db.exec('DELETE FROM records');
      for (const [entity, rows] of Object.entries(seed.rows)) {
        for (const r of rows) this.upsertRow.run(entity, r.id, JSON.stringify(r));
      }
      for (const [entity, next] of this.cache.sequences()) this.setSeq.run(entity, next);
    })();
  }

  isEmpty(): boolean {
    return this.cache.isEmpty();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private restore(): void {
    const seqs = new Map(
      (this.db.prepare('SELECT entity, next_id FROM sequences').all() as { entity: string; next_id: number }[]).map((s) => [s.entity, s.next_id]),
    );
    const byEntity = new Map<string, Row[]>();
    for (const r of this.db.prepare('SELECT entity, doc FROM records ORDER BY entity, id').all() as { entity: string; doc: string }[]) {
      const list = byEntity.get(r.entity) ?? [];
      list.push(JSON.parse(r.doc) as Row);
      byEntity.set(r.entity, list);
    }
    for (const entity of new Set([...byEntity.keys(), ...seqs.keys()])) {
      this.cache.restore(entity, byEntity.get(entity) ?? [], seqs.get(entity));
    }
  }
}
