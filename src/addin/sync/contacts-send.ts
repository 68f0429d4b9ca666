/**
 * Send Contacts, the decisions: chosen Outlook contacts against Autotask. A contact already in
 * Autotask (the marker, then any email address) is updated with what Outlook has (never blanking
 * a field Outlook leaves empty); a new one goes to the company its email domain points to, or the
 * one the user picked; when the domain says nothing or points to several, the user must pick.
 */
import { isPublicMailDomain } from '../email/public-domains';
import { contactFingerprint } from './marker';
import { contactLabel, fieldsOfContact } from './contacts-get';
import type { AutotaskContact, CompanyCandidate, ContactFields, OutlookContact, SkipReason, SyncMarker } from './types';

export const NAME_MAX = 50;

export interface ContactWrite {
  firstName: string;
  lastName: string;
  title?: string;
  phone?: string;
  mobilePhone?: string;
  emailAddress?: string;
  emailAddress2?: string;
  emailAddress3?: string;
}

export type SendContactsAction =
  | { kind: 'create'; key: string; label: string; contact: OutlookContact; companyId: number; fields: ContactWrite }
  | { kind: 'update'; key: string; label: string; contact: OutlookContact; target: AutotaskContact; patch: Partial<ContactWrite>; marker: SyncMarker | null }
  /** No company yet: the user picks one of `candidates` (or any other). */
  | { kind: 'choose-company'; key: string; label: string; contact: OutlookContact; candidates: readonly CompanyCandidate[] }
  | { kind: 'unchanged'; key: string }
  | { kind: 'skip'; key: string; label: string; reason: SkipReason };

export const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** The domains whose companies Send must look up (public mail domains say nothing). */
export function domainsToLookUp(contacts: readonly OutlookContact[]): string[] {
  const out = new Set<string>();
  for (const c of contacts) for (const e of fieldsOfContact(c).emails) if (!isPublicMailDomain(emailDomain(e))) out.add(emailDomain(e));
  return [...out];
}

export function writeOf(c: ContactFields): ContactWrite {
  const f = fieldsOfContact(c);
  const w: ContactWrite = { firstName: f.firstName.slice(0, NAME_MAX), lastName: f.lastName.slice(0, NAME_MAX) };
  if (f.title) w.title = f.title;
  if (f.phone) w.phone = f.phone;
  if (f.mobilePhone) w.mobilePhone = f.mobilePhone;
  const [e1, e2, e3] = f.emails;
  if (e1) w.emailAddress = e1;
  if (e2) w.emailAddress2 = e2;
  if (e3) w.emailAddress3 = e3;
  return w;
}

const EMAIL_SLOTS = ['emailAddress', 'emailAddress2', 'emailAddress3'] as const;

function patchFor(target: AutotaskContact, wanted: ContactWrite): Partial<ContactWrite> {
  const have = writeOf(target);
  const patch: Partial<ContactWrite> = {};
  for (const k of ['firstName', 'lastName', 'title', 'phone', 'mobilePhone'] as const) if (wanted[k] && wanted[k] !== have[k]) patch[k] = wanted[k];
  // Addresses are how contacts are matched: Outlook's are added to free slots, never replace Autotask's.
  const known = new Set(EMAIL_SLOTS.map((s) => have[s]));
  const missing = EMAIL_SLOTS.map((s) => wanted[s]).filter((e): e is string => !!e && !known.has(e));
  const free = EMAIL_SLOTS.filter((s) => !have[s]);
  missing.forEach((e, i) => {
    const slot = free[i];
    if (slot) patch[slot] = e;
  });
  return patch;
}

/** The marker a sent contact gets: the Autotask id and the fingerprint of what was sent. */
export function sentContactMarker(id: number, contact: ContactFields, origin: SyncMarker['origin']): SyncMarker {
  const print = contactFingerprint(fieldsOfContact(contact));
  return { type: 'contact', id, origin, source: print, outlook: print };
}

export interface SendContactsInput {
  contacts: readonly OutlookContact[];
  /** Autotask contacts with any of the contacts' addresses, or the marked ids. */
  existing: readonly AutotaskContact[];
  /** Companies by email domain (domainsToLookUp). */
  companiesByDomain: ReadonlyMap<string, readonly CompanyCandidate[]>;
  /** The user's picks, by Outlook contact id. */
  chosen: ReadonlyMap<string, number>;
}

export function planSendContacts({ contacts, existing, companiesByDomain, chosen }: SendContactsInput): SendContactsAction[] {
  const byId = new Map(existing.map((c) => [c.id, c]));
  return contacts.map((contact): SendContactsAction => {
    const key = contact.id;
    const fields = fieldsOfContact(contact);
    const label = contactLabel(fields);
    if (!fields.lastName && !fields.firstName) return { kind: 'skip', key, label, reason: 'no-name' };
    const wanted = writeOf(contact);
    if (!wanted.lastName) { wanted.lastName = wanted.firstName; wanted.firstName = ''; }
    const marked = contact.marker?.type === 'contact' ? byId.get(contact.marker.id) : undefined;
    const target = marked ?? existing.find((a) => a.isActive && fieldsOfContact(a).emails.some((e) => fields.emails.includes(e)));
    if (target) {
      const patch = patchFor(target, wanted);
      const marker = sentContactMarker(target.id, contact, contact.marker?.origin ?? 'send');
      const writeMarker = contact.marker?.id !== target.id || contact.marker.outlook !== marker.outlook;
      if (!Object.keys(patch).length && !writeMarker) return { kind: 'unchanged', key };
      return { kind: 'update', key, label, contact, target, patch, marker: writeMarker ? marker : null };
    }
    const pick = chosen.get(contact.id);
    if (pick) return { kind: 'create', key, label, contact, companyId: pick, fields: wanted };
    const candidates = uniqueCompanies(fields.emails.flatMap((e) => companiesByDomain.get(emailDomain(e)) ?? []));
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only) return { kind: 'create', key, label, contact, companyId: only.id, fields: wanted };
    return { kind: 'choose-company', key, label, contact, candidates };
  });
}

function uniqueCompanies(list: readonly CompanyCandidate[]): CompanyCandidate[] {
  const seen = new Map<number, CompanyCandidate>();
  for (const c of list) if (!seen.has(c.id)) seen.set(c.id, c);
  return [...seen.values()];
}
