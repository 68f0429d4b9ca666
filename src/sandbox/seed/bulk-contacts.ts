/**
 * Volume data: `n` extra contacts spread over the active customers, deterministic names and
 * unique addresses (`first.last.00042@<customer domain>`), for paging and lookup tests.
 */
import type { Row } from '../model/types';
import type { Repository } from '../store/repository';

const FIRST = ['Alex', 'Blair', 'Casey', 'Devon', 'Emery', 'Finley', 'Harper', 'Jordan', 'Kai', 'Logan', 'Morgan', 'Noor', 'Parker', 'Quinn', 'Riley', 'Sasha', 'Taylor', 'Wren'];
const LAST = ['Adams', 'Baker', 'Chen', 'Diaz', 'Evans', 'Fischer', 'Garcia', 'Hughes', 'Ito', 'Jensen', 'Kowalski', 'Lee', 'Martin', 'Nguyen', 'Okoro', 'Patel', 'Rossi', 'Schmidt'];

function domainOf(company: Row): string {
  return String(company.webAddress ?? 'example.com').replace(/^https?:\/\/(www\.)?/, '').replace(/\/.*$/, '');
}

export function seedBulkContacts(store: Repository, n: number, now: Date): { count: number; firstId: number | null; lastId: number | null } {
  const customers = store.list('Companies').filter((c) => c.id !== 0 && c.isActive === true && c.companyType === 1);
  if (customers.length === 0 || n <= 0) return { count: 0, firstId: null, lastId: null };
  const offset = store.list('Contacts').length;
  const stamp = now.toISOString();
  const rows: Omit<Row, 'id'>[] = [];
  for (let i = 0; i < n; i++) {
    const k = offset + i + 1;
    const company = customers[i % customers.length]!;
    const first = FIRST[k % FIRST.length]!;
    const last = LAST[Math.floor(k / FIRST.length) % LAST.length]!;
    rows.push({
      companyID: company.id, firstName: first, lastName: last, isActive: 1, title: 'Staff',
      emailAddress: `${first}.${last}.${String(k).padStart(5, '0')}@${domainOf(company)}`.toLowerCase(),
      emailAddress2: null, emailAddress3: null, phone: null, mobilePhone: null, primaryContact: false,
      receivesEmailNotifications: true, isOptedOutFromBulkEmail: false, createDate: stamp, lastActivityDate: stamp,
      lastModifiedDate: stamp, impersonatorCreatorResourceID: null, userDefinedFields: [],
    });
  }
  const stored = store.insertMany('Contacts', rows);
  return { count: stored.length, firstId: stored[0]!.id, lastId: stored[stored.length - 1]!.id };
}
