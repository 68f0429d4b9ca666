/**
 * In-memory Autotask and Outlook sides for the engine's run tests: they keep what is written,
 * hand out ids, and count calls, so a second run can be checked for "nothing to do".
 */
import type { AppointmentFields, AppointmentPatch } from '../../../src/addin/sync/calendar-send';
import type { ContactWrite } from '../../../src/addin/sync/contacts-send';
import type { AutotaskSyncPort, BatchResult, OutlookSyncPort } from '../../../src/addin/sync/ports';
import type { AutotaskCalendarItem, AutotaskContact, ContactDraft, EventDraft, OutlookContact, OutlookEvent } from '../../../src/addin/sync/types';
import { appointmentItem } from '../../../src/addin/sync/calendar-send';
import { overlaps } from '../../../src/addin/sync/range';

export class FakeAutotask implements AutotaskSyncPort {
  items: AutotaskCalendarItem[] = [];
  contacts: AutotaskContact[] = [];
  companies = new Map<string, { id: number; name: string }[]>();
  writes = 0;
  private next = 5000;
  calendarItems: AutotaskSyncPort['calendarItems'] = async ({ range, types }) => this.items.filter((i) => types.has(i.type) && overlaps(range, i.start, i.end));
  appointments: AutotaskSyncPort['appointments'] = async ({ range, ids }) =>
    this.items.filter((i) => i.type === 'appointment' && (overlaps(range, i.start, i.end) || ids.includes(i.id)))
      .map((i) => ({ id: i.id, title: i.title, description: i.body, start: i.start, end: i.end }));
  async createAppointment(_resourceId: number, f: AppointmentFields): Promise<number> {
    this.writes += 1;
    const id = this.next++;
    this.items.push(appointmentItem({ id, ...f }, `at://${id}`));
    return id;
  }
  async updateAppointment(id: number, p: AppointmentPatch): Promise<void> {
    this.writes += 1;
    const i = this.items.find((x) => x.id === id && x.type === 'appointment');
    if (!i) throw new Error(`Appointment ${id} does not exist`);
    Object.assign(i, { ...(p.title !== undefined ? { title: p.title } : {}), ...(p.description !== undefined ? { body: p.description } : {}),
      ...(p.start !== undefined ? { start: p.start } : {}), ...(p.end !== undefined ? { end: p.end } : {}) });
  }
  contactsInScope: AutotaskSyncPort['contactsInScope'] = async () => this.contacts.map((c) => ({ ...c }));
  contactsByEmailOrId: AutotaskSyncPort['contactsByEmailOrId'] = async (emails, ids) =>
    this.contacts.filter((c) => ids.includes(c.id) || c.emails.some((e) => emails.includes(e))).map((c) => ({ ...c }));
  companiesByDomain: AutotaskSyncPort['companiesByDomain'] = async (domains) => new Map(domains.map((d) => [d, this.companies.get(d) ?? []]));
  async createContact(companyId: number, f: ContactWrite): Promise<number> {
    this.writes += 1;
    const id = this.next++;
    this.contacts.push({ id, companyID: companyId, isActive: true, firstName: f.firstName, lastName: f.lastName, title: f.title ?? '', phone: f.phone ?? '',
      mobilePhone: f.mobilePhone ?? '', companyName: '', emails: [f.emailAddress, f.emailAddress2, f.emailAddress3].filter((e): e is string => !!e) });
    return id;
  }
  async updateContact(_companyId: number, id: number, p: Partial<ContactWrite>): Promise<void> {
    this.writes += 1;
    const c = this.contacts.find((x) => x.id === id);
    if (!c) throw new Error(`Contact ${id} does not exist`);
    const emails = [p.emailAddress ?? c.emails[0], p.emailAddress2 ?? c.emails[1], p.emailAddress3 ?? c.emails[2]].filter((e): e is string => !!e);
    Object.assign(c, { ...Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('email'))), emails });
  }
}

const ok = (id: string): BatchResult => ({ ok: true, id });

export class FakeOutlook implements OutlookSyncPort {
  events: OutlookEvent[] = [];
  contacts = new Map<string, OutlookContact[]>([['main', []]]);
  writes = 0;
  /** Fail these ids' writes (Graph refused). */
  refuse = new Set<string>();
  private next = 1;
  private result(id: string, write: () => void): BatchResult {
    this.writes += 1;
    if (this.refuse.has(id)) return { ok: false, error: `Graph refused ${id}` };
    write();
    return ok(id);
  }
  listEvents: OutlookSyncPort['listEvents'] = async (range) => this.events.filter((e) => overlaps(range, e.start, e.end)).map((e) => ({ ...e }));
  createEvents: OutlookSyncPort['createEvents'] = async (drafts) => drafts.map((d) => {
    const id = `ev-new-${this.next++}`;
    return this.result(id, () => this.events.push(fromDraft(id, d)));
  });
  updateEvents: OutlookSyncPort['updateEvents'] = async (items) => items.map(({ id, draft }) => this.result(id, () => {
    const i = this.events.findIndex((e) => e.id === id);
    const { subject, start, end, body, location, categories, marker } = draft;
    this.events[i] = { ...(this.events[i] as OutlookEvent), subject, start, end, body, location, categories, marker };
  }));
  setEventMarkers: OutlookSyncPort['setEventMarkers'] = async (items) => items.map(({ id, marker }) => this.result(id, () => {
    const e = this.events.find((x) => x.id === id);
    if (e) e.marker = marker;
  }));
  deleteEvents: OutlookSyncPort['deleteEvents'] = async (ids) => ids.map((id) => this.result(id, () => { this.events = this.events.filter((e) => e.id !== id); }));
  contactFolder: OutlookSyncPort['contactFolder'] = async (name) => {
    if (!this.contacts.has(name)) this.contacts.set(name, []);
    return name;
  };
  listContacts: OutlookSyncPort['listContacts'] = async (folder) => (this.contacts.get(folder ?? 'main') ?? []).map((c) => ({ ...c }));
  createContacts: OutlookSyncPort['createContacts'] = async (folder, drafts) => drafts.map((d) => {
    const id = `c-new-${this.next++}`;
    return this.result(id, () => this.contacts.get(folder)?.push({ ...d, id }));
  });
  updateContacts: OutlookSyncPort['updateContacts'] = async (items) => items.map(({ id, draft }) => this.result(id, () => this.patchContact(id, draft)));
  setContactMarkers: OutlookSyncPort['setContactMarkers'] = async (items) => items.map(({ id, marker }) => this.result(id, () => this.patchContact(id, { marker })));
  deleteContacts: OutlookSyncPort['deleteContacts'] = async (ids) => ids.map((id) => this.result(id, () => {
    for (const [k, list] of this.contacts) this.contacts.set(k, list.filter((c) => c.id !== id));
  }));
  allContacts(folder: string): OutlookContact[] {
    return this.contacts.get(folder) ?? [];
  }
  private patchContact(id: string, p: Partial<ContactDraft>): void {
    for (const list of this.contacts.values()) {
      const c = list.find((x) => x.id === id);
      if (c) Object.assign(c, p);
    }
  }
}

function fromDraft(id: string, d: EventDraft): OutlookEvent {
  return { id, subject: d.subject, start: d.start, end: d.end, body: d.body, location: d.location, categories: d.categories, marker: d.marker,
    isAllDay: false, isPrivate: false, kind: 'single', seriesId: null, isCancelled: false };
}
