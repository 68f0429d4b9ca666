/**
 * The workbench user's mailbox (sam.rivera@harborline-it.com) as the stand-in starts it: a working
 * week of ordinary Outlook meetings around "now", a few personal contacts in the default Contacts
 * folder, and the usual colour categories. No Autotask folder or category yet: the first Get
 * creates them. `seedBulkGraphContacts` adds volume for tests.
 */
import { DEFAULT_CONTACTS_FOLDER } from './handlers';
import { utcValue } from './odata';
import type { GraphStore } from './store';

const HOUR = 3_600_000;

function mondayOf(now: Date): number {
  const d = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = new Date(d).getUTCDay();
  return d - ((day + 6) % 7) * 24 * HOUR;
}

export function seedGraphMailbox(store: GraphStore, now: Date): void {
  const monday = mondayOf(now);
  const at = (day: number, hour: number) => monday + day * 24 * HOUR + hour * HOUR;
  const event = (subject: string, day: number, hour: number, hours: number, location: string, categories: string[] = [], extra: Record<string, unknown> = {}) => ({
    subject, start: utcValue(at(day, hour)), end: utcValue(at(day, hour + hours)), isAllDay: false, location: { displayName: location },
    categories, sensitivity: 'normal', showAs: 'busy', type: 'singleInstance', body: { contentType: 'text', content: '' }, ...extra,
  });
  store.insertMany('event', [
    event('Service desk stand-up', 0, 8.5, 0.25, 'Teams'),
    event('Harbor Freight Logistics: quarterly review', 1, 14, 1, 'Harbor Freight Logistics, Pier 4'),
    event('Dentist', 2, 16, 1, 'Dr. Alvarez', [], { sensitivity: 'private' }),
    event('Firewall firmware window (Bayside Dental)', 3, 19, 2, 'Remote', ['Autotask']),
    event('Team lunch', 4, 12, 1, 'The Anchor'),
  ]);
  store.insertMany('contact', [
    contact('Jamie', 'Lowe', 'jamie.lowe@outlook.com', null, '+1 206 555 0142'),
    contact('Morgan', 'Blake', 'm.blake@bayside-dental.com', 'Bayside Dental', '+1 206 555 0188'),
    contact('Taylor', 'Reyes', 'taylor@reyes-accounting.net', 'Reyes Accounting', null),
  ].map((c) => ({ ...c, parentFolderId: DEFAULT_CONTACTS_FOLDER })));
  store.insertMany('category', [
    { displayName: 'Red category', color: 'preset0' },
    { displayName: 'Blue category', color: 'preset7' },
    { displayName: 'Green category', color: 'preset4' },
  ]);
}

function contact(givenName: string, surname: string, email: string, companyName: string | null, phone: string | null) {
  return {
    givenName, surname, displayName: `${givenName} ${surname}`, companyName, jobTitle: null,
    emailAddresses: [{ address: email, name: `${givenName} ${surname}` }], businessPhones: phone ? [phone] : [], mobilePhone: null, categories: [],
  };
}

/** `n` contacts in the named folder (created when missing); deterministic names and addresses. */
export function seedBulkGraphContacts(store: GraphStore, n: number, folderName = 'Bulk'): { folderId: string; count: number } {
  const folder = store.list('folder').find((f) => f.displayName === folderName) ?? store.insert('folder', { displayName: folderName, parentFolderId: DEFAULT_CONTACTS_FOLDER });
  const rows = Array.from({ length: n }, (_, i) => ({
    ...contact(`Bulk${i + 1}`, 'Contact', `bulk.${String(i + 1).padStart(5, '0')}@example.com`, 'Example Co', null),
    parentFolderId: folder.id,
  }));
  store.insertMany('contact', rows);
  return { folderId: folder.id, count: n };
}
