/**
 * The two sides the engine talks to. Adapters: autotask-port.ts (the typed REST client, few wide
 * queries) and the Outlook one over the Graph client ($batch, paging, throttling). Both normalise
 * to the engine's records (types.ts); writes in batches answer one result per item, in order, so
 * one refusal does not stop a run.
 */
import type { AppointmentFields, AppointmentPatch } from './calendar-send';
import type { ContactWrite } from './contacts-send';
import type {
  AutotaskAppointment, AutotaskCalendarItem, AutotaskContact, CalendarItemType, CompanyCandidate, ContactDraft, EventDraft,
  OutlookContact, OutlookEvent, SyncMarker, SyncRange,
} from './types';

export type ContactScope = { kind: 'account-manager'; resourceId: number } | { kind: 'companies'; companyIds: readonly number[] };

export interface AutotaskSyncPort {
  /** The resource's items of the enabled types overlapping the range. */
  calendarItems(q: { range: SyncRange; types: ReadonlySet<CalendarItemType>; resourceId: number }, signal?: AbortSignal): Promise<AutotaskCalendarItem[]>;
  /** The resource's appointments overlapping the range, plus those with the given ids. */
  appointments(q: { range: SyncRange; resourceId: number; ids: readonly number[] }, signal?: AbortSignal): Promise<AutotaskAppointment[]>;
  createAppointment(resourceId: number, fields: AppointmentFields, signal?: AbortSignal): Promise<number>;
  updateAppointment(id: number, patch: AppointmentPatch, signal?: AbortSignal): Promise<void>;
  contactsInScope(scope: ContactScope, signal?: AbortSignal): Promise<AutotaskContact[]>;
  /** Contacts with any of these addresses (any of their three), or these ids. */
  contactsByEmailOrId(emails: readonly string[], ids: readonly number[], signal?: AbortSignal): Promise<AutotaskContact[]>;
  companiesByDomain(domains: readonly string[], signal?: AbortSignal): Promise<Map<string, CompanyCandidate[]>>;
  createContact(companyId: number, fields: ContactWrite, signal?: AbortSignal): Promise<number>;
  updateContact(companyId: number, id: number, patch: Partial<ContactWrite>, signal?: AbortSignal): Promise<void>;
}

export type BatchResult = { ok: true; id: string } | { ok: false; error: string };

export interface OutlookSyncPort {
  /** Events overlapping the range, recurring ones expanded into occurrences, with their marker. */
  listEvents(range: SyncRange, signal?: AbortSignal): Promise<OutlookEvent[]>;
  createEvents(drafts: readonly EventDraft[], signal?: AbortSignal): Promise<BatchResult[]>;
  updateEvents(items: readonly { id: string; draft: EventDraft }[], signal?: AbortSignal): Promise<BatchResult[]>;
  setEventMarkers(items: readonly { id: string; marker: SyncMarker }[], signal?: AbortSignal): Promise<BatchResult[]>;
  deleteEvents(ids: readonly string[], signal?: AbortSignal): Promise<BatchResult[]>;
  /** The id of the contacts folder with this name, created when missing. */
  contactFolder(name: string, signal?: AbortSignal): Promise<string>;
  /** Contacts of a folder; `null`: the main contacts folder (Send's candidates). */
  listContacts(folderId: string | null, signal?: AbortSignal): Promise<OutlookContact[]>;
  createContacts(folderId: string, drafts: readonly ContactDraft[], signal?: AbortSignal): Promise<BatchResult[]>;
  updateContacts(items: readonly { id: string; draft: ContactDraft }[], signal?: AbortSignal): Promise<BatchResult[]>;
  setContactMarkers(items: readonly { id: string; marker: SyncMarker }[], signal?: AbortSignal): Promise<BatchResult[]>;
  deleteContacts(ids: readonly string[], signal?: AbortSignal): Promise<BatchResult[]>;
}
