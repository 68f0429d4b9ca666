/**
 * What the entity picker searches, one function per kind: companies, contacts, tickets, projects,
 * tasks and resources. Each is one query with IncludeFields limited to what the list shows, a small
 * first page, and inactive (or closed, or baseline) records left out unless asked for.
 * Status and type values are read from entity metadata by their system labels, never hard-coded.
 * Plus a small "recent picks" list per kind in localStorage, shown first.
 */
import { where, type AutotaskClient, type Filter } from '../../autotask';

export type EntityKind = 'company' | 'contact' | 'ticket' | 'project' | 'task' | 'resource';

export interface PickedEntity {
  id: number;
  /** What the list and the field show: "Contoso Ltd", "T20261128.0001 Printer offline". */
  name: string;
  /** A second line: email, company, project… */
  detail?: string;
  inactive?: boolean;
  /** Kind-specific extras the form may need (a ticket's companyID, a task's projectID…). */
  extra?: Readonly<Record<string, number | string | null>>;
}

export interface EntitySearchScope {
  /** Contacts and tickets of this company; tasks of this project. */
  companyId?: number | null;
  projectId?: number | null;
  /** Show inactive / closed records too. */
  includeInactive?: boolean;
}

export type EntitySearch = (client: AutotaskClient, text: string, signal: AbortSignal, scope?: EntitySearchScope) => Promise<PickedEntity[]>;

export const PICKER_PAGE = 20;
export const PICKER_DEBOUNCE_MS = 300;

const isActive = (v: unknown) => v !== false && v !== 0;
const fullName = (r: { firstName?: string | null; lastName?: string | null }) => `${r.firstName ?? ''} ${r.lastName ?? ''}`.trim();
const TICKET_NUMBER = /^T\d{8}\.\d{4}$/i;

async function first<T>(iter: AsyncIterable<{ items: T[] }>): Promise<T[]> {
  for await (const page of iter) return page.items;
  return [];
}

/** Picklist values whose label is one of `labels` (case-insensitive), from metadata; [] when unknown. */
async function valuesLabelled(client: AutotaskClient, entity: string, field: string, labels: readonly string[]): Promise<(string | number)[]> {
  try {
    const picklist = (await client.metadata.fields(entity)).picklist(field);
    if (!picklist) return [];
    const wanted = new Set(labels.map((l) => l.toLowerCase()));
    return picklist.entries.filter((e) => wanted.has(e.label.toLowerCase())).map((e) => e.value);
  } catch {
    return [];
  }
}

export const searchCompanies: EntitySearch = async (client, text, signal, scope) => {
  const filter: Filter[] = [where.contains('companyName', text)];
  if (!scope?.includeInactive) filter.push(where.eq('isActive', true));
  const rows = await first(client.companies.query({ filter, includeFields: ['companyName', 'isActive'], maxRecords: PICKER_PAGE }, { signal }).pages());
  return rows
    .map((c): PickedEntity => ({ id: c.id, name: String(c.companyName ?? ''), ...(isActive(c.isActive) ? {} : { inactive: true }) }))
    .sort((a, b) => a.name.localeCompare(b.name));
};

export const searchContacts: EntitySearch = async (client, text, signal, scope) => {
  const words = text.trim().split(/\s+/);
  const byText = text.includes('@')
    ? where.beginsWith('emailAddress', text.trim())
    : words.length > 1
      ? where.and(where.beginsWith('firstName', words[0]!), where.beginsWith('lastName', words.slice(1).join(' ')))
      : where.or(where.beginsWith('firstName', text.trim()), where.beginsWith('lastName', text.trim()), where.beginsWith('emailAddress', text.trim()));
  const filter: Filter[] = [byText];
  if (scope?.companyId) filter.push(where.eq('companyID', scope.companyId));
  if (!scope?.includeInactive) filter.push(where.eq('isActive', 1));
  const rows = await first(client.contacts.query({ filter, includeFields: ['firstName', 'lastName', 'emailAddress', 'companyID', 'isActive'], maxRecords: PICKER_PAGE }, { signal }).pages());
  return rows
    .map((r): PickedEntity => ({
      id: r.id, name: fullName(r), ...(r.emailAddress ? { detail: r.emailAddress } : {}), ...(isActive(r.isActive) ? {} : { inactive: true }),
      extra: { companyID: r.companyID ?? null },
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
};

async function queryTickets(client: AutotaskClient, filter: Filter[], signal: AbortSignal | undefined, includeClosed: boolean): Promise<PickedEntity[]> {
  if (!includeClosed) {
    const closed = await valuesLabelled(client, 'Tickets', 'status', ['Complete']);
    if (closed.length) filter.push(where.notIn('status', closed));
  }
  const rows = await first(client.tickets.query({ filter, includeFields: ['ticketNumber', 'title', 'companyID', 'status'], maxRecords: PICKER_PAGE }, signal ? { signal } : {}).pages());
  return rows
    .map((r): PickedEntity => ({ id: r.id, name: `${r.ticketNumber ?? ''} ${r.title ?? ''}`.trim(), extra: { companyID: r.companyID ?? null, ticketNumber: r.ticketNumber ?? null, status: (r.status as number | undefined) ?? null } }))
    .sort((a, b) => b.name.localeCompare(a.name));
}

export const searchTickets: EntitySearch = async (client, text, signal, scope) => {
  const q = text.trim();
  const filter: Filter[] = [TICKET_NUMBER.test(q) ? where.eq('ticketNumber', q.toUpperCase()) : where.or(where.beginsWith('ticketNumber', q.toUpperCase()), where.contains('title', q))];
  if (scope?.companyId) filter.push(where.eq('companyID', scope.companyId));
  return queryTickets(client, filter, signal, scope?.includeInactive === true);
};

/** A company's open tickets, newest first (one page): what a ticket note is most likely for. */
export function companyOpenTickets(client: AutotaskClient, companyId: number, signal?: AbortSignal): Promise<PickedEntity[]> {
  return queryTickets(client, [where.eq('companyID', companyId)], signal, false);
}

export const searchProjects: EntitySearch = async (client, text, signal, scope) => {
  const q = text.trim();
  const filter: Filter[] = [where.or(where.contains('projectName', q), where.beginsWith('projectNumber', q))];
  if (scope?.companyId) filter.push(where.eq('companyID', scope.companyId));
  const baseline = await valuesLabelled(client, 'Projects', 'projectType', ['Baseline']);
  if (baseline.length) filter.push(where.notIn('projectType', baseline));
  if (!scope?.includeInactive) {
    const done = await valuesLabelled(client, 'Projects', 'status', ['Complete']);
    if (done.length) filter.push(where.notIn('status', done));
  }
  const rows = await first(client.projects.query({ filter, includeFields: ['projectName', 'projectNumber', 'companyID'], maxRecords: PICKER_PAGE }, { signal }).pages());
  return rows
    .map((r): PickedEntity => ({ id: r.id, name: String(r.projectName ?? ''), ...(r.projectNumber ? { detail: String(r.projectNumber) } : {}), extra: { companyID: (r.companyID as number | undefined) ?? null } }))
    .sort((a, b) => a.name.localeCompare(b.name));
};

const taskEntity = (r: { id: number; title?: string | null; taskNumber?: string | null; projectID?: unknown }): PickedEntity => ({
  id: r.id, name: String(r.title ?? ''), ...(r.taskNumber ? { detail: String(r.taskNumber) } : {}), extra: { projectID: (r.projectID as number | undefined) ?? null },
});

export const searchTasks: EntitySearch = async (client, text, signal, scope) => {
  const q = text.trim();
  const filter: Filter[] = [where.or(where.contains('title', q), where.beginsWith('taskNumber', q))];
  if (scope?.projectId) filter.push(where.eq('projectID', scope.projectId));
  if (!scope?.includeInactive) {
    const done = await valuesLabelled(client, 'Tasks', 'status', ['Complete']);
    if (done.length) filter.push(where.notIn('status', done));
  }
  const rows = await first(client.tasks.query({ filter, includeFields: ['title', 'taskNumber', 'projectID'], maxRecords: PICKER_PAGE }, { signal }).pages());
  return rows.map(taskEntity).sort((a, b) => a.name.localeCompare(b.name));
};

/** A project's open tasks (one page), offered once the project is chosen. */
export async function projectTasks(client: AutotaskClient, projectId: number, signal?: AbortSignal): Promise<PickedEntity[]> {
  const filter: Filter[] = [where.eq('projectID', projectId)];
  const done = await valuesLabelled(client, 'Tasks', 'status', ['Complete']);
  if (done.length) filter.push(where.notIn('status', done));
  const rows = await first(client.tasks.query({ filter, includeFields: ['title', 'taskNumber', 'projectID'], maxRecords: PICKER_PAGE }, signal ? { signal } : {}).pages());
  return rows.map(taskEntity).sort((a, b) => a.name.localeCompare(b.name));
}

export const searchResources: EntitySearch = async (client, text, signal, scope) => {
  const q = text.trim();
  const filter: Filter[] = [where.or(where.beginsWith('firstName', q), where.beginsWith('lastName', q), where.beginsWith('email', q))];
  if (!scope?.includeInactive) filter.push(where.eq('isActive', true));
  const rows = await first(client.resources.query({ filter, includeFields: ['firstName', 'lastName', 'email', 'isActive'], maxRecords: PICKER_PAGE }, { signal }).pages());
  return rows
    .map((r): PickedEntity => ({ id: r.id, name: fullName(r), ...(r.email ? { detail: r.email } : {}), ...(isActive(r.isActive) ? {} : { inactive: true }) }))
    .sort((a, b) => a.name.localeCompare(b.name));
};

export const ENTITY_SEARCHES: Readonly<Record<EntityKind, EntitySearch>> = {
  company: searchCompanies,
  contact: searchContacts,
  ticket: searchTickets,
  project: searchProjects,
  task: searchTasks,
  resource: searchResources,
};

/** Fewest characters before a search runs (a ticket number or an id-like text may be short). */
export const MIN_CHARS: Readonly<Record<EntityKind, number>> = { company: 2, contact: 2, ticket: 2, project: 2, task: 2, resource: 2 };

// Recent picks, per kind, newest first; at most RECENT_MAX. Storage failures are ignored.
const RECENT_MAX = 5;
const recentKey = (kind: EntityKind) => `autotask.recent.${kind}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function recentPicks(kind: EntityKind): PickedEntity[] {
  try {
    const raw = storage()?.getItem(recentKey(kind));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed)
      ? parsed.filter((p): p is PickedEntity => typeof p === 'object' && p !== null && typeof (p as PickedEntity).id === 'number' && typeof (p as PickedEntity).name === 'string').slice(0, RECENT_MAX)
      : [];
  } catch {
    return [];
  }
}

export function rememberPick(kind: EntityKind, picked: PickedEntity): void {
  const next = [picked, ...recentPicks(kind).filter((p) => p.id !== picked.id)].slice(0, RECENT_MAX);
  try {
    storage()?.setItem(recentKey(kind), JSON.stringify(next));
  } catch {
    // Full or blocked storage: recents are a convenience.
  }
}

/** Recent picks that belong to the scope (a company's contacts and tickets, a project's tasks); a pick that does not say is kept. */
export function recentsInScope(recents: readonly PickedEntity[], scope: EntitySearchScope | undefined): PickedEntity[] {
  const within = (p: PickedEntity, field: 'companyID' | 'projectID', want: number | null | undefined) => !want || p.extra?.[field] === undefined || p.extra[field] === want;
  return recents.filter((p) => within(p, 'companyID', scope?.companyId) && within(p, 'projectID', scope?.projectId));
}

/** Recent picks that match the text go first, in recency order; then the search results. */
export function orderWithRecents(results: readonly PickedEntity[], recents: readonly PickedEntity[]): PickedEntity[] {
  const ids = new Set(results.map((r) => r.id));
  const recentHits = recents.filter((r) => ids.has(r.id)).map((r) => results.find((x) => x.id === r.id)!);
  const recentIds = new Set(recentHits.map((r) => r.id));
  return [...recentHits, ...results.filter((r) => !recentIds.has(r.id))];
}
