/** Get and Send Contacts from end to end: read both sides, plan (pure), write, summarise. */
import type { SyncPorts } from './calendar-run';
import { fieldsOfContact, planGetContacts, type GetContactsAction } from './contacts-get';
import { domainsToLookUp, planSendContacts, sentContactMarker, type SendContactsAction, type SendContactsInput } from './contacts-send';
import type { ContactScope } from './ports';
import { only, runStep, Tally, writeThenMark, type MarkerWrite, type Of, type RunOptions } from './runner';
import type { OutlookContact, SyncSummary } from './types';

const label = (a: { label: string }) => a.label;

export async function runGetContacts(ports: SyncPorts, q: { scope: ContactScope; folderName: string }, o: RunOptions = {}): Promise<SyncSummary> {
  const [autotask, folderId] = await Promise.all([ports.autotask.contactsInScope(q.scope, o.signal), ports.outlook.contactFolder(q.folderName, o.signal)]);
  const outlook = await ports.outlook.listContacts(folderId, o.signal);
  const plan: GetContactsAction[] = planGetContacts(autotask, outlook);
  const creates = only(plan, 'create');
  const updates = only(plan, 'update');
  const deletes = only(plan, 'delete');
  const tally = new Tally(creates.length + updates.length + deletes.length, o);
  tally.summary.unchanged = only(plan, 'unchanged').length;
  tally.progress(0);
  await runStep(tally, { items: creates, effect: 'created', label, apply: (c, s) => ports.outlook.createContacts(folderId, c.map((a) => a.draft), s) }, o.signal);
  await runStep(tally, { items: updates, effect: 'updated', label, apply: (c, s) => ports.outlook.updateContacts(c.map((a) => ({ id: a.contactId, draft: a.draft })), s) }, o.signal);
  await runStep(tally, { items: deletes, effect: 'removed', label, apply: (c, s) => ports.outlook.deleteContacts(c.map((a) => a.contactId), s) }, o.signal);
  return tally.finish();
}

/** What Send needs from Autotask for these contacts: two queries (contacts by address or id, companies by domain). */
export async function prepareSendContacts(ports: SyncPorts, contacts: readonly OutlookContact[], signal?: AbortSignal): Promise<Omit<SendContactsInput, 'chosen'>> {
  const emails = [...new Set(contacts.flatMap((c) => fieldsOfContact(c).emails))];
  const ids = contacts.flatMap((c) => (c.marker?.type === 'contact' ? [c.marker.id] : []));
  const [existing, companiesByDomain] = await Promise.all([
    ports.autotask.contactsByEmailOrId(emails, ids, signal),
    ports.autotask.companiesByDomain(domainsToLookUp(contacts), signal),
  ]);
  return { contacts, existing, companiesByDomain };
}

export function sendContactsPlan(input: SendContactsInput): SendContactsAction[] {
  return planSendContacts(input);
}

export async function runSendContacts(ports: SyncPorts, input: SendContactsInput, o: RunOptions = {}): Promise<SyncSummary> {
  const plan = planSendContacts(input);
  const creates = only(plan, 'create');
  const updates = only(plan, 'update');
  const tally = new Tally(creates.length + updates.length, o);
  tally.summary.unchanged = only(plan, 'unchanged').length;
  for (const s of only(plan, 'skip')) tally.skip(s.label, s.reason);
  for (const s of only(plan, 'choose-company')) tally.skip(s.label, 'no-company');
  tally.progress(0);
  const setMarkers = (list: readonly MarkerWrite[], s?: AbortSignal) => ports.outlook.setContactMarkers(list, s);
  await runStep(tally, {
    items: creates, effect: 'created', label, size: 3,
    apply: writeThenMark(
      (a: Of<SendContactsAction, 'create'>, s) => ports.autotask.createContact(a.companyId, a.fields, s),
      (a, id) => ({ id: a.contact.id, marker: sentContactMarker(Number(id), a.contact, 'send') }),
      setMarkers,
    ),
  }, o.signal);
  await runStep(tally, {
    items: updates, effect: 'updated', label, size: 3,
    apply: writeThenMark(
      async (a: Of<SendContactsAction, 'update'>, s) => {
        if (Object.keys(a.patch).length) await ports.autotask.updateContact(a.target.companyID, a.target.id, a.patch, s);
      },
      (a) => (a.marker ? { id: a.contact.id, marker: a.marker } : null),
      setMarkers,
    ),
  }, o.signal);
  return tally.finish();
}
