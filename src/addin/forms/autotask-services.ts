/**
 * The Autotask side of the forms: one typed client per pane (gateway mode, the session added by
 * `autotaskBeforeRequest`), the sender lookups for matchSender and the ticket port.
 */
import { useMemo } from 'react';
import { createAutotaskClient, where, type AutotaskClient, type TicketCreate } from '../../autotask';
import { AUTOTASK_PROXY_BASE, autotaskBeforeRequest } from '../auth/autotask-access';
import type { AuthController } from '../auth/auth-controller';
import { useAuthServices } from '../auth/use-auth';
import type { ContactMatch, SenderLookupPort } from '../email/sender-match';
import type { NotePort } from './note-save';
import type { TicketPort } from './ticket-save';

const clients = new WeakMap<AuthController, AutotaskClient>();

export function autotaskClientFor(auth: AuthController): AutotaskClient {
  let client = clients.get(auth);
  if (!client) {
    client = createAutotaskClient({ mode: 'gateway', baseUrl: AUTOTASK_PROXY_BASE, beforeRequest: autotaskBeforeRequest(auth) });
    clients.set(auth, client);
  }
  return client;
}

export function useAutotaskClient(): AutotaskClient {
  const { auth } = useAuthServices();
  return useMemo(() => autotaskClientFor(auth), [auth]);
}

const active = (v: unknown) => v !== false && v !== 0;

/** Company names by id (one `in` query, IncludeFields limited). */
export async function companyNames(client: AutotaskClient, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids.filter((id) => id > 0))];
  if (!unique.length) return new Map();
  const rows = await client.companies.queryAll({ filter: where.in('id', unique), includeFields: ['companyName'] });
  return new Map(rows.map((r) => [r.id, String(r.companyName ?? '')]));
}

export function senderPort(client: AutotaskClient): SenderLookupPort {
  return {
    async findResourcesByEmail(address) {
      const rows = await client.resources.queryAll({
        filter: where.or(where.eq('email', address), where.eq('email2', address), where.eq('email3', address)),
        includeFields: ['firstName', 'lastName', 'email', 'email2', 'email3', 'isActive'],
      });
      return rows.map((r) => ({ id: r.id, firstName: r.firstName ?? '', lastName: r.lastName ?? '', email: r.email ?? null, email2: r.email2 ?? null, email3: r.email3 ?? null, isActive: active(r.isActive) }));
    },
    async findContactsByEmail(address) {
      const rows = await client.contacts.queryAll({
        filter: where.or(where.eq('emailAddress', address), where.eq('emailAddress2', address), where.eq('emailAddress3', address)),
        includeFields: ['firstName', 'lastName', 'emailAddress', 'emailAddress2', 'emailAddress3', 'companyID', 'isActive'],
      });
      const names = await companyNames(client, rows.map((r) => r.companyID ?? 0));
      return rows.map((r): ContactMatch => ({
        id: r.id, firstName: r.firstName ?? '', lastName: r.lastName ?? '', emailAddress: r.emailAddress ?? null, emailAddress2: r.emailAddress2 ?? null,
        emailAddress3: r.emailAddress3 ?? null, companyID: r.companyID ?? 0, companyName: names.get(r.companyID ?? 0) ?? '', isActive: active(r.isActive),
      }));
    },
    async findTicketsByNumber(numbers) {
      if (!numbers.length) return [];
      const rows = await client.tickets.queryAll({ filter: where.in('ticketNumber', [...numbers]), includeFields: ['ticketNumber', 'title', 'companyID', 'contactID'] });
      return rows.map((r) => ({ id: r.id, ticketNumber: r.ticketNumber ?? '', title: r.title ?? '', companyID: r.companyID ?? 0, contactID: r.contactID ?? null }));
    },
    async findCompaniesByWebDomain(domain) {
      const rows = await client.companies.queryAll({ filter: where.contains('webAddress', domain), includeFields: ['companyName', 'webAddress', 'isActive'] });
      return rows.map((r) => ({ id: r.id, companyName: r.companyName ?? '', webAddress: r.webAddress ?? null, isActive: r.isActive !== false }));
    },
  };
}

export function ticketPort(client: AutotaskClient): TicketPort {
  return {
    async findByExternalId(externalId) {
      const rows = await client.tickets.queryAll({ filter: where.eq('externalID', externalId), includeFields: ['ticketNumber'] });
      return rows.map((r) => ({ id: r.id, ticketNumber: r.ticketNumber ?? '' }));
    },
    create: (body: TicketCreate) => client.tickets.create(body),
    async numberOf(id) {
      const rows = await client.tickets.queryAll({ filter: where.eq('id', id), includeFields: ['ticketNumber'] });
      return rows[0]?.ticketNumber ?? null;
    },
  };
}

/** A company with no (active) contacts, or whose lookup failed. */
export const NO_CONTACTS: readonly { id: number; name: string; email: string }[] = [];

/** Contacts of a company for the contact chooser (active only). */
export async function companyContacts(client: AutotaskClient, companyId: number, signal?: AbortSignal): Promise<{ id: number; name: string; email: string }[]> {
  const rows = await client.contacts.queryAll(
    { filter: where.eq('companyID', companyId), includeFields: ['firstName', 'lastName', 'emailAddress', 'isActive'], maxRecords: 200 },
    { cap: 200, truncate: true, ...(signal ? { signal } : {}) },
  );
  return rows
    .filter((r) => active(r.isActive))
    .map((r) => ({ id: r.id, name: `${r.firstName ?? ''} ${r.lastName ?? ''}`.trim(), email: r.emailAddress ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function notePort(client: AutotaskClient): NotePort {
  return {
    create: (companyId, body) => client.companyNotes.create(companyId, body),
    async findRecent(companyId, name, resourceId, since) {
      const rows = await client.companyNotes.queryAll({
        filter: [where.eq('companyID', companyId), where.eq('name', name), where.eq('assignedResourceID', resourceId), where.gte('createDateTime', since)],
        includeFields: ['name'],
      });
      return rows.map((r) => r.id);
    },
  };
}
