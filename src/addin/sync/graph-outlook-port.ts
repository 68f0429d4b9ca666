/**
 * The Outlook side of the sync on src/graph's client: events by calendarView (occurrences
 * expanded, UTC), contacts by folder, writes through `$batch` (20 per call, 4 in flight, throttled
 * items re-sent by the client). The marker rides in the client's Autotask extended property.
 */
import {
  AUTOTASK_CATEGORY, AUTOTASK_REF_PROPERTY_ID,
  type ContactInput, type EventInput, type GraphClient, type GraphContact, type GraphEvent, type ItemResult,
} from '../../graph';
import { htmlToText } from '../email/html-to-text';
import { formatMarker, parseMarker } from './marker';
import type { BatchResult, OutlookSyncPort } from './ports';
import { zonedInstant } from './range';
import type { ContactDraft, EventDraft, OutlookContact, OutlookEvent, SyncMarker } from './types';

type Props = { id: string; value?: string | null | undefined }[] | null | undefined;
const markerOf = (props: Props) => parseMarker(props?.find((p) => p.id.toLowerCase() === AUTOTASK_REF_PROPERTY_ID.toLowerCase())?.value);
const markerProps = (m: SyncMarker) => [{ id: AUTOTASK_REF_PROPERTY_ID, value: formatMarker(m) }];

/** Graph's `{ dateTime, timeZone }` as an instant (calendarView answers in UTC unless asked otherwise). */
export function graphInstant(v: { dateTime: string; timeZone: string }): number {
  if (/[zZ]|[+-]\d\d:\d\d$/.test(v.dateTime)) return Date.parse(v.dateTime);
  const utc = Date.parse(`${v.dateTime}Z`);
  if (!v.timeZone || /^(utc|etc\/utc|gmt)$/i.test(v.timeZone)) return utc;
  try {
    const d = new Date(utc);
    const wall = zonedInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), v.timeZone);
    return wall + (utc - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  } catch {
    return utc; // a Windows zone name: Graph sends UTC unless a Prefer header asked for another zone
  }
}

const utcValue = (ms: number) => ({ dateTime: new Date(ms).toISOString().replace('Z', ''), timeZone: 'UTC' });
const text = (v: string | null | undefined) => (v ?? '').trim();

export function toOutlookEvent(e: GraphEvent): OutlookEvent {
  const body = e.body?.contentType === 'html' ? htmlToText(e.body.content) : (e.body?.content ?? '');
  const type = e.type ?? 'singleInstance';
  return {
    id: e.id, subject: text(e.subject), start: graphInstant(e.start), end: graphInstant(e.end), isAllDay: e.isAllDay === true,
    body: body.trim(), location: text(e.location?.displayName), categories: e.categories ?? [],
    isPrivate: e.sensitivity === 'private' || e.sensitivity === 'confidential',
    kind: type === 'occurrence' ? 'occurrence' : type === 'exception' ? 'exception' : 'single', seriesId: e.seriesMasterId ?? null,
    isCancelled: (e as { isCancelled?: unknown }).isCancelled === true, marker: markerOf(e.singleValueExtendedProperties),
  };
}

export function toOutlookContact(c: GraphContact): OutlookContact {
  return {
    id: c.id, firstName: text(c.givenName), lastName: text(c.surname), emails: (c.emailAddresses ?? []).map((a) => text(a.address)).filter(Boolean),
    title: text(c.jobTitle), companyName: text(c.companyName), phone: text(c.businessPhones?.[0]), mobilePhone: text(c.mobilePhone),
    marker: markerOf(c.singleValueExtendedProperties),
  };
}

function eventInput(d: EventDraft): EventInput {
  return {
    subject: d.subject, body: { contentType: 'text', content: d.body }, start: utcValue(d.start), end: utcValue(d.end),
    location: { displayName: d.location }, categories: [...d.categories], singleValueExtendedProperties: markerProps(d.marker),
  };
}

function contactInput(d: ContactDraft): ContactInput {
  const name = `${d.firstName} ${d.lastName}`.trim();
  return {
    givenName: d.firstName, surname: d.lastName, displayName: name, jobTitle: d.title, companyName: d.companyName,
    emailAddresses: d.emails.map((address) => ({ address, name })), businessPhones: d.phone ? [d.phone] : [], mobilePhone: d.mobilePhone || null,
    singleValueExtendedProperties: markerProps(d.marker),
  };
}

const results = <T>(list: ItemResult<T>[], id: (v: T, i: number) => string): BatchResult[] =>
  list.map((r, i) => (r.ok ? { ok: true, id: id(r.value, i) } : { ok: false, error: r.error.message }));
const sig = (signal?: AbortSignal) => (signal ? { signal } : {});

export function graphOutlookPort(graph: GraphClient): OutlookSyncPort {
  let category: Promise<unknown> | null = null;
  const ensureCategory = (signal?: AbortSignal) => (category ??= graph.categories.ensure(AUTOTASK_CATEGORY, undefined, sig(signal)).catch((e) => { category = null; throw e; }));
  return {
    async listEvents(range, signal) {
      return (await graph.events.calendarView({ start: new Date(range.start), end: new Date(range.end) }, sig(signal))).map(toOutlookEvent);
    },
    async createEvents(drafts, signal) {
      await ensureCategory(signal);
      return results(await graph.events.createMany(drafts.map(eventInput), sig(signal)), (v) => v.id);
    },
    async updateEvents(items, signal) {
      return results(await graph.events.updateMany(items.map((i) => ({ id: i.id, patch: eventInput(i.draft) })), sig(signal)), (v) => v.id);
    },
    async setEventMarkers(items, signal) {
      return results(await graph.events.updateMany(items.map((i) => ({ id: i.id, patch: { singleValueExtendedProperties: markerProps(i.marker) } })), sig(signal)), (v) => v.id);
    },
    async deleteEvents(ids, signal) {
      return results(await graph.events.deleteMany(ids, sig(signal)), (_, i) => ids[i] ?? '');
    },
    async contactFolder(name, signal) {
      return (await graph.contactFolders.findOrCreate(name, sig(signal))).id;
    },
    async listContacts(folderId, signal) {
      return (await graph.contacts.list(folderId, sig(signal))).map(toOutlookContact);
    },
    async createContacts(folderId, drafts, signal) {
      return results(await graph.contacts.createMany(folderId, drafts.map(contactInput), sig(signal)), (v) => v.id);
    },
    async updateContacts(items, signal) {
      return results(await graph.contacts.updateMany(items.map((i) => ({ id: i.id, patch: contactInput(i.draft) })), sig(signal)), (v) => v.id);
    },
    async setContactMarkers(items, signal) {
      return results(await graph.contacts.updateMany(items.map((i) => ({ id: i.id, patch: { singleValueExtendedProperties: markerProps(i.marker) } })), sig(signal)), (v) => v.id);
    },
    async deleteContacts(ids, signal) {
      return results(await graph.contacts.deleteMany(ids, sig(signal)), (_, i) => ids[i] ?? '');
    },
  };
}
