import { isPublicMailDomain } from '../../../src/addin/email/public-domains';
import { matchSender, webHost } from '../../../src/addin/email/sender-match';
import { senderQuery, splitDisplayName, ticketNumbersIn } from '../../../src/addin/email/sender-query';
import { InMemorySenderDirectory } from './fakes/in-memory-sender-directory';

describe('splitDisplayName', () => {
  it.each([
    ['Jordan Miller', 'Jordan', 'Miller'],
    ['Miller, Jordan', 'Jordan', 'Miller'],
    ['"Garcia, Maria"', 'Maria', 'Garcia'],
    ["'Mary Ann Smith'", 'Mary Ann', 'Smith'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Dr. Jane Doe', 'Jane', 'Doe'],
    ['Dörte Å. Sörensen, Jr.', 'Dörte Å.', 'Sörensen Jr.'],
    ['MARTIN Claire', 'Claire', 'Martin'.toUpperCase()],
    ['Jordan Miller (Contoso)', 'Jordan', 'Miller'],
    ['[EXTERNAL] Jordan Miller', 'Jordan', 'Miller'],
    ['Jordan Miller via LinkedIn', 'Jordan', 'Miller'],
    ['RR Tester 1', 'RR', 'Tester'],
    ['Юникод запрещен', 'Юникод', 'запрещен'],
    ['山田 太郎', '太郎', '山田'],
  ])('%s → %s / %s', (name, first, last) => {
    expect(splitDisplayName(name, 'x@y.example')).toEqual({ firstName: first, lastName: last, emailAddress: 'x@y.example', missing: [] });
  });

  it('a single name fills the first name and asks for the last', () => {
    expect(splitDisplayName('Madonna', 'm@x.example')).toEqual({ firstName: 'Madonna', lastName: '', emailAddress: 'm@x.example', missing: ['lastName'] });
  });

  it('an address or a domain as the name: first.last from the address, else nothing', () => {
    expect(splitDisplayName('john.smith@contoso.com', 'john.smith@contoso.com')).toMatchObject({ firstName: 'John', lastName: 'Smith', missing: [] });
    expect(splitDisplayName('', 'maria_garcia-lopez@x.example')).toMatchObject({ firstName: 'Maria', lastName: 'Garcia Lopez' });
    expect(splitDisplayName('', 'support@x.example')).toMatchObject({ firstName: '', lastName: '', missing: ['firstName', 'lastName'] });
    expect(splitDisplayName('Vitamart.ca', 'service@vitamart.ca')).toMatchObject({ firstName: '', lastName: '', missing: ['firstName', 'lastName'] });
  });

  it('cuts names to 50 characters', () => {
    const r = splitDisplayName(`${'A'.repeat(60)}a ${'B'.repeat(70)}b`, 'x@y.example');
    expect(r.firstName.length).toBeLessThanOrEqual(50);
    expect(r.lastName.length).toBeLessThanOrEqual(50);
  });
});

describe('ticketNumbersIn', () => {
  it('finds two- and three-segment numbers, once each, upper-cased', () => {
    expect(ticketNumbersIn('RE: [T20261128.0042] and t20261128.0042, also T20200924.0046.051; not XT20261128.00421')).toEqual(['T20261128.0042', 'T20200924.0046.051']);
    expect(ticketNumbersIn('No number here, T2026.1')).toEqual([]);
  });
});

describe('senderQuery', () => {
  it('normalises the address and domain and flags public domains', () => {
    expect(senderQuery({ name: 'Maria', address: ' <Maria.Garcia@GMAIL.com> ' }, '', false)).toMatchObject({ ok: true, address: 'maria.garcia@gmail.com', domain: 'gmail.com', publicDomain: true });
    expect(senderQuery({ name: '', address: 'a@b.esempio-università.it' }, '', false)).toMatchObject({ ok: true, asciiDomain: 'b.xn--esempio-universit-4ob.it', publicDomain: false });
  });

  it('explains a missing, address-less or malformed sender', () => {
    expect(senderQuery(null, 'T20261128.0042', true)).toMatchObject({ ok: false, problem: 'no-sender', ticketNumbers: ['T20261128.0042'] });
    expect(senderQuery({ name: '%FROM_ADDRESS%', address: '' }, '', false)).toMatchObject({ ok: false, problem: 'no-address', reason: expect.stringContaining('%FROM_ADDRESS%') });
    expect(senderQuery({ name: 'Support', address: 'support at contoso dot com' }, '', false)).toMatchObject({ ok: false, problem: 'malformed-address' });
    expect(senderQuery({ name: 'x', address: 'a@.example' }, '', false)).toMatchObject({ ok: false, problem: 'malformed-address' });
  });

  it('takes an address written only in the display name', () => {
    expect(senderQuery({ name: 'jordan@contoso.com', address: '' }, '', false)).toMatchObject({ ok: true, address: 'jordan@contoso.com' });
  });

  it('looks for ticket numbers only when asked (notes)', () => {
    expect(senderQuery({ name: '', address: 'a@b.example' }, 'T20261128.0042', false)).toMatchObject({ ticketNumbers: [] });
  });
});

describe('public domains and web hosts', () => {
  it.each(['gmail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com', 'aol.com', 'gmx.de', 'gmx.at', 'gmx.net', 'proton.me', 'protonmail.com', 'yahoo.co.uk', 'hotmail.fr', 'web.de'])('%s is public', (d) => {
    expect(isPublicMailDomain(d)).toBe(true);
  });

  it.each(['contoso.com', 'gmail.contoso.com', 'web.example', 'mail.example.org'])('%s is not public', (d) => {
    expect(isPublicMailDomain(d)).toBe(false);
  });

  it.each([
    ['www.contoso.com', 'contoso.com'],
    ['https://Contoso.com/about', 'contoso.com'],
    ['http://www2.contoso.com:8080', 'contoso.com'],
    ['contoso.com.', 'contoso.com'],
    ['', null],
    ['not a url at all', null],
  ])('webHost(%s) = %s', (web, host) => {
    expect(webHost(web)).toBe(host);
  });
});

const contoso = { id: 10, companyName: 'Contoso', webAddress: 'www.contoso.com' };
const contosoEu = { id: 11, companyName: 'Contoso Europe', webAddress: 'https://contoso.com/eu' };
const fabrikam = { id: 20, companyName: 'Fabrikam', webAddress: 'fabrikam.com' };
const notContoso = { id: 30, companyName: 'Notcontoso', webAddress: 'notcontoso.com' };
const q = (address: string, name = 'Jordan Miller', subject = '', notes = false) => senderQuery({ name, address }, subject, notes);

describe('matchSender', () => {
  it('1: a resource is internal, and nothing else is looked up', async () => {
    const dir = new InMemorySenderDirectory({ resources: [{ id: 5, email: 'sam@harborline-it.com', isActive: true }], contacts: [{ id: 1, firstName: 'S', lastName: 'R', emailAddress: 'sam@harborline-it.com', companyID: 0 }] });
    const d = await matchSender(q('Sam@Harborline-IT.com'), dir);
    expect(d).toMatchObject({ kind: 'internal', resource: { id: 5 } });
    expect(dir.calls.map((c) => c.method)).toEqual(['findResourcesByEmail']);
  });

  it('ignores inactive resources and contacts', async () => {
    const dir = new InMemorySenderDirectory({ resources: [{ id: 5, email: 'a@contoso.com', isActive: false }], contacts: [{ id: 1, firstName: 'A', lastName: 'B', emailAddress: 'a@contoso.com', companyID: 10, isActive: 0 }], companies: [contoso] });
    expect(await matchSender(q('a@contoso.com'), dir)).toMatchObject({ kind: 'company', company: { id: 10 } });
  });

  it('2: one contact is preselected; primary address beats second and third', async () => {
    const dir = new InMemorySenderDirectory({
      contacts: [
        { id: 2, firstName: 'Old', lastName: 'Alias', emailAddress3: 'jordan@contoso.com', companyID: 10 },
        { id: 1, firstName: 'Jordan', lastName: 'Miller', emailAddress: 'JORDAN@contoso.com', companyID: 10 },
      ],
    });
    const d = await matchSender(q('jordan@contoso.com'), dir);
    expect(d).toMatchObject({ kind: 'contact', contact: { id: 1 }, matchedOn: 'emailAddress' });
    expect(dir.calls.map((c) => c.method)).toEqual(['findResourcesByEmail', 'findContactsByEmail']);
  });

  it('2: second address when no primary matches', async () => {
    const dir = new InMemorySenderDirectory({ contacts: [{ id: 3, firstName: 'J', lastName: 'M', emailAddress: 'other@contoso.com', emailAddress2: 'jordan@contoso.com', companyID: 10 }] });
    expect(await matchSender(q('jordan@contoso.com'), dir)).toMatchObject({ kind: 'contact', contact: { id: 3 }, matchedOn: 'emailAddress2' });
  });

  it('2: several contacts (parent and child company) give a chooser with their companies', async () => {
    const dir = new InMemorySenderDirectory({
      contacts: [
        { id: 1, firstName: 'Jordan', lastName: 'Miller', emailAddress: 'jordan@contoso.com', companyID: 10, companyName: 'Contoso' },
        { id: 4, firstName: 'Jordan', lastName: 'Miller', emailAddress: 'jordan@contoso.com', companyID: 11, companyName: 'Contoso Europe' },
      ],
    });
    const d = await matchSender(q('jordan@contoso.com'), dir);
    expect(d.kind).toBe('contact-choice');
    if (d.kind === 'contact-choice') expect(d.contacts.map((c) => [c.id, c.companyName])).toEqual([[1, 'Contoso'], [4, 'Contoso Europe']]);
  });

  it('3: for notes, a ticket number in the subject decides when the sender is unknown', async () => {
    const dir = new InMemorySenderDirectory({ tickets: [{ id: 900, ticketNumber: 'T20261128.0042', companyID: 10 }], companies: [contoso] });
    const d = await matchSender(q('new.person@contoso.com', 'New Person', 'RE: Printer [T20261128.0042]', true), dir);
    expect(d).toMatchObject({ kind: 'ticket', ticket: { id: 900 } });
    expect(dir.calls.map((c) => c.method)).toEqual(['findTicketsByNumber', 'findResourcesByEmail', 'findContactsByEmail']);
  });

  it('3: the ticket is found for a colleague too (internal keeps it)', async () => {
    const dir = new InMemorySenderDirectory({ resources: [{ id: 5, email: 'sam@harborline-it.com' }], tickets: [{ id: 900, ticketNumber: 'T20261128.0042' }] });
    const d = await matchSender(q('sam@harborline-it.com', 'Sam', 'FW: T20261128.0042', true), dir);
    expect(d).toMatchObject({ kind: 'internal', tickets: { numbers: ['T20261128.0042'], found: [{ id: 900 }] } });
  });

  it('3: several ticket numbers found give a ticket chooser', async () => {
    const dir = new InMemorySenderDirectory({ tickets: [{ id: 1, ticketNumber: 'T20261128.0001' }, { id: 2, ticketNumber: 'T20261128.0002' }] });
    expect(await matchSender(q('x@unknown.example', 'X', 'T20261128.0001 / T20261128.0002', true), dir)).toMatchObject({ kind: 'ticket-choice' });
  });

  it('3: tickets are not looked up for a new ticket', async () => {
    const dir = new InMemorySenderDirectory({ tickets: [{ id: 900, ticketNumber: 'T20261128.0042' }] });
    const d = await matchSender(q('x@unknown.example', 'X', 'T20261128.0042', false), dir);
    expect(d.kind).toBe('none');
    expect(dir.calls.some((c) => c.method === 'findTicketsByNumber')).toBe(false);
  });

  it('4: exactly one company with the web domain is preselected, with a contact proposal', async () => {
    const dir = new InMemorySenderDirectory({ companies: [contoso, fabrikam, notContoso] });
    const d = await matchSender(q('jordan.miller@contoso.com'), dir);
    expect(d).toEqual({
      kind: 'company',
      company: contoso,
      createContact: { firstName: 'Jordan', lastName: 'Miller', emailAddress: 'jordan.miller@contoso.com', missing: [], companyID: 10 },
      tickets: { numbers: [], found: [] },
    });
  });

  it('4: several companies with the domain give a company chooser; a subdomain is not an exact match', async () => {
    const dir = new InMemorySenderDirectory({ companies: [contoso, contosoEu] });
    expect(await matchSender(q('jordan@contoso.com'), dir)).toMatchObject({ kind: 'company-choice', companies: [contoso, contosoEu] });
    expect(await matchSender(q('jordan@mail.contoso.com'), new InMemorySenderDirectory({ companies: [contoso] }))).toMatchObject({ kind: 'none', reason: 'no-match' });
  });

  it('4: public mail domains are never matched to a company (and not looked up)', async () => {
    const dir = new InMemorySenderDirectory({ companies: [{ id: 99, companyName: 'Google', webAddress: 'gmail.com' }] });
    const d = await matchSender(q('maria@gmail.com', 'Garcia, Maria'), dir);
    expect(d).toMatchObject({ kind: 'none', reason: 'public-domain', createContact: { firstName: 'Maria', lastName: 'Garcia', emailAddress: 'maria@gmail.com' } });
    expect(dir.calls.some((c) => c.method === 'findCompaniesByWebDomain')).toBe(false);
  });

  it('5: nothing found: "none" with a create-contact proposal, never company 0', async () => {
    const dir = new InMemorySenderDirectory({ companies: [{ id: 0, companyName: 'Harborline IT', webAddress: 'harborline-it.com' }] });
    const d = await matchSender(q('pat@fabrikam.com', 'Pat Lee'), dir);
    expect(d).toMatchObject({ kind: 'none', reason: 'no-match', createContact: { firstName: 'Pat', lastName: 'Lee', emailAddress: 'pat@fabrikam.com' } });
    expect(JSON.stringify(d)).not.toMatch(/"companyID":0|"id":0/);
  });

  it('no usable sender: "none" with the reason and no lookups', async () => {
    const dir = new InMemorySenderDirectory();
    expect(await matchSender(senderQuery({ name: '%FROM_ADDRESS%', address: '' }, '', false), dir)).toMatchObject({ kind: 'none', reason: 'no-address', createContact: null });
    expect(await matchSender(senderQuery(null, '', false), dir)).toMatchObject({ kind: 'none', reason: 'no-sender' });
    expect(dir.calls).toEqual([]);
  });

  it('a host name without a dot is not an internet domain', async () => {
    expect(await matchSender(q('guest@localhost'), new InMemorySenderDirectory())).toMatchObject({ kind: 'none', reason: 'no-domain' });
  });
});
