import { planGetContacts } from '../../../src/addin/sync/contacts-get';
import { domainsToLookUp, planSendContacts, sentContactMarker } from '../../../src/addin/sync/contacts-send';
import { atContact, olContact } from './fixtures';

describe('planGetContacts', () => {
  it('creates a contact with its marker, addresses in lower case', () => {
    const [a] = planGetContacts([atContact({ emails: ['Maria.Lopez@Contoso.com'] })], []);
    expect(a).toMatchObject({ kind: 'create', key: 'contact:30682901', draft: { emails: ['maria.lopez@contoso.com'], marker: { type: 'contact', id: 30682901 } } });
  });

  it('matches an unmarked contact by email and updates it in place (no duplicate)', () => {
    const [a] = planGetContacts([atContact()], [olContact({ emails: ['other@x.com', 'MARIA.LOPEZ@contoso.com'] })]);
    expect(a).toMatchObject({ kind: 'update', contactId: 'c-1', draft: { title: 'Office manager', phone: '+1 555 0100' } });
  });

  it('does nothing when the Outlook contact already shows the Autotask one', () => {
    const [create] = planGetContacts([atContact()], []);
    if (create?.kind !== 'create') throw new Error();
    expect(planGetContacts([atContact()], [{ ...create.draft, id: 'c-9' }])).toEqual([{ kind: 'unchanged', key: 'contact:30682901' }]);
  });

  it('overwrites Outlook edits (Autotask data wins) and removes contacts out of scope, inactive, or doubled', () => {
    const [create] = planGetContacts([atContact()], []);
    if (create?.kind !== 'create') throw new Error();
    const edited = { ...create.draft, id: 'c-9', title: 'Boss' };
    const twin = { ...create.draft, id: 'c-10' };
    const inactive = { ...create.draft, id: 'c-11', marker: { ...create.draft.marker, id: 2 } };
    const plan = planGetContacts([atContact(), atContact({ id: 2, isActive: false, emails: [] })], [edited, twin, inactive]);
    expect(plan).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'update', contactId: 'c-9' }),
      expect.objectContaining({ kind: 'delete', contactId: 'c-10' }),
      expect.objectContaining({ kind: 'delete', contactId: 'c-11' }),
    ]));
    expect(plan).toHaveLength(3);
  });
});

describe('planSendContacts', () => {
  const companies = new Map([['contoso.com', [{ id: 29683500, name: 'Contoso Dental' }]], ['two.com', [{ id: 1, name: 'A' }, { id: 2, name: 'B' }]]]);

  it('looks up companies only for business domains', () => {
    expect(domainsToLookUp([olContact({ emails: ['a@gmail.com', 'b@Contoso.com'] })])).toEqual(['contoso.com']);
  });

  it('creates a new contact in the company its email domain points to', () => {
    const [a] = planSendContacts({ contacts: [olContact({ emails: ['new.person@contoso.com'], firstName: 'New', lastName: 'Person' })], existing: [], companiesByDomain: companies, chosen: new Map() });
    expect(a).toMatchObject({ kind: 'create', companyId: 29683500, fields: { firstName: 'New', lastName: 'Person', emailAddress: 'new.person@contoso.com' } });
  });

  it('asks for the company when the domain is public, unknown or ambiguous, and uses the pick', () => {
    const gmail = olContact({ id: 'g', emails: ['x@gmail.com'] });
    const two = olContact({ id: 't', emails: ['x@two.com'] });
    const plan = planSendContacts({ contacts: [gmail, two], existing: [], companiesByDomain: companies, chosen: new Map() });
    expect(plan).toEqual([
      expect.objectContaining({ kind: 'choose-company', key: 'g', candidates: [] }),
      expect.objectContaining({ kind: 'choose-company', key: 't', candidates: [{ id: 1, name: 'A' }, { id: 2, name: 'B' }] }),
    ]);
    const picked = planSendContacts({ contacts: [gmail], existing: [], companiesByDomain: companies, chosen: new Map([['g', 42]]) });
    expect(picked[0]).toMatchObject({ kind: 'create', companyId: 42 });
  });

  it('updates the Autotask contact with the same address instead of creating a duplicate, never blanking its fields', () => {
    const [a] = planSendContacts({ contacts: [olContact({ title: 'Practice manager', phone: '' })], existing: [atContact()], companiesByDomain: companies, chosen: new Map() });
    expect(a).toMatchObject({ kind: 'update', target: { id: 30682901 }, patch: { title: 'Practice manager' } });
    if (a?.kind !== 'update') throw new Error();
    expect(a.patch).not.toHaveProperty('phone');
    expect(a.marker).toMatchObject({ id: 30682901 });
  });

  it('adds a second Outlook address to a free slot and never replaces the primary', () => {
    const [a] = planSendContacts({ contacts: [olContact({ emails: ['maria.lopez@contoso.com', 'maria@home.example'] })], existing: [atContact()], companiesByDomain: companies, chosen: new Map() });
    expect(a).toMatchObject({ kind: 'update', patch: { emailAddress2: 'maria@home.example' } });
  });

  it('does nothing the second time', () => {
    const c = olContact({ title: 'Office manager', phone: '+1 555 0100', companyName: 'Contoso Dental' });
    const sent = { ...c, marker: sentContactMarker(30682901, c, 'send') };
    expect(planSendContacts({ contacts: [sent], existing: [atContact()], companiesByDomain: companies, chosen: new Map() })).toEqual([{ kind: 'unchanged', key: 'c-1' }]);
  });

  it('skips a contact without a name', () => {
    expect(planSendContacts({ contacts: [olContact({ firstName: '', lastName: '' })], existing: [], companiesByDomain: companies, chosen: new Map() })[0])
      .toMatchObject({ kind: 'skip', reason: 'no-name' });
  });
});
