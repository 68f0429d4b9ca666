/** Route → result body. Every success is HTTP 200 with one of Autotask's envelopes (reference §6). */
import type { SandboxRuntime } from '../runtime';
import { serializeRow } from '../format/serialize';
import { entityFields, entityInfo, entityUdfs } from '../model/metadata';
import type { EntityDef } from '../model/types';
import { compileFilter } from '../query/filter';
import { cutPage, decodeCursor, encodeCursor, FIRST_PAGE_START, type Cursor } from '../query/paging';
import { MAX_PAGE, pageSize, projection, readQueryRequest } from '../query/query-body';
import { createRecord, deleteRecord, updateRecord } from '../write/writes';
import { apiError, messages, methodNotAllowed } from './api-errors';
import { impersonationHeader, knownUser } from './auth';
import { resolveActor } from './impersonation';
import type { Route } from './route-resolver';

export interface RequestParts {
  method: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  origin: string;
}

/** Query-string parameter, name in any casing. */
function param(q: URLSearchParams, name: string): string | undefined {
  for (const [k, v] of q) if (k.toLowerCase() === name) return v;
  return undefined;
}

export const ZONE_NAME = 'Sandbox (Harborline IT)';
export const ZONE_CI = 604821;

function zone(rt: SandboxRuntime, req: RequestParts) {
  const user = param(req.query, 'user') ?? '';
  if (!knownUser(rt, user)) throw apiError(messages.zoneNotDetermined);
  return { zoneName: ZONE_NAME, url: `${req.origin}/atservicesrest/`, webUrl: `${req.origin}/web/`, ci: ZONE_CI };
}

function pagingUrl(req: RequestParts, def: EntityDef, kind: 'next' | 'prev', cursor: Cursor | null, search: string | undefined): string | null {
  if (!cursor) return null;
  const base = `${req.origin}/ATServicesRest/V1.0/${def.name}/query/${kind}?paging=${encodeURIComponent(encodeCursor(cursor))}`;
  return search === undefined ? base : `${base}&search=${encodeURIComponent(search)}`;
}

function runQuery(rt: SandboxRuntime, def: EntityDef, mode: 'items' | 'count' | 'next' | 'prev', req: RequestParts) {
  let search: string | undefined;
  let body: unknown = req.body;
  if (req.method === 'GET') {
    search = param(req.query, 'search');
    if ((mode === 'next' || mode === 'prev') && search === undefined) throw methodNotAllowed('GET');
    try {
      body = search === undefined ? undefined : JSON.parse(search);
    } catch {
      throw apiError(messages.noFilter);
    }
  } else if (mode === 'next' || mode === 'prev') {
    search = undefined; // POST paging: the next URL carries only the cursor; re-POST the same body
  }
  const request = readQueryRequest(body);
  const predicate = compileFilter(def, request.filter);
  const matches = rt.store.list(def.name).filter(predicate);
  if (mode === 'count') return { queryCount: matches.length };
  const proj = projection(def, request.includeFields);
  const cursor = mode === 'items' ? null : decodeCursor(param(req.query, 'paging'));
  const size = cursor?.pageSize ?? pageSize(request.maxRecords);
  const page = cutPage(matches, size, cursor?.nextIds[0] ?? FIRST_PAGE_START, cursor?.previousIds ?? []);
  const keepSearch = req.method === 'GET' ? search : undefined;
  return {
    items: page.rows.map((r) => serializeRow(def, r, proj)),
    pageDetails: {
      count: page.rows.length,
      requestCount: size,
      prevPageUrl: pagingUrl(req, def, 'prev', page.prev, keepSearch),
      nextPageUrl: pagingUrl(req, def, 'next', page.next, keepSearch),
    },
  };
}

function writeContext(rt: SandboxRuntime, def: EntityDef, req: RequestParts, parent?: { entity: EntityDef; id: number }) {
  const actor = resolveActor(rt.store, rt.apiUserId, def, impersonationHeader(req.headers));
  return { store: rt.store, now: rt.now(), actor, apiUserId: rt.apiUserId, apiUser: rt.credentials.username, attachments: rt.attachments, parent };
}

export function execute(rt: SandboxRuntime, route: Route, req: RequestParts): unknown {
  switch (route.kind) {
    case 'zone':
      return zone(rt, req);
    case 'version':
      return { apiVersions: ['1.0'] };
    case 'threshold':
      return rt.limits.threshold();
    case 'info':
      return route.what === 'info' ? entityInfo(route.entity) : route.what === 'fields' ? entityFields(route.entity) : entityUdfs(route.entity);
    case 'query':
      return runQuery(rt, route.entity, route.mode, req);
    case 'get': {
      const def = route.entity;
      const row = rt.store.get(def.name, route.id);
      const inParent = !route.parent || !def.child || row?.[def.child.parentField] === route.parent.id;
      return { item: row && inParent ? serializeRow(def, row, { withData: route.parent !== undefined }) : null };
    }
    case 'children': {
      const def = route.entity;
      const rows = rt.store.list(def.name).filter((r) => r[def.child!.parentField] === route.parent.id).slice(0, MAX_PAGE);
      return {
        items: rows.map((r) => serializeRow(def, r)),
        pageDetails: { count: rows.length, requestCount: MAX_PAGE, prevPageUrl: null, nextPageUrl: null },
      };
    }
    case 'write': {
      const ctx = writeContext(rt, route.entity, req, route.parent);
      if (route.op === 'create') return { itemId: createRecord(ctx, route.entity, req.body) };
      return { itemId: updateRecord(ctx, route.entity, req.body, route.op === 'update' ? 'patch' : 'put') };
    }
    case 'delete': {
      const ctx = writeContext(rt, route.entity, req, route.parent);
      return { itemId: deleteRecord(ctx, route.entity, route.id) };
    }
  }
}
