/**
 * Get Contacts, the decisions: the Autotask contacts in scope against the Outlook contacts of the
 * target folder. Matched by the marker, then by any email address; Autotask data wins; updated in
 * place; a second copy of the same Autotask contact is removed; a contact no longer in scope
 * (deleted, made inactive, or out of the chosen companies) leaves the folder, which is ours alone.
 */
import { contactFingerprint, markerKey } from './marker';
import type { AutotaskContact, ContactDraft, ContactFields, OutlookContact } from './types';

export type GetContactsAction =
  | { kind: 'create'; key: string; label: string; draft: ContactDraft }
  | { kind: 'update'; key: string; label: string; contactId: string; draft: ContactDraft }
  | { kind: 'delete'; key: string; label: string; contactId: string }
  | { kind: 'unchanged'; key: string };

export const contactLabel = (c: Pick<ContactFields, 'firstName' | 'lastName' | 'emails'>) =>
  `${c.firstName} ${c.lastName}`.trim() || c.emails[0] || '?';

export function normaliseEmails(emails: readonly (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const e of emails) {
    const v = (e ?? '').trim().toLowerCase();
    if (v && !out.includes(v)) out.push(v);
  }
  return out.slice(0, 3);
}

export function fieldsOfContact(c: ContactFields): ContactFields {
  return {
    firstName: c.firstName.trim(), lastName: c.lastName.trim(), emails: normaliseEmails(c.emails), title: c.title.trim(),
    companyName: c.companyName.trim(), phone: c.phone.trim(), mobilePhone: c.mobilePhone.trim(),
  };
}

function draftFor(c: AutotaskContact): ContactDraft {
  const fields = fieldsOfContact(c);
  const print = contactFingerprint(fields);
  return { ...fields, marker: { type: 'contact', id: c.id, origin: 'get', source: print, outlook: print } };
}

export function planGetContacts(autotask: readonly AutotaskContact[], outlook: readonly OutlookContact[]): GetContactsAction[] {
  const actions: GetContactsAction[] = [];
  const marked = new Map<string, OutlookContact>();
  const byEmail = new Map<string, OutlookContact>();
  for (const c of outlook) {
    if (c.marker?.type === 'contact') {
      const key = markerKey(c.marker);
      if (marked.has(key)) actions.push({ kind: 'delete', key, label: contactLabel(c), contactId: c.id });
      else marked.set(key, c);
    } else for (const e of normaliseEmails(c.emails)) if (!byEmail.has(e)) byEmail.set(e, c);
  }
  const claimed = new Set<string>();
  for (const at of autotask) {
    if (!at.isActive) continue;
    const key = markerKey({ type: 'contact', id: at.id });
    const draft = draftFor(at);
    const label = contactLabel(draft);
    let current = marked.get(key);
    marked.delete(key);
    if (!current) current = draft.emails.map((e) => byEmail.get(e)).find((c) => c && !claimed.has(c.id));
    if (!current) {
      actions.push({ kind: 'create', key, label, draft });
      continue;
    }
    claimed.add(current.id);
    const same = current.marker?.source === draft.marker.source && contactFingerprint(fieldsOfContact(current)) === draft.marker.outlook;
    actions.push(same ? { kind: 'unchanged', key } : { kind: 'update', key, label, contactId: current.id, draft });
  }
  for (const [key, c] of marked) actions.push({ kind: 'delete', key, label: contactLabel(c), contactId: c.id });
  return actions;
}
