/** Ticket list and ticket detail (notes, attachments, time entries). */
import type { Row } from '../model/types';
import type { Repository } from '../store/repository';
import { html, label, link, nameOf, page, table, when, type Html } from './html';

const COMPLETE = 5;

function ticketRow(store: Repository, t: Row): (string | Html)[] {
  return [
    link(`/web/tickets/${t.id}`, t.ticketNumber),
    String(t.title ?? ''),
    link(`/web/companies/${String(t.companyID)}`, nameOf(store, 'Companies', t.companyID)),
    label('Tickets', 'status', t.status),
    label('Tickets', 'priority', t.priority),
    label('Tickets', 'queueID', t.queueID),
    nameOf(store, 'Resources', t.assignedResourceID),
    when(t.createDate),
  ];
}

export function ticketsPage(store: Repository, show: 'open' | 'all'): string {
  const all = [...store.list('Tickets')].sort((a, b) => String(b.createDate).localeCompare(String(a.createDate)));
  const list = show === 'all' ? all : all.filter((t) => t.status !== COMPLETE);
  const toggle = show === 'all' ? link('/web/tickets', 'Show open tickets only') : link('/web/tickets?show=all', 'Show all tickets, including complete');
  return page(show === 'all' ? 'All tickets' : 'Open tickets', 'tickets', html`<p>${toggle}</p>${table(
    `${list.length} tickets, newest first`,
    ['Number', 'Title', 'Company', 'Status', 'Priority', 'Queue', 'Primary resource', 'Created'],
    list.map((t) => ticketRow(store, t)),
  )}`);
}

function kib(bytes: unknown): string {
  const n = Number(bytes ?? 0);
  return n < 1024 ? `${n} bytes` : `${(n / 1024).toFixed(1)} KB`;
}

export function ticketDetailPage(store: Repository, id: number): string | null {
  const t = store.get('Tickets', id);
  if (!t) return null;
  const notes = store.list('TicketNotes').filter((n) => n.ticketID === id);
  const files = store.list('TicketAttachments').filter((a) => a.parentID === id);
  const time = store.list('TimeEntries').filter((e) => e.ticketID === id);
  const by = (r: Row, resField: string, contactField: string) =>
    r[contactField] ? `${nameOf(store, 'Contacts', r[contactField])} (contact)` : nameOf(store, 'Resources', r[resField]);
  const imp = (r: Row) => (r.impersonatorCreatorResourceID ? ` via ${nameOf(store, 'Resources', r.impersonatorCreatorResourceID)}` : '');
  const body = html`
<dl>
<dt>Company</dt><dd>${link(`/web/companies/${String(t.companyID)}`, nameOf(store, 'Companies', t.companyID))}</dd>
<dt>Contact</dt><dd>${nameOf(store, 'Contacts', t.contactID) || '—'}</dd>
<dt>Status</dt><dd>${label('Tickets', 'status', t.status)}</dd>
<dt>Priority</dt><dd>${label('Tickets', 'priority', t.priority)}</dd>
<dt>Queue</dt><dd>${label('Tickets', 'queueID', t.queueID) || '—'}</dd>
<dt>Issue</dt><dd>${[label('Tickets', 'issueType', t.issueType), label('Tickets', 'subIssueType', t.subIssueType)].filter(Boolean).join(' › ') || '—'}</dd>
<dt>Primary resource</dt><dd>${nameOf(store, 'Resources', t.assignedResourceID) || '—'} ${t.assignedResourceRoleID ? `(${nameOf(store, 'Roles', t.assignedResourceRoleID)})` : ''}</dd>
<dt>Source</dt><dd>${label('Tickets', 'source', t.source) || '—'}</dd>
<dt>Created</dt><dd>${when(t.createDate)} by ${nameOf(store, 'Resources', t.creatorResourceID)}${imp(t)}</dd>
<dt>Due</dt><dd>${when(t.dueDateTime) || '—'}</dd>
<dt>Ticket id</dt><dd>${t.id}</dd>
</dl>
<h2>Description</h2><div class="note">${t.description || '(none)'}</div>
<h2>Notes (${notes.length})</h2>
${notes.length === 0 ? html`<p class="muted">No notes.</p>` : notes.map((n) => html`<article class="note" aria-label="${n.title || 'Note'}"><strong>${n.title || '(no title)'}</strong>
<span class="muted"> — ${label('TicketNotes', 'noteType', n.noteType)}, ${label('TicketNotes', 'publish', n.publish)}, ${when(n.createDateTime)} by ${by(n, 'creatorResourceID', 'createdByContactID')}${imp(n)}</span>
${'\n'}${n.description}</article>`)}
<h2>Attachments (${files.length})</h2>
${table('Files attached to this ticket', ['Title', 'File name', 'Size', 'Type', 'Attached'], files.map((a) => [
  String(a.title ?? ''), String(a.fullPath ?? ''), kib(a.fileSize), String(a.contentType ?? ''), `${when(a.attachDate)} by ${nameOf(store, 'Resources', a.attachedByResourceID)}${imp(a)}`,
]), 'No attachments.')}
<h2>Time entries (${time.length})</h2>
${table('Time worked on this ticket', ['Date', 'Resource', 'Role', 'Hours worked', 'Summary'], time.map((e) => [
  when(e.dateWorked).slice(0, 10), `${nameOf(store, 'Resources', e.resourceID)}${imp(e)}`, nameOf(store, 'Roles', e.roleID), String(e.hoursWorked ?? ''), String(e.summaryNotes ?? ''),
]), 'No time entries.')}`;
  return page(`${String(t.ticketNumber)} — ${String(t.title)}`, 'tickets', body);
}
