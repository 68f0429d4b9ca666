/** Records for the sync engine's tests. */
import type { AutotaskCalendarItem, AutotaskContact, OutlookContact, OutlookEvent } from '../../../src/addin/sync/types';

export const at = (iso: string) => Date.parse(iso);

export function item(over: Partial<AutotaskCalendarItem> = {}): AutotaskCalendarItem {
  return {
    type: 'appointment', id: 9201, title: 'Service desk stand-up', start: at('2026-11-30T17:00:00Z'), end: at('2026-11-30T17:15:00Z'),
    body: '', location: '', url: 'https://sandbox.local/Appointments/9201', ...over,
  };
}

export function event(over: Partial<OutlookEvent> = {}): OutlookEvent {
  return {
    id: 'ev-1', subject: 'Lunch with Maria', start: at('2026-12-01T12:00:00Z'), end: at('2026-12-01T13:00:00Z'), isAllDay: false,
    body: 'Talk about training', location: '', categories: [], isPrivate: false, kind: 'single', seriesId: null, isCancelled: false, marker: null, ...over,
  };
}

export function atContact(over: Partial<AutotaskContact> = {}): AutotaskContact {
  return {
    id: 30682901, companyID: 29683500, isActive: true, firstName: 'Maria', lastName: 'Lopez', emails: ['maria.lopez@contoso.com'],
    title: 'Office manager', companyName: 'Contoso Dental', phone: '+1 555 0100', mobilePhone: '', ...over,
  };
}

export function olContact(over: Partial<OutlookContact> = {}): OutlookContact {
  return {
    id: 'c-1', firstName: 'Maria', lastName: 'Lopez', emails: ['maria.lopez@contoso.com'], title: '', companyName: '', phone: '', mobilePhone: '',
    marker: null, ...over,
  };
}
