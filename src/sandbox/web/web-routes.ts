/**
 * `/web/…`: the read-only view of the tenant (zoneInformation `webUrl`), where the add-in's Home
 * command lands when the sandbox is the tenant. Also Autotask's deep link
 * `Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenTicketDetail&TicketID=…` (and TicketNumber,
 * OpenAccount/AccountID, OpenContact/ContactID, OpenProject/ProjectID) redirects into it.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { SandboxRuntime } from '../runtime';
import { page, html } from './html';
import { calendarPage } from './pages-calendar';
import { companiesPage, companyDetailPage, contactsPage, projectsPage } from './pages-crm';
import { ticketDetailPage, ticketsPage } from './pages-tickets';

function sendHtml(reply: FastifyReply, body: string | null, status = 200): FastifyReply {
  if (body === null) return sendHtml(reply, page('Not found', '', html`<p>There is no such record. <a href="/web/">Back to tickets</a>.</p>`), 404);
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}

function query(req: { query: unknown }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((req.query ?? {}) as Record<string, unknown>)) out[k.toLowerCase()] = String(v);
  return out;
}

export function registerWebRoutes(app: FastifyInstance, rt: SandboxRuntime): void {
  const store = rt.store;
  app.get('/web', (_req, reply) => reply.redirect('/web/'));
  app.get('/web/', (_req, reply) => sendHtml(reply, ticketsPage(store, 'open')));
  app.get('/web/tickets', (req, reply) => sendHtml(reply, ticketsPage(store, query(req).show === 'all' ? 'all' : 'open')));
  app.get<{ Params: { id: string } }>('/web/tickets/:id', (req, reply) => sendHtml(reply, ticketDetailPage(store, Number(req.params.id))));
  app.get('/web/companies', (_req, reply) => sendHtml(reply, companiesPage(store)));
  app.get<{ Params: { id: string } }>('/web/companies/:id', (req, reply) => sendHtml(reply, companyDetailPage(store, Number(req.params.id))));
  app.get('/web/contacts', (req, reply) => sendHtml(reply, contactsPage(store, query(req).q ?? '')));
  app.get('/web/projects', (_req, reply) => sendHtml(reply, projectsPage(store)));
  app.get('/web/calendar', (_req, reply) => sendHtml(reply, calendarPage(store)));
  app.get('/web/Autotask/AutotaskExtend/ExecuteCommand.aspx', (req, reply) => {
    const q = query(req);
    const code = (q.code ?? '').toLowerCase();
    let target: string | null = null;
    if (code === 'openticketdetail') {
      const byNumber = q.ticketnumber ? store.list('Tickets').find((t) => t.ticketNumber === q.ticketnumber) : undefined;
      const id = byNumber?.id ?? Number(q.ticketid);
      target = store.get('Tickets', id) ? `/web/tickets/${id}` : null;
    } else if (code === 'openaccount') target = `/web/companies/${Number(q.accountid)}`;
    else if (code === 'opencontact') {
      const contact = store.get('Contacts', Number(q.contactid));
      target = contact ? `/web/companies/${String(contact.companyID)}` : null;
    } else if (code === 'openproject') target = '/web/projects';
    if (target) return reply.redirect(target);
    return sendHtml(reply, page('Unknown command', '', html`<p>The sandbox does not know the command ${q.code ?? ''}. <a href="/web/">Back to tickets</a>.</p>`), 404);
  });
}
