/**
 * The Graph stand-in's mailbox: events, contacts, contact folders and master categories as rows of
 * a sandbox Repository (memory or its own SQLite file), with Graph-looking string ids and one
 * change sequence per mailbox for delta links (every write stamps `seq`; a delete leaves a
 * tombstone). Items keep Graph's JSON shape; times are stored in UTC.
 */
import type { Row } from '../model/types';
import type { Repository } from '../store/repository';

export type Kind = 'event' | 'contact' | 'folder' | 'category';

const ENTITY: Record<Kind, string> = { event: 'GraphEvent', contact: 'GraphContact', folder: 'GraphContactFolder', category: 'GraphCategory' };
const PREFIX: Record<Kind, string> = { event: 'AAMkAGE', contact: 'AAMkAGC', folder: 'AAMkAGF', category: 'cat-' };
const TOMBSTONE = 'GraphTombstone';

export type Item = Record<string, unknown> & { id: string };

export function graphId(kind: Kind, n: number): string {
  return `${PREFIX[kind]}${String(n).padStart(8, '0')}`;
}

function numberOf(kind: Kind, id: string): number | undefined {
  if (!id.startsWith(PREFIX[kind])) return undefined;
  const n = Number(id.slice(PREFIX[kind].length));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export class GraphStore {
  private seq: number;
  /** Delta links older than this are expired (410): moved forward by the control API. */
  minDeltaSeq = 0;

  constructor(readonly repo: Repository) {
    const all = [...Object.values(ENTITY), TOMBSTONE].flatMap((e) => repo.list(e).map((r) => Number(r.seq ?? 0)));
    this.seq = Math.max(0, ...all);
  }

  currentSeq(): number {
    return this.seq;
  }

  list(kind: Kind): Item[] {
    return this.repo.list(ENTITY[kind]).map(toItem);
  }

  get(kind: Kind, id: string): Item | undefined {
    const n = numberOf(kind, id);
    const row = n === undefined ? undefined : this.repo.get(ENTITY[kind], n);
    return row ? toItem(row) : undefined;
  }

  insert(kind: Kind, fields: Record<string, unknown>): Item {
    return this.insertMany(kind, [fields])[0]!;
  }

  insertMany(kind: Kind, many: Array<Record<string, unknown>>): Item[] {
    const now = new Date().toISOString();
    const rows = this.repo.insertMany(ENTITY[kind], many.map((f) => ({ ...f, createdDateTime: now, lastModifiedDateTime: now, seq: ++this.seq })));
    return rows.map((r) => {
      const withId = { ...r, graphId: graphId(kind, r.id), changeKey: `ck${r.seq as number}` } as Row;
      this.repo.update(ENTITY[kind], withId);
      return toItem(withId);
    });
  }

  update(kind: Kind, id: string, patch: Record<string, unknown>): Item | undefined {
    const n = numberOf(kind, id);
    const row = n === undefined ? undefined : this.repo.get(ENTITY[kind], n);
    if (!row) return undefined;
    const seq = ++this.seq;
    const next = { ...row, ...patch, id: row.id, seq, changeKey: `ck${seq}`, lastModifiedDateTime: new Date().toISOString() } as Row;
    this.repo.update(ENTITY[kind], next);
    return toItem(next);
  }

  remove(kind: Kind, id: string): Item | undefined {
    const item = this.get(kind, id);
    if (!item) return undefined;
    this.repo.remove(ENTITY[kind], numberOf(kind, id)!);
    this.repo.insert(TOMBSTONE, { kind, graphId: id, parentFolderId: item.parentFolderId ?? null, seq: ++this.seq });
    return item;
  }

  /** Items of `kind` in `folderId` written after `since` and up to `upto` (for delta), oldest first. */
  changedSince(kind: Kind, folderId: string, since: number, upto: number): Item[] {
    return this.repo.list(ENTITY[kind])
      .filter((r) => r.parentFolderId === folderId && Number(r.seq) > since && Number(r.seq) <= upto)
      .sort((a, b) => Number(a.seq) - Number(b.seq))
      .map(toItem);
  }

  /** Deletions of `kind` in `folderId` after `since` (for delta). */
  removedSince(kind: Kind, folderId: string, since: number, upto: number): string[] {
    return this.repo.list(TOMBSTONE)
      .filter((t) => t.kind === kind && t.parentFolderId === folderId && Number(t.seq) > since && Number(t.seq) <= upto)
      .map((t) => String(t.graphId));
  }

  /** Empty the mailbox (the reset keeps id sequences moving forward). */
  clear(): void {
    this.repo.load({ rows: {}, idBases: {} });
    this.seq += 1;
    this.minDeltaSeq = this.seq;
  }
}

/** The row as Graph shows it: the string id, no bookkeeping. */
function toItem(row: Row): Item {
  const { id: _n, graphId: gid, seq: _s, ...rest } = row as Row & { graphId?: string; seq?: number };
  return { id: String(gid), ...rest } as Item;
}
