/**
 * The Contact form's values, how they come from a message's sender, how they become a
 * `Contacts` body, and their checks (pure). Saving (contact-save.ts) looks for the email address
 * first, so a contact is never made twice.
 */
import type { ContactCreate, EntityFields } from '../../autotask';
import { isValidAddress, normaliseAddress, splitDisplayName } from '../email/sender-query';
import type { SenderDecision } from '../email/sender-match';
import { t } from '../strings';
import { validateRecord, type FieldProblem } from './validation';

export interface ContactValues {
  companyID: number | null;
  companyName: string;
  firstName: string;
  lastName: string;
  emailAddress: string;
  phone: string;
  title: string;
  isActive: boolean;
}

export const CONTACT_LABELS = {
  companyID: 'Company',
  firstName: 'First name',
  lastName: 'Last name',
  emailAddress: 'Email',
  phone: 'Phone',
  title: 'Job title',
  isActive: 'Active',
} as const satisfies Readonly<Record<string, string>>;

export function blankContact(): ContactValues {
  return { companyID: null, companyName: '', firstName: '', lastName: '', emailAddress: '', phone: '', title: '', isActive: true };
}

/** The sender as a new contact: name split ("Last, First" too), address, and the company its domain matched. */
export function contactFromSender(from: { name: string; address: string } | null, decision: SenderDecision | null): ContactValues {
  if (!from) return blankContact();
  const address = normaliseAddress(from.address);
  const proposal = splitDisplayName(from.name, address);
  const company = decision?.kind === 'company' ? { id: decision.company.id, name: decision.company.companyName } : null;
  return {
    ...blankContact(),
    companyID: company?.id ?? null,
    companyName: company?.name ?? '',
    firstName: proposal.firstName,
    lastName: proposal.lastName,
    emailAddress: address,
  };
}

export function contactBody(v: ContactValues): ContactCreate {
  const body: Record<string, unknown> = {
    companyID: v.companyID ?? 0,
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    isActive: v.isActive ? 1 : 0,
  };
  const optional = { emailAddress: normaliseAddress(v.emailAddress), phone: v.phone.trim(), title: v.title.trim() };
  for (const [k, value] of Object.entries(optional)) if (value) body[k] = value;
  return body as unknown as ContactCreate;
}

export function validateContact(v: ContactValues, fields: EntityFields): FieldProblem[] {
  const body = contactBody(v) as unknown as Record<string, unknown>;
  const problems = validateRecord(body, fields, { alsoRequired: ['companyID', 'firstName', 'lastName'], labels: CONTACT_LABELS });
  const email = normaliseAddress(v.emailAddress);
  if (email && !isValidAddress(email)) problems.push({ field: 'emailAddress', message: t('crm.contact.emailInvalid', { email }) });
  return problems;
}
