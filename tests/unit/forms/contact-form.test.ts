/** Contact form: the sender as a new contact, the Contacts body, checks before sending, and the email check that prevents duplicates. */
import { AutotaskConnectionError, AutotaskValidationError, EntityFields, type ContactCreate } from '../../../src/autotask';
import { contactBody, contactFromSender, validateContact, type ContactValues } from '../../../src/addin/forms/contact-form';
import { saveContact, type ContactPort, type ExistingContact } from '../../../src/addin/forms/contact-save';
import { UncertainSaveError } from '../../../src/addin/forms/ticket-save';
import { matchSender, type SenderLookupPort } from '../../../src/addin/email/sender-match';
import { senderQuery } from '../../../src/addin/email/sender-query';

const FIELDS = new EntityFields('Contacts', [
  { name: 'companyID', isRequired: true, isReference: true },
  { name: 'firstName', dataType: 'string', length: 50, isRequired: true },
  { name: 'lastName', dataType: 'string', length: 50, isRequired: true },
  { name: 'emailAddress', dataType: 'string', length: 254 },
  { name: 'phone', dataType: 'string', length: 25 },
  { name: 'title', dataType: 'string', length: 50 },
  { name: 'isActive', dataType: 'integer', isRequired: true },
]);

const CONTOSO = { id: 29683501, companyName: 'Contoso Dental Group', webAddress: 'https://www.contosodental.com', isActive: true };
const lookups = (contacts: Awaited<ReturnType<SenderLookupPort['findContactsByEmail']>> = []): SenderLookupPort => ({
  findResourcesByEmail: async () => [],
  findContactsByEmail: async () => contacts,
  findTicketsByNumber: async () => [],
  findCompaniesByWebDomain: async (domain) => (CONTOSO.webAddress.includes(domain) ? [CONTOSO] : []),
});

describe('the sender as a new contact', () => {
  it('"Last, First" is split; the company comes from the email domain', async () => {
    const from = { name: 'Nguyen, Anh', address: 'Anh.Nguyen@ContosoDental.com' };
    const decision = await matchSender(senderQuery(from, '', false), lookups());
    expect(contactFromSender(from, decision)).toEqual({
      companyID: CONTOSO.id, companyName: 'Contoso Dental Group', firstName: 'Anh', lastName: 'Nguyen', emailAddress: 'anh.nguyen@contosodental.com', phone: '', title: '', isActive: true,
    });
  });

  it('"First Last" with no matching company leaves the company to the user', async () => {
    const from = { name: 'Kevin Oduya', address: 'kevin.oduya@northpeak-ventures.com' };
    const decision = await matchSender(senderQuery(from, '', false), lookups());
    expect(contactFromSender(from, decision)).toMatchObject({ companyID: null, firstName: 'Kevin', lastName: 'Oduya' });
  });

  it('no sender: a blank, active contact', () => {
    expect(contactFromSender(null, null)).toMatchObject({ companyID: null, firstName: '', lastName: '', emailAddress: '', isActive: true });
  });
});

const values = (o: Partial<ContactValues> = {}): ContactValues => ({
  companyID: 7, companyName: 'Contoso', firstName: ' Anh ', lastName: 'Nguyen', emailAddress: ' ANH@contosodental.com', phone: '+1 206 555 0100', title: '', isActive: true, ...o,
});

describe('contact body and checks', () => {
  it('isActive is the integer Autotask wants; the address normalised; empty fields left out', () => {
    expect(contactBody(values())).toEqual({ companyID: 7, firstName: 'Anh', lastName: 'Nguyen', isActive: 1, emailAddress: 'anh@contosodental.com', phone: '+1 206 555 0100' });
    expect(contactBody(values({ isActive: false })).isActive).toBe(0);
  });

  it('company and names are required, the email must be an address, lengths from metadata', () => {
    expect(validateContact(values(), FIELDS)).toEqual([]);
    expect(validateContact(values({ companyID: null, lastName: '', emailAddress: 'anh at contoso', phone: '9'.repeat(26) }), FIELDS)).toEqual([
      { field: 'companyID', message: 'Company is required.' },
      { field: 'lastName', message: 'Last name is required.' },
      { field: 'phone', message: 'Phone is 26 characters; Autotask allows 25.' },
      { field: 'emailAddress', message: '"anh at contoso" is not a valid email address.' },
    ]);
  });
});

describe('saving a contact without duplicates', () => {
  const BODY = contactBody(values()) as ContactCreate;
  const ambiguous = () => new AutotaskConnectionError('timeout', { mayHaveReachedServer: true, reason: 'timeout' });
  function port(opts: { existing?: ExistingContact[]; createFails?: unknown; stored?: boolean; findFails?: number } = {}) {
    const rows: ExistingContact[] = [...(opts.existing ?? [])];
    let fails = opts.createFails;
    let findFails = opts.findFails ?? 0;
    const find = async () => {
      if (findFails-- > 0) throw new AutotaskConnectionError('offline', { mayHaveReachedServer: false, reason: 'network' });
      return [...rows];
    };
    const p: ContactPort = {
      findByEmail: jest.fn(find),
      findByName: jest.fn(find),
      create: jest.fn(async (companyId: number, body: ContactCreate) => {
        const made = { id: 30684001 + rows.length, name: `${String(body.firstName)} ${String(body.lastName)}`, companyID: companyId, companyName: 'Contoso', email: String(body.emailAddress ?? '') };
        if (fails) {
          const e = fails;
          fails = undefined;
          if (opts.stored) rows.push(made);
          throw e;
        }
        rows.push(made);
        return made.id;
      }),
    };
    return { p, rows };
  }

  it('asks for the address first, then creates under the company', async () => {
    const { p } = port();
    expect(await saveContact(p, BODY)).toEqual({ kind: 'created', id: 30684001, recovered: false });
    expect(p.findByEmail).toHaveBeenCalledWith('anh@contosodental.com');
    expect(p.create).toHaveBeenCalledWith(7, BODY);
  });

  it('a contact with the address exists: the duplicate, nothing created', async () => {
    const maria = { id: 30683001, name: 'Maria Lopez', companyID: 7, companyName: 'Contoso', email: 'anh@contosodental.com' };
    const { p } = port({ existing: [maria] });
    expect(await saveContact(p, BODY)).toEqual({ kind: 'duplicate', existing: [maria] });
    expect(p.create).not.toHaveBeenCalled();
  });

  it('without an address, the same name in the company is the duplicate check', async () => {
    const { p } = port();
    const noEmail = contactBody(values({ emailAddress: '' }));
    await saveContact(p, noEmail);
    expect(p.findByName).toHaveBeenCalledWith(7, 'Anh', 'Nguyen');
    expect(p.findByEmail).not.toHaveBeenCalled();
  });

  it('Autotask\'s refusal is passed on as it is', async () => {
    const { p } = port({ createFails: new AutotaskValidationError('Reference value on field: companyID of type: Company does not exist or is invalid.', { status: 500 }) });
    await expect(saveContact(p, BODY)).rejects.toThrow(/companyID of type: Company/);
  });

  it('an ambiguous failure that did save is found by the address, not made twice', async () => {
    const { p, rows } = port({ createFails: ambiguous(), stored: true });
    expect(await saveContact(p, BODY)).toEqual({ kind: 'created', id: 30684001, recovered: true });
    expect(rows).toHaveLength(1);
  });

  it('unchecked: UncertainSaveError; the retry finds the contact made and creates nothing', async () => {
    const { p, rows } = port({ createFails: ambiguous(), stored: true, findFails: 0 });
    (p.findByEmail as jest.Mock).mockImplementationOnce(async () => []).mockImplementationOnce(async () => {
      throw new AutotaskConnectionError('offline', { mayHaveReachedServer: false, reason: 'network' });
    });
    const error = await saveContact(p, BODY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UncertainSaveError);
    expect(await saveContact(p, BODY, { uncertain: (error as UncertainSaveError).knownIds })).toEqual({ kind: 'created', id: 30684001, recovered: true });
    expect(rows).toHaveLength(1);
    expect(p.create).toHaveBeenCalledTimes(1);
  });
});
