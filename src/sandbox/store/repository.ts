/**
 * Storage for the sandbox tenant: JSON-like rows per entity, ids handed out per entity and
 * never reused (not even after a reset). Two implementations: in-memory and SQLite.
 */
import type { Row } from '../model/types';

export interface SeedData {
  rows: Record<string, Row[]>;
  /** First id for new records, per entity. */
  idBases: Record<string, number>;
}

export interface Repository {
  /** All rows of an entity, ordered by id. Treat as read-only. */
  list(entity: string): readonly Row[];
  get(entity: string, id: number): Row | undefined;
  /** Insert with a fresh id; returns the stored row. */
  insert(entity: string, row: Omit<Row, 'id'>): Row;
  insertMany(entity: string, rows: Omit<Row, 'id'>[]): Row[];
  /** Replace an existing row (same id). */
  update(entity: string, row: Row): void;
  remove(entity: string, id: number): boolean;
  /** Replace every row with the seed; id sequences only move forward. */
  load(seed: SeedData): void;
  isEmpty(): boolean;
  close(): void;
}
