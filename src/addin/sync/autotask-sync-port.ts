/**
 * The Autotask side of the sync on the typed client: few wide queries (IncludeFields limited,
 * `in` filters over id lists of at most 500, every page followed), writes one record at a time
 * (the client's limiter keeps Autotask's concurrency). Service calls reach the resource through
 * ServiceCallTicketResources → ServiceCallTickets → ServiceCalls: three queries, then one for all
 * their tickets, one for the tickets' numbers and one for the companies.
 */
import { where, type AutotaskClient, type Filter } from '../../autotask';
import { companyWebUrl, ticketWebUrl } from '../forms/links';
import type { ContactWrite } from './contacts-send';
import { normaliseEmails } from './contacts-get';
import type { AutotaskSyncPort, ContactScope } from './ports';
import type { AutotaskCalendarItem, AutotaskContact, CompanyCandidate } from './types';

const IN_MAX = 500;
const HOUR = 3_600_000;
const ms = (v: string | null | undefined) => (v ? Date.parse(v) : NaN);
const iso = (n: number) => new Date(n).toISOString();
const s = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const unique = (ids: readonly (number | null | undefined)[]) => [...new Set(ids.filter((i): i is number => typeof i === 'number' && i > 0))];
const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

/** `in` filters over id lists cut at 500, the queries run one after the other, results joined. */
async function inChunks<T>(ids: readonly number[], run: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_MAX) out.push(...(await run(ids.slice(i, i + IN_MAX))));
  return out;
}

const inRange = (startField: string, endField: string, r: { start: number; end: number }): Filter[] => [where.lt(startField, iso(r.end)), where.gt(endField, iso(r.start))];

interface CompanyInfo { name: string; place: string }

export function autotaskSyncPort(client: AutotaskClient, webUrl: string | null): AutotaskSyncPort {
  const base = webUrl ?? '';
  const link = {
    company: (id: number) => (base && id ? companyWebUrl(base, id) : base),
    ticket: (id: number) => (base ? ticketWebUrl(base, id) : ''),
  };

  async function companies(ids: readonly (number | null | undefined)[], signal?: AbortSignal): Promise<Map<number, CompanyInfo>> {
    const rows = await inChunks(unique(ids), (chunk) => client.companies.queryAll({ filter: where.in('id', chunk), includeFields: ['companyName', 'address1', 'city'] }, opts(signal)));
    return new Map(rows.map((r) => [r.id, { name: s(r.companyName), place: [s(r.address1), s(r.city)].filter(Boolean).join(', ') }]));
  }

  async function appointments(range: { start: number; end: number }, resourceId: number, signal?: AbortSignal): Promise<AutotaskCalendarItem[]> {
    const rows = await client.appointments.queryAll({ filter: [where.eq('resourceID', resourceId), ...inRange('startDateTime', 'endDateTime', range)], includeFields: ['title', 'description', 'startDateTime', 'endDateTime'] }, opts(signal));
    return rows.map((r) => ({ type: 'appointment', id: r.id, title: s(r.title), body: s(r.description), start: ms(r.startDateTime), end: ms(r.endDateTime), location: '', url: base }));
  }

  async function todos(range: { start: number; end: number }, resourceId: number, signal?: AbortSignal): Promise<AutotaskCalendarItem[]> {
    const rows = await client.companyToDos.queryAll({
      filter: [where.eq('assignedToResourceID', resourceId), where.notExist('completedDate'), ...inRange('startDateTime', 'endDateTime', range)],
      includeFields: ['companyID', 'activityDescription', 'startDateTime', 'endDateTime'],
    }, opts(signal));
    const names = await companies(rows.map((r) => r.companyID), signal);
    return rows.map((r) => {
      const company = names.get(r.companyID ?? 0)?.name ?? '';
      const text = s(r.activityDescription);
      return { type: 'todo', id: r.id, title: `To-do: ${company || text.split('\n')[0]}`.slice(0, 255), body: [company, text].filter(Boolean).join('\n'), start: ms(r.startDateTime), end: ms(r.endDateTime), location: '', url: link.company(r.companyID ?? 0) };
    });
  }

  async function serviceCalls(range: { start: number; end: number }, resourceId: number, signal?: AbortSignal): Promise<AutotaskCalendarItem[]> {
    const mine = await client.serviceCallTicketResources.queryAll({ filter: where.eq('resourceID', resourceId), includeFields: ['serviceCallTicketID'] }, opts(signal));
    const links = await inChunks(unique(mine.map((m) => m.serviceCallTicketID)), (chunk) => client.serviceCallTickets.queryAll({ filter: where.in('id', chunk), includeFields: ['serviceCallID'] }, opts(signal)));
    const calls = await inChunks(unique(links.map((l) => l.serviceCallID)), (chunk) => client.serviceCalls.queryAll({
      filter: [where.in('id', chunk), ...inRange('startDateTime', 'endDateTime', range)], includeFields: ['companyID', 'description', 'startDateTime', 'endDateTime', 'isComplete'],
    }, opts(signal)));
    const callTickets = await inChunks(calls.map((c) => c.id), (chunk) => client.serviceCallTickets.queryAll({ filter: where.in('serviceCallID', chunk), includeFields: ['serviceCallID', 'ticketID'] }, opts(signal)));
    const [tickets, names] = await Promise.all([
      inChunks(unique(callTickets.map((t) => t.ticketID)), (chunk) => client.tickets.queryAll({ filter: where.in('id', chunk), includeFields: ['ticketNumber', 'title'] }, opts(signal))),
      companies(calls.map((c) => c.companyID), signal),
    ]);
    const ticketText = new Map(tickets.map((t) => [t.id, `${s(t.ticketNumber)} ${s(t.title)}`.trim()]));
    return calls.map((c) => {
      const company = names.get(c.companyID ?? 0);
      const start = ms(c.startDateTime);
      const end = ms(c.endDateTime);
      const lines = callTickets.filter((t) => t.serviceCallID === c.id).map((t) => `Ticket ${ticketText.get(t.ticketID ?? 0) ?? t.ticketID}`);
      const schedule = `${new Date(start).toISOString().slice(0, 16).replace('T', ' ')}–${new Date(end).toISOString().slice(11, 16)} UTC`;
      const body = [`Service call: ${company?.name ?? ''}`.trim(), `Schedule: ${schedule}`, company?.place ? `Location: ${company.place}` : '', s(c.description), ...lines].filter(Boolean).join('\n');
      return { type: 'serviceCall', id: c.id, title: `Service call: ${company?.name ?? c.id}`, body, start, end, location: company?.place ?? '', url: link.company(c.companyID ?? 0) };
    });
  }

  async function ticketAssignments(range: { start: number; end: number }, resourceId: number, signal?: AbortSignal): Promise<AutotaskCalendarItem[]> {
    const rows = await client.tickets.queryAll({
      filter: [where.eq('assignedResourceID', resourceId), where.gte('dueDateTime', iso(range.start)), where.lt('dueDateTime', iso(range.end)), where.notExist('completedDate')],
      includeFields: ['ticketNumber', 'title', 'dueDateTime', 'estimatedHours', 'companyID'],
    }, opts(signal));
    return rows.map((t) => {
      const end = ms(t.dueDateTime);
      const hours = Math.min(Math.max(Number(t.estimatedHours ?? 0), 0.5), 8);
      return { type: 'ticket', id: t.id, title: `${s(t.ticketNumber)} ${s(t.title)}`.trim(), body: 'Ticket due', start: end - hours * HOUR, end, location: '', url: link.ticket(t.id) };
    });
  }

  async function taskAssignments(range: { start: number; end: number }, resourceId: number, signal?: AbortSignal): Promise<AutotaskCalendarItem[]> {
    const rows = await client.tasks.queryAll({
      filter: [where.eq('assignedResourceID', resourceId), where.notExist('completedDateTime'), ...inRange('startDateTime', 'endDateTime', range)],
      includeFields: ['title', 'description', 'startDateTime', 'endDateTime'],
    }, opts(signal));
    return rows.map((t) => ({ type: 'task', id: t.id, title: `Task: ${s(t.title)}`, body: s(t.description), start: ms(t.startDateTime), end: ms(t.endDateTime), location: '', url: base }));
  }

  const readers = { appointment: appointments, todo: todos, serviceCall: serviceCalls, ticket: ticketAssignments, task: taskAssignments } as const;

  const toContact = (names: Map<number, CompanyInfo>) => (r: Record<string, unknown> & { id: number }): AutotaskContact => ({
    id: r.id, companyID: Number(r.companyID ?? 0), isActive: r.isActive !== 0 && r.isActive !== false, firstName: s(r.firstName), lastName: s(r.lastName),
    emails: normaliseEmails([s(r.emailAddress), s(r.emailAddress2), s(r.emailAddress3)]), title: s(r.title), phone: s(r.phone), mobilePhone: s(r.mobilePhone),
    companyName: names.get(Number(r.companyID ?? 0))?.name ?? '',
  });
  const CONTACT_FIELDS = ['companyID', 'isActive', 'firstName', 'lastName', 'emailAddress', 'emailAddress2', 'emailAddress3', 'title', 'phone', 'mobilePhone'];

  return {
    async calendarItems({ range, types, resourceId }, signal) {
      const lists = await Promise.all([...types].map((t) => readers[t](range, resourceId, signal)));
      return lists.flat().filter((i) => Number.isFinite(i.start) && Number.isFinite(i.end));
    },
    async appointments({ range, resourceId, ids }, signal) {
      const byRange: Filter = where.and(where.eq('resourceID', resourceId), ...inRange('startDateTime', 'endDateTime', range));
      const filter = ids.length ? where.or(byRange, where.in('id', unique(ids).slice(0, IN_MAX))) : byRange;
      const rows = await client.appointments.queryAll({ filter, includeFields: ['title', 'description', 'startDateTime', 'endDateTime'] }, opts(signal));
      return rows.map((r) => ({ id: r.id, title: s(r.title), description: s(r.description), start: ms(r.startDateTime), end: ms(r.endDateTime) }));
    },
    createAppointment: (resourceId, f, signal) => client.appointments.create({ resourceID: resourceId, title: f.title, description: f.description, startDateTime: iso(f.start), endDateTime: iso(f.end) }, opts(signal)),
    async updateAppointment(id, p, signal) {
      await client.appointments.update({
        id, ...(p.title !== undefined ? { title: p.title } : {}), ...(p.description !== undefined ? { description: p.description } : {}),
        ...(p.start !== undefined ? { startDateTime: iso(p.start) } : {}), ...(p.end !== undefined ? { endDateTime: iso(p.end) } : {}),
      }, opts(signal));
    },
    async contactsInScope(scope: ContactScope, signal) {
      const companyIds = scope.kind === 'companies' ? unique(scope.companyIds)
        : (await client.companies.queryAll({ filter: [where.eq('ownerResourceID', scope.resourceId), where.eq('isActive', true)], includeFields: ['companyName'] }, opts(signal))).map((c) => c.id);
      const rows = await inChunks(companyIds, (chunk) => client.contacts.queryAll({ filter: [where.in('companyID', chunk), where.eq('isActive', 1)], includeFields: CONTACT_FIELDS }, opts(signal)));
      const names = await companies(companyIds, signal);
      return rows.map((r) => toContact(names)(r));
    },
    async contactsByEmailOrId(emails, ids, signal) {
      const out: Record<string, unknown>[] = [];
      for (let i = 0; i < Math.max(emails.length, ids.length); i += IN_MAX) {
        const e = emails.slice(i, i + IN_MAX);
        const n = unique(ids).slice(i, i + IN_MAX);
        const parts: Filter[] = [...(e.length ? [where.in('emailAddress', e), where.in('emailAddress2', e), where.in('emailAddress3', e)] : []), ...(n.length ? [where.in('id', n)] : [])];
        if (parts.length) out.push(...(await client.contacts.queryAll({ filter: where.or(...parts), includeFields: CONTACT_FIELDS }, opts(signal))));
      }
      const rows = out as (Record<string, unknown> & { id: number })[];
      const names = await companies(rows.map((r) => Number(r.companyID ?? 0)), signal);
      return rows.map(toContact(names));
    },
    async companiesByDomain(domains, signal) {
      const result = new Map<string, CompanyCandidate[]>(domains.map((d) => [d, []]));
      if (!domains.length) return result;
      const rows = await client.companies.queryAll({ filter: [where.or(...domains.map((d) => where.contains('webAddress', d))), where.eq('isActive', true)], includeFields: ['companyName', 'webAddress'] }, opts(signal));
      for (const r of rows) for (const d of domains) if (s(r.webAddress).toLowerCase().includes(d)) result.get(d)?.push({ id: r.id, name: s(r.companyName) });
      return result;
    },
    createContact: (companyId, f: ContactWrite, signal) => client.contacts.create(companyId, { ...f, isActive: 1 }, opts(signal)),
    async updateContact(companyId, id, p, signal) {
      await client.contacts.update(companyId, { id, ...p }, opts(signal));
    },
  };
}
