/** Companies (list and detail), contacts, projects. */
import type { Row } from '../model/types';
import type { Repository } from '../store/repository';
import { html, label, link, nameOf, page, table, when } from './html';

const emails = (c: Row) => [c.emailAddress, c.emailAddress2, c.emailAddress3].filter(Boolean).join(', ');

export function companiesPage(store: Repository): string {
  const list = [...store.list('Companies')].sort((a, b) => String(a.companyName).localeCompare(String(b.companyName)));
  return page('Companies', 'companies', table(`${list.length} companies`, ['Name', 'Type', 'Web address', 'Phone', 'Parent', 'Active', 'Id'], list.map((c) => [
    link(`/web/companies/${c.id}`, c.companyName), label('Companies', 'companyType', c.companyType), String(c.webAddress ?? ''),
    String(c.phone ?? ''), nameOf(store, 'Companies', c.parentCompanyID), c.isActive ? 'Yes' : 'No', String(c.id),
  ])));
}

export function companyDetailPage(store: Repository, id: number): string | null {
  const c = store.get('Companies', id);
  if (!c) return null;
  const contacts = store.list('Contacts').filter((k) => k.companyID === id);
  const tickets = store.list('Tickets').filter((t) => t.companyID === id);
  const notes = store.list('CompanyNotes').filter((n) => n.companyID === id);
  const todos = store.list('CompanyToDos').filter((n) => n.companyID === id);
  const contracts = store.list('Contracts').filter((k) => k.companyID === id);
  return page(String(c.companyName), 'companies', html`
<dl><dt>Type</dt><dd>${label('Companies', 'companyType', c.companyType)}</dd><dt>Web address</dt><dd>${c.webAddress || '—'}</dd>
<dt>Phone</dt><dd>${c.phone || '—'}</dd><dt>Address</dt><dd>${[c.address1, c.city, c.state, c.postalCode].filter(Boolean).join(', ') || '—'}</dd>
<dt>Owner</dt><dd>${nameOf(store, 'Resources', c.ownerResourceID)}</dd><dt>Active</dt><dd>${c.isActive ? 'Yes' : 'No'}</dd><dt>Company id</dt><dd>${c.id}</dd></dl>
<h2>Contacts (${contacts.length})</h2>
${table('Contacts of this company', ['Name', 'Email addresses', 'Title', 'Active'], contacts.slice(0, 500).map((k) => [
  `${String(k.firstName)} ${String(k.lastName)}`, emails(k), String(k.title ?? ''), k.isActive === 1 ? 'Yes' : 'No',
]), 'No contacts.')}
<h2>Contracts (${contracts.length})</h2>
${table('Contracts of this company', ['Name', 'Type', 'Status', 'Default', 'Start', 'End', 'Id'], contracts.map((k) => [
  String(k.contractName), label('Contracts', 'contractType', k.contractType), label('Contracts', 'status', k.status),
  k.isDefaultContract ? 'Yes' : 'No', when(k.startDate).slice(0, 10), when(k.endDate).slice(0, 10), String(k.id),
]), 'No contracts.')}
<h2>Tickets (${tickets.length})</h2>
${table('Tickets of this company', ['Number', 'Title', 'Status'], tickets.map((t) => [link(`/web/tickets/${t.id}`, t.ticketNumber), String(t.title), label('Tickets', 'status', t.status)]), 'No tickets.')}
<h2>Notes (${notes.length})</h2>
${table('CRM notes', ['When', 'Action', 'Name', 'Contact', 'Note'], notes.map((n) => [when(n.startDateTime), label('CompanyNotes', 'actionType', n.actionType), String(n.name ?? ''), nameOf(store, 'Contacts', n.contactID), String(n.note ?? '')]), 'No notes.')}
<h2>To-dos (${todos.length})</h2>
${table('To-dos', ['Start', 'Action', 'Assigned to', 'Description', 'Completed'], todos.map((n) => [when(n.startDateTime), label('CompanyToDos', 'actionType', n.actionType), nameOf(store, 'Resources', n.assignedToResourceID), String(n.activityDescription ?? ''), when(n.completedDate)]), 'No to-dos.')}`);
}

export function contactsPage(store: Repository, q: string): string {
  const needle = q.trim().toLowerCase();
  const all = store.list('Contacts');
  const match = needle === '' ? all : all.filter((k) => `${String(k.firstName)} ${String(k.lastName)} ${emails(k)}`.toLowerCase().includes(needle));
  const shown = match.slice(0, 500);
  return page('Contacts', 'contacts', html`
<form method="get" action="/web/contacts" role="search"><label for="q">Find a contact by name or email </label>
<input id="q" name="q" type="search" value="${q}"> <button type="submit">Search</button></form>
${table(`${match.length} contacts${match.length > shown.length ? ` (first ${shown.length} shown)` : ''}`, ['Name', 'Company', 'Email addresses', 'Title', 'Active', 'Id'], shown.map((k) => [
  `${String(k.firstName)} ${String(k.lastName)}`, link(`/web/companies/${String(k.companyID)}`, nameOf(store, 'Companies', k.companyID)), emails(k),
  String(k.title ?? ''), k.isActive === 1 ? 'Yes' : 'No', String(k.id),
]))}`);
}

export function projectsPage(store: Repository): string {
  const sections = store.list('Projects').map((p) => {
    const tasks = store.list('Tasks').filter((t) => t.projectID === p.id);
    const notes = store.list('ProjectNotes').filter((n) => n.projectID === p.id);
    return html`<h2>${p.projectNumber} — ${p.projectName}</h2>
<p>${nameOf(store, 'Companies', p.companyID)} · ${label('Projects', 'projectType', p.projectType)} · ${label('Projects', 'status', p.status)} · lead ${nameOf(store, 'Resources', p.projectLeadResourceID)} · project id ${p.id}</p>
${table('Tasks', ['Number', 'Title', 'Status', 'Assigned', 'Task id'], tasks.map((t) => [String(t.taskNumber ?? ''), String(t.title), label('Tasks', 'status', t.status), nameOf(store, 'Resources', t.assignedResourceID), String(t.id)]), 'No tasks.')}
${table('Project notes', ['Created', 'Title', 'Description'], notes.map((n) => [when(n.createDateTime), String(n.title ?? ''), String(n.description ?? '')]), 'No project notes.')}`;
  });
  return page('Projects', 'projects', html`${sections}`);
}
