import {
  AppointmentSchema, BillingCodeSchema, CompanySchema, ContactSchema, TicketAttachmentSchema, TicketNoteSchema, TicketSchema, TimeEntrySchema,
  type Contact, type Ticket,
} from '../../../src/autotask';
import { PageDetailsSchema } from '../../../src/autotask/paging';
import { corpus } from './corpus';

describe('entity schemas over the corpus', () => {
  it('parses the live Ticket item (76 fields) and keeps every field, typed where declared', () => {
    const raw = corpus<Record<string, unknown>>('ticket-item.json');
    const t: Ticket = TicketSchema.parse(raw);
    expect(Object.keys(t)).toHaveLength(Object.keys(raw).length);
    expect(t).toEqual(raw);
    expect(t.ticketNumber).toBe('T20200924.0046.051');
    expect(t.estimatedHours).toBe(3.5);
    expect(t.lastCustomerNotificationDateTime).toBe('2022-12-07T09:15:45.2Z');
    expect(t.userDefinedFields).toEqual([]);
  });

  it('parses the Contact with UDFs (isActive as an integer) and keeps UDF values as strings or null', () => {
    const c: Contact = ContactSchema.parse(corpus('contact-item-with-udfs.json'));
    expect(c.isActive).toBe(1);
    expect(c.userDefinedFields?.find((u) => u.name === 'CRM ID')?.value).toBe('DCB71616-857F-E811-A971-000D3AB4CCCD');
    expect(c.userDefinedFields?.find((u) => u.name === 'Alternate Email')?.value).toBeNull();
  });

  it('parses the ticket time entry and the billing code', () => {
    expect(TimeEntrySchema.parse(corpus('timeentry-item-ticket-time.json'))).toMatchObject({ ticketID: 8998, taskID: null, timeEntryType: 2, hoursWorked: 3.5 });
    expect(BillingCodeSchema.parse(corpus('billingcode-item.json'))).toMatchObject({ name: 'Sales', billingCodeType: 2, useType: 1 });
  });

  it('parses an IncludeFields query response item and its pageDetails', () => {
    const body = corpus<{ items: unknown[]; pageDetails: unknown }>('query-response-includefields.json');
    expect(CompanySchema.parse(body.items[0])).toMatchObject({ id: 29683616, companyName: 'Sirius Cybernetics Corporation' });
    expect(PageDetailsSchema.parse(body.pageDetails)).toEqual({ count: 1, requestCount: 500, prevPageUrl: null, nextPageUrl: null });
    const full = corpus<{ pageDetails: unknown }>('pagedetails-with-nextpageurl.json');
    expect(PageDetailsSchema.parse(full.pageDetails).nextPageUrl).toMatch(/^https:\/\/webservices15\.autotask\.net\/ATServicesRest\/V1\.0\/Companies\/query\/next\?paging=/);
  });

  it('accepts the official create bodies as records once Autotask gives them an id', () => {
    expect(AppointmentSchema.parse({ id: 1, ...corpus<object>('request-create-appointment.json') }).title).toBe('');
    expect(TicketAttachmentSchema.parse(corpus('request-create-ticket-attachment.json')).attachmentType).toBe('FILE_ATTACHMENT');
    // PascalCase keys pass through (Autotask input is case-insensitive); declared camelCase fields stay optional.
    expect(TicketNoteSchema.parse({ id: 9, ...corpus<object>('request-create-ticket-note.json') })).toMatchObject({ TicketID: 7865 });
  });

  it('rejects records that are not records: no id, wrong types, UDFs not an array', () => {
    expect(TicketSchema.safeParse({ title: 'x' }).success).toBe(false);
    expect(TicketSchema.safeParse({ id: 1, status: 'New' }).success).toBe(false);
    expect(ContactSchema.safeParse({ id: 1, userDefinedFields: { a: 1 } }).success).toBe(false);
    expect(TicketSchema.safeParse({ id: 1.5 }).success).toBe(false);
  });

  it('accepts fields Autotask adds later', () => {
    expect(TicketSchema.parse({ id: 1, someFieldFrom2027: { nested: true } })).toEqual({ id: 1, someFieldFrom2027: { nested: true } });
  });
});
