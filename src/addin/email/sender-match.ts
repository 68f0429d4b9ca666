/**
 * Sender matching in Autotask's own order (Incoming Email Processing, reference §9), as a pure
 * decision over lookups the caller provides through a port (the REST client in the pane, an
 * in-memory fake in tests):
 *   1. an active resource with the address → "internal" (a colleague: the form asks for the company);
 *   2. active contacts by primary, then second, then third address → one: "contact"; several
 *      (e.g. parent and child companies): "contact-choice";
 *   3. for notes, a ticket number in the subject → "ticket" / "ticket-choice";
 *   4. a company whose web address has exactly the sender's domain (not for public mail domains)
 *      → "company" / "company-choice", each with a "create contact" proposal;
 *   5. otherwise "none" with the reason and a "create contact" proposal.
 * Never a silent fallback to company 0. Lookups stop at the first step that decides; the ticket
 * lookup (one call, only when the subject has a number and the target is a note) runs
 * whatever the sender is, so a colleague forwarding a customer's reply still finds the ticket.
 */
import { asciiHost, type ContactProposal, type SenderQuery } from './sender-query';

export interface ResourceMatch {
  id: number;
  firstName?: string;
  lastName?: string;
  email?: string | null;
  email2?: string | null;
  email3?: string | null;
  isActive?: boolean;
}

export interface ContactMatch {
  id: number;
  firstName: string;
  lastName: string;
  emailAddress?: string | null;
  emailAddress2?: string | null;
  emailAddress3?: string | null;
  companyID: number;
  /** The company's name, when the caller resolved it (for the chooser). */
  companyName?: string;
  isActive?: boolean | number;
}

export interface CompanyMatch {
  id: number;
  companyName: string;
  webAddress?: string | null;
  isActive?: boolean;
}

export interface TicketMatch {
  id: number;
  ticketNumber: string;
  title?: string;
  companyID?: number;
  contactID?: number | null;
}

/** The lookups, each one Autotask query the caller builds (all filters are on the caller's side). */
export interface SenderLookupPort {
  /** Resources whose email, email2 or email3 is the address (one query, `or` over the three). */
  findResourcesByEmail(address: string): Promise<ResourceMatch[]>;
  /** Contacts whose emailAddress, emailAddress2 or emailAddress3 is the address (one query, `or` over the three). */
  findContactsByEmail(address: string): Promise<ContactMatch[]>;
  /** Tickets whose ticketNumber is one of the numbers (an `in` query). */
  findTicketsByNumber(numbers: readonly string[]): Promise<TicketMatch[]>;
  /** Companies whose webAddress contains the domain (`contains`); exact host matches are kept here. */
  findCompaniesByWebDomain(domain: string): Promise<CompanyMatch[]>;
}

export type ContactField = 'emailAddress' | 'emailAddress2' | 'emailAddress3';

export interface TicketLookup {
  numbers: string[];
  found: TicketMatch[];
}

export type NoneReason = 'no-sender' | 'no-address' | 'malformed-address' | 'public-domain' | 'no-domain' | 'no-match';

export type SenderDecision =
  | { kind: 'internal'; resource: ResourceMatch; tickets: TicketLookup; message: string }
  | { kind: 'contact'; contact: ContactMatch; matchedOn: ContactField; tickets: TicketLookup }
  | { kind: 'contact-choice'; contacts: ContactMatch[]; matchedOn: ContactField; tickets: TicketLookup; message: string }
  | { kind: 'ticket'; ticket: TicketMatch; tickets: TicketLookup }
  | { kind: 'ticket-choice'; tickets: TicketLookup; message: string }
  | { kind: 'company'; company: CompanyMatch; createContact: ContactProposal & { companyID: number }; tickets: TicketLookup }
  | { kind: 'company-choice'; companies: CompanyMatch[]; createContact: ContactProposal; tickets: TicketLookup; message: string }
  | { kind: 'none'; reason: NoneReason; message: string; createContact: ContactProposal | null; tickets: TicketLookup };

const same = (a: string | null | undefined, b: string) => !!a && a.trim().toLowerCase() === b;
const active = (v: boolean | number | undefined) => v === undefined || v === true || v === 1;

/** The host of a company web address without "www.", in ASCII; null when it has none. */
export function webHost(webAddress: string | null | undefined): string | null {
  let s = (webAddress ?? '').trim().toLowerCase();
  if (!s) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  try {
    const host = new URL(s).hostname.replace(/\.$/, '').replace(/^www\d*\./, '');
    return host || null;
  } catch {
    return null;
  }
}

function uniqueById<T extends { id: number }>(items: T[]): T[] {
  const seen = new Set<number>();
  return items.filter((i) => !seen.has(i.id) && seen.add(i.id));
}

export async function matchSender(query: SenderQuery, port: SenderLookupPort): Promise<SenderDecision> {
  const tickets: TicketLookup = { numbers: query.ticketNumbers, found: [] };
  if (query.ticketNumbers.length) {
    const wanted = new Set(query.ticketNumbers);
    const found = await port.findTicketsByNumber(query.ticketNumbers);
    tickets.found = uniqueById(found.filter((t) => wanted.has(t.ticketNumber.toUpperCase()) || wanted.has(t.ticketNumber.toUpperCase().replace(/\.\d{3}$/, ''))));
  }
  const byTicket = (): SenderDecision | null => {
    if (tickets.found.length === 1) return { kind: 'ticket', ticket: tickets.found[0]!, tickets };
    if (tickets.found.length > 1) return { kind: 'ticket-choice', tickets, message: `The subject names ${tickets.found.length} tickets; choose one.` };
    return null;
  };
  if (!query.ok) return byTicket() ?? { kind: 'none', reason: query.problem, message: query.reason, createContact: null, tickets };

  const { address } = query;
  const resources = (await port.findResourcesByEmail(address)).filter((r) => active(r.isActive) && (same(r.email, address) || same(r.email2, address) || same(r.email3, address)));
  if (resources.length) {
    return { kind: 'internal', resource: resources[0]!, tickets, message: 'The sender is a colleague (an Autotask resource); choose the company this is for.' };
  }

  const contacts = uniqueById((await port.findContactsByEmail(address)).filter((c) => active(c.isActive)));
  for (const field of ['emailAddress', 'emailAddress2', 'emailAddress3'] as const) {
    const tier = contacts.filter((c) => same(c[field], address));
    if (tier.length === 1) return { kind: 'contact', contact: tier[0]!, matchedOn: field, tickets };
    if (tier.length > 1) {
      return { kind: 'contact-choice', contacts: tier, matchedOn: field, tickets, message: `${tier.length} contacts have ${address}; choose the right one (each is shown with its company).` };
    }
  }

  const ticket = byTicket();
  if (ticket) return ticket;

  const proposal = query.proposal;
  if (query.publicDomain) {
    return { kind: 'none', reason: 'public-domain', message: `No contact has ${address}, and ${query.domain} is a public mail provider, so it says nothing about the company.`, createContact: proposal, tickets };
  }
  if (!query.asciiDomain.includes('.')) {
    return { kind: 'none', reason: 'no-domain', message: `No contact has ${address}, and "${query.domain}" is not an internet domain.`, createContact: proposal, tickets };
  }
  const domain = asciiHost(query.asciiDomain);
  const companies = uniqueById((await port.findCompaniesByWebDomain(query.domain)).filter((c) => c.isActive !== false && webHost(c.webAddress) === domain));
  if (companies.length === 1) {
    return { kind: 'company', company: companies[0]!, createContact: { ...proposal, companyID: companies[0]!.id }, tickets };
  }
  if (companies.length > 1) {
    return { kind: 'company-choice', companies, createContact: proposal, tickets, message: `${companies.length} companies have the web domain ${query.domain}; choose one.` };
  }
  return { kind: 'none', reason: 'no-match', message: `No resource, contact or company matches ${address}.`, createContact: proposal, tickets };
}
