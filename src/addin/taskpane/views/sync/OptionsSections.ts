/**
 * The form both tabs of Options share: one value (kept as a draft by OptionsView), validated
 * before saving. The Calendar tab (CalendarOptions.tsx) and the Contacts tab (ContactsOptions.tsx)
 * are chunks of their own: their Fluent inputs are not part of the route's first bytes.
 */
import type { CalendarType, SyncSettings } from '../../../office/sync-settings';
import { t } from '../../../strings';

export interface OptionsForm {
  calEnabled: boolean;
  types: CalendarType[];
  daysBack: string;
  daysAhead: string;
  getOnOpen: boolean;
  intervalMinutes: number;
  conEnabled: boolean;
  scope: 'account-manager' | 'companies';
  companies: { id: number; name: string }[];
  folderName: string;
}
export type OptionsErrors = Partial<Record<'types' | 'daysBack' | 'daysAhead' | 'companies' | 'folderName', string>>;

export function formOf(s: SyncSettings): OptionsForm {
  return {
    calEnabled: s.calendar.enabled, types: [...s.calendar.types], daysBack: String(s.calendar.daysBack), daysAhead: String(s.calendar.daysAhead),
    getOnOpen: s.calendar.getOnOpen, intervalMinutes: s.calendar.intervalMinutes,
    conEnabled: s.contacts.enabled, scope: s.contacts.scope, companies: [...s.contacts.companies], folderName: s.contacts.folderName,
  };
}

const validDays = (v: string) => /^\d{1,3}$/.test(v.trim()) && Number(v) <= 365;

export function validateForm(f: OptionsForm): OptionsErrors {
  const e: OptionsErrors = {};
  if (!f.types.length) e.types = t('options.calendar.typesRequired');
  if (!validDays(f.daysBack)) e.daysBack = t('options.calendar.daysInvalid');
  if (!validDays(f.daysAhead)) e.daysAhead = t('options.calendar.daysInvalid');
  if (f.scope === 'companies' && !f.companies.length) e.companies = t('options.contacts.companiesRequired');
  if (!f.folderName.trim()) e.folderName = t('options.contacts.folderRequired');
  return e;
}

export interface SectionProps { form: OptionsForm; onChange(next: OptionsForm): void; errors: OptionsErrors }
