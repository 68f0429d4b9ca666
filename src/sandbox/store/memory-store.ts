/** In-memory repository (default). Also the read cache of the SQLite repository. */
import type { Row } from '../model/types';
import type { Repository, SeedData } from './repository';

export class MemoryStore implements Repository {
  private tables = new Map<string, Map<number, Row>>();
  private sorted = new Map<string, Row[]>();
  private nextIds = new Map<string, number>();

  list(entity: string): readonly Row[] {
    let cached = this.sorted.get(entity);
    if (!cached) {
      cached = [...this.table(entity).values()].sort((a, b) => a.id - b.id);
      this.sorted.set(entity, cached);
    }
    return cached;
  }

  get(entity: string, id: number): Row | undefined {
    return this.table(entity).get(id);
  }

  insert(entity: string, row: Omit<Row, 'id'>): Row {
    const id = this.allocateId(entity);
    const stored = { ...row, id } as Row;
    this.put(entity, stored);
    return stored;
  }

  insertMany(entity: string, rows: Omit<Row, 'id'>[]): Row[] {
    return rows.map((r) => this.insert(entity, r));
  }

  update(entity: string, row: Row): void {
    if (!this.table(entity).has(row.id)) throw new Error(`${entity} ${row.id} does not exist`);
    this.put(entity, row);
  }

  remove(entity: string, id: number): boolean {
    this.sorted.delete(entity);
    return this.table(entity).delete(id);
  }

  load(seed: SeedData): void {
    this.tables.clear();
    this.sorted.clear();
    for (const [entity, rows] of Object.entries(seed.rows)) {
      for (const r of rows) this.put(entity, r);
    }
    for (const entity of new Set([...Object.keys(seed.rows), ...Object.keys(seed.idBases)])) {
      const maxSeen = Math.max(0, ...(seed.rows[entity] ?? []).map((r) => r.id + 1));
      this.nextIds.set(entity, Math.max(this.nextIds.get(entity) ?? 0, seed.idBases[entity] ?? 1, maxSeen));
    }
  }

  isEmpty(): boolean {
    return [...this.tables.values()].every((t) => t.size === 0);
  }

  close(): void {}

  /** Used by the SQLite store to restore persisted state. */
  restore(entity: string, rows: Row[], nextId: number | undefined): void {
    for (const r of rows) this.put(entity, r);
    if (nextId !== undefined) this.nextIds.set(entity, nextId);
  }

  peekNextId(entity: string): number {
    return this.nextIds.get(entity) ?? 1;
  }

  sequences(): Map<string, number> {
    return new Map(this.nextIds);
  }

  private allocateId(entity: string): number {
    const id = this.nextIds.get(entity) ?? 1;
    this.nextIds.set(entity, id + 1);
    return id;
  }

  private put(entity: string, row: Row): void {
    this.table(entity).set(row.id, row);
    this.sorted.delete(entity);
  }

  private table(entity: string): Map<number, Row> {
    let t = this.tables.get(entity);
    if (!t) {
      t = new Map();
      this.tables.set(entity, t);
    }
    return t;
  }
}
