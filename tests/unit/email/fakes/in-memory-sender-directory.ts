/**
 * In-memory SenderLookupPort for tests (and for the forms' tests): answers each lookup the way
 * the Autotask query the real adapter builds would, and records every call so tests can assert
 * how few lookups a decision took.
 */
import type { CompanyMatch, ContactMatch, ResourceMatch, SenderLookupPort, TicketMatch } from '../../../../src/addin/email/sender-match';

export interface DirectoryData {
  resources?: ResourceMatch[];
  contacts?: ContactMatch[];
  companies?: CompanyMatch[];
  tickets?: TicketMatch[];
}

export type DirectoryCall = { method: keyof SenderLookupPort; arg: string };

const eq = (a: string | null | undefined, b: string) => !!a && a.toLowerCase() === b.toLowerCase();

export class InMemorySenderDirectory implements SenderLookupPort {
  readonly calls: DirectoryCall[] = [];

  constructor(private readonly data: DirectoryData = {}) {}

  async findResourcesByEmail(address: string): Promise<ResourceMatch[]> {
    this.calls.push({ method: 'findResourcesByEmail', arg: address });
    return (this.data.resources ?? []).filter((r) => eq(r.email, address) || eq(r.email2, address) || eq(r.email3, address));
  }

  async findContactsByEmail(address: string): Promise<ContactMatch[]> {
    this.calls.push({ method: 'findContactsByEmail', arg: address });
    return (this.data.contacts ?? []).filter((c) => eq(c.emailAddress, address) || eq(c.emailAddress2, address) || eq(c.emailAddress3, address));
  }

  async findTicketsByNumber(numbers: readonly string[]): Promise<TicketMatch[]> {
    this.calls.push({ method: 'findTicketsByNumber', arg: numbers.join(',') });
    return (this.data.tickets ?? []).filter((t) => numbers.some((n) => eq(t.ticketNumber, n)));
  }

  async findCompaniesByWebDomain(domain: string): Promise<CompanyMatch[]> {
    this.calls.push({ method: 'findCompaniesByWebDomain', arg: domain });
    return (this.data.companies ?? []).filter((c) => (c.webAddress ?? '').toLowerCase().includes(domain.toLowerCase()));
  }
}
