/** Calendar: appointments, to-dos and service calls (with their tickets and resources), by start time. */
import type { Repository } from '../store/repository';
import { html, label, link, nameOf, page, table, when, type Html } from './html';

interface Entry {
  start: string;
  cells: (string | Html)[];
}

export function calendarPage(store: Repository): string {
  const entries: Entry[] = [];
  for (const a of store.list('Appointments')) {
    entries.push({ start: String(a.startDateTime), cells: [when(a.startDateTime), when(a.endDateTime), 'Appointment', String(a.title ?? ''), nameOf(store, 'Resources', a.resourceID), ''] });
  }
  for (const t of store.list('CompanyToDos')) {
    entries.push({ start: String(t.startDateTime), cells: [when(t.startDateTime), when(t.endDateTime), `To-do (${label('CompanyToDos', 'actionType', t.actionType)})`,
      String(t.activityDescription ?? ''), nameOf(store, 'Resources', t.assignedToResourceID), link(`/web/companies/${String(t.companyID)}`, nameOf(store, 'Companies', t.companyID))] });
  }
  for (const s of store.list('ServiceCalls')) {
    const sct = store.list('ServiceCallTickets').filter((x) => x.serviceCallID === s.id);
    const tickets = sct.map((x) => store.get('Tickets', Number(x.ticketID))).filter((t) => t !== undefined);
    const people = store.list('ServiceCallTicketResources').filter((r) => sct.some((x) => x.id === r.serviceCallTicketID))
      .map((r) => `${nameOf(store, 'Resources', r.resourceID)}${r.roleID ? ` (${nameOf(store, 'Roles', r.roleID)})` : ''}`);
    const what = html`${String(s.description ?? '')}${tickets.length ? html` — tickets: ${tickets.map((t, i) => html`${i ? ', ' : ''}${link(`/web/tickets/${t.id}`, t.ticketNumber)}`)}` : ''}`;
    entries.push({ start: String(s.startDateTime), cells: [when(s.startDateTime), when(s.endDateTime),
      `Service call (${label('ServiceCalls', 'status', s.status)})`, what, [...new Set(people)].join(', '),
      link(`/web/companies/${String(s.companyID)}`, nameOf(store, 'Companies', s.companyID))] });
  }
  entries.sort((a, b) => a.start.localeCompare(b.start));
  return page('Calendar', 'calendar', table(`${entries.length} calendar items, earliest first`, ['Start', 'End', 'Kind', 'What', 'Who', 'Company'], entries.map((e) => e.cells), 'Nothing scheduled.'));
}
