/**
 * Creating a contact without making a duplicate: before creating, Autotask is asked for contacts
 * with the same email address (primary, second or third); without an address, for the same
 * first and last name in the company. Found → "duplicate" with the existing contacts (the form
 * links to them instead). After an ambiguous failure the same question tells whether the
 * contact was made after all; when it cannot be asked, UncertainSaveError (with the ids known before), and the next Save
 * asks first as always.
 */
import type { ContactCreate } from '../../autotask';
import { isAmbiguous, UncertainSaveError } from './ticket-save';

export interface ExistingContact {
  id: number;
  name: string;
  companyID: number;
  companyName: string;
  email: string;
}

export interface ContactPort {
  /** Contacts having this address as any of their three addresses. */
  findByEmail(email: string): Promise<ExistingContact[]>;
  /** Contacts of the company with this first and last name. */
  findByName(companyId: number, firstName: string, lastName: string): Promise<ExistingContact[]>;
  create(companyId: number, body: ContactCreate): Promise<number>;
}

export type ContactSaveResult =
  | { kind: 'created'; id: number; recovered: boolean }
  | { kind: 'duplicate'; existing: ExistingContact[] };

function lookup(port: ContactPort, body: ContactCreate): Promise<ExistingContact[]> {
  const email = typeof body.emailAddress === 'string' ? body.emailAddress.trim() : '';
  return email ? port.findByEmail(email) : port.findByName(Number(body.companyID), String(body.firstName), String(body.lastName));
}

export async function saveContact(port: ContactPort, body: ContactCreate, options: { uncertain?: readonly number[] | null } = {}): Promise<ContactSaveResult> {
  const before = await lookup(port, body);
  if (options.uncertain) {
    // The last attempt could not be checked: a contact that was not there before it is the one it made.
    const made = before.find((c) => !options.uncertain!.includes(c.id));
    if (made) return { kind: 'created', id: made.id, recovered: true };
    if (before.length) return { kind: 'duplicate', existing: before };
  } else if (before.length) {
    return { kind: 'duplicate', existing: before };
  }
  try {
    return { kind: 'created', id: await port.create(Number(body.companyID), body), recovered: false };
  } catch (error) {
    if (!isAmbiguous(error)) throw error;
    let after: ExistingContact[];
    try {
      after = await lookup(port, body);
    } catch {
      throw new UncertainSaveError(before.map((c) => c.id), { cause: error });
    }
    const made = after.find((c) => !before.some((b) => b.id === c.id));
    if (made) return { kind: 'created', id: made.id, recovered: true };
    throw error;
  }
}

