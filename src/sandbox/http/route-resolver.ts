/**
 * URL → operation, case-insensitively, following the parent–child URL map of reference §7.
 * A path that exists answers 405 for other methods; a path that does not exist answers 404;
 * a non-numeric id answers 400.
 */
import { childEntity, entityByName } from '../model/registry';
import type { EntityDef } from '../model/types';
import type { ParentRef } from '../write/rule-types';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type Route =
  | { kind: 'zone' }
  | { kind: 'version' }
  | { kind: 'threshold' }
  | { kind: 'info'; entity: EntityDef; what: 'info' | 'fields' | 'udfs' }
  | { kind: 'query'; entity: EntityDef; mode: 'items' | 'count' | 'next' | 'prev' }
  | { kind: 'get'; entity: EntityDef; id: number; parent?: ParentRef }
  | { kind: 'children'; entity: EntityDef; parent: ParentRef }
  | { kind: 'write'; entity: EntityDef; op: 'create' | 'update' | 'replace'; parent?: ParentRef }
  | { kind: 'delete'; entity: EntityDef; id: number; parent?: ParentRef };

export interface Resolved {
  /** Bucket for request counts and thread limits: the entity name, or the special route. */
  endpoint: string;
  /** No authentication (zone discovery, version information). */
  isPublic: boolean;
  methods: Partial<Record<Method, Route>>;
  /** Malformed id: 400 whatever the method. */
  malformed?: boolean;
}

const ID = /^\d{1,18}$/;

function infoRoutes(entity: EntityDef, rest: string[]): Resolved | null {
  if (rest.length === 0) return { endpoint: entity.name, isPublic: false, methods: { GET: { kind: 'info', entity, what: 'info' } } };
  if (rest.length !== 1) return null;
  const what = rest[0] === 'fields' ? 'fields' : rest[0] === 'userdefinedfields' ? 'udfs' : null;
  return what ? { endpoint: entity.name, isPublic: false, methods: { GET: { kind: 'info', entity, what } } } : null;
}

function writeMethods(entity: EntityDef, ops: { create?: boolean; update?: boolean }, parent?: ParentRef): Partial<Record<Method, Route>> {
  const m: Partial<Record<Method, Route>> = {};
  if (ops.create) m.POST = { kind: 'write', entity, op: 'create', parent };
  if (ops.update) {
    m.PATCH = { kind: 'write', entity, op: 'update', parent };
    m.PUT = { kind: 'write', entity, op: 'replace', parent };
  }
  return m;
}

function childRoutes(parentDef: EntityDef, pid: number, rest: string[]): Resolved | null {
  const entity = childEntity(parentDef, rest[0]!);
  if (!entity?.child) return null;
  const parent = { entity: parentDef, id: pid };
  const ep = entity.name;
  if (rest.length === 1) {
    return { endpoint: ep, isPublic: false, methods: { GET: { kind: 'children', entity, parent }, ...writeMethods(entity, entity.child, parent) } };
  }
  if (rest[1] === 'entityinformation') return infoRoutes(entity, rest.slice(2));
  if (rest.length !== 2) return null;
  if (!ID.test(rest[1]!)) return { endpoint: ep, isPublic: false, methods: {}, malformed: true };
  const id = Number(rest[1]);
  const methods: Partial<Record<Method, Route>> = { GET: { kind: 'get', entity, id, parent } };
  if (entity.child.delete) methods.DELETE = { kind: 'delete', entity, id, parent };
  return { endpoint: ep, isPublic: false, methods };
}

function entityRoutes(entity: EntityDef, rest: string[]): Resolved | null {
  const ep = entity.name;
  if (rest.length === 0) return { endpoint: ep, isPublic: false, methods: writeMethods(entity, entity.root) };
  const [head, ...tail] = rest as [string, ...string[]];
  if (head === 'query') {
    const mode = tail.length === 0 ? 'items' : tail.length === 1 && ['count', 'next', 'prev'].includes(tail[0]!) ? tail[0] : null;
    if (!mode) return null;
    const route: Route = { kind: 'query', entity, mode: mode as 'items' | 'count' | 'next' | 'prev' };
    return { endpoint: ep, isPublic: false, methods: { GET: route, POST: route } };
  }
  if (head === 'entityinformation') return infoRoutes(entity, tail);
  if (!ID.test(head)) return { endpoint: ep, isPublic: false, methods: {}, malformed: true };
  const id = Number(head);
  if (tail.length > 0) return childRoutes(entity, id, tail);
  const methods: Partial<Record<Method, Route>> = { GET: { kind: 'get', entity, id } };
  if (entity.root.delete) methods.DELETE = { kind: 'delete', entity, id };
  return { endpoint: ep, isPublic: false, methods };
}

/** Resolve a URL path (without query string); null when no such resource exists (404). */
export function resolvePath(pathname: string): Resolved | null {
  let segments: string[];
  try {
    segments = pathname.split('/').map((s) => decodeURIComponent(s).toLowerCase());
  } catch {
    return null;
  }
  if (segments.length > 2 && segments[segments.length - 1] === '') segments.pop(); // one trailing slash is fine
  if (segments[0] !== '' || segments[1] !== 'atservicesrest') return null;
  const rest = segments.slice(2);
  if (rest.length === 1 && rest[0] === 'versioninformation') {
    return { endpoint: 'VersionInformation', isPublic: true, methods: { GET: { kind: 'version' } } };
  }
  if (rest[0] !== 'v1.0' || rest.length < 2) return null;
  const [name, ...tail] = rest.slice(1) as [string, ...string[]];
  if (tail.length === 0 && name === 'zoneinformation') return { endpoint: 'ZoneInformation', isPublic: true, methods: { GET: { kind: 'zone' } } };
  if (tail.length === 0 && name === 'thresholdinformation') return { endpoint: 'ThresholdInformation', isPublic: false, methods: { GET: { kind: 'threshold' } } };
  const entity = entityByName(name);
  return entity ? entityRoutes(entity, tail) : null;
}
