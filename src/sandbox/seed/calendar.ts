/** Appointments, to-dos, CRM notes and service calls (with their tickets and resources). */
import type { Row } from '../model/types';
import { COMPANY as C, CONTACT as K, RESOURCE as R, ROLE, SERVICE_CALL as S, TICKET as T } from './ids';
import { seedRows } from './row';

export function appointmentRows(): Row[] {
  const ap = (id: number, resourceID: number, title: string, start: string, end: string, description = '') => ({
    id, resourceID, title, startDateTime: start, endDateTime: end, description, creatorResourceID: resourceID,
    createDateTime: '2026-11-20T08:00:00Z', updateDateTime: '2026-11-20T08:00:00Z',
  });
  return seedRows('Appointments', [
    ap(9201, R.samRivera, 'Service desk stand-up', '2026-11-30T17:00:00Z', '2026-11-30T17:15:00Z'),
    ap(9202, R.samRivera, 'Litware licence renewal call', '2026-11-30T23:00:00Z', '2026-11-30T23:30:00Z', 'Renewal of the X-ray viewer licences for Contoso.'),
    ap(9203, R.danOkafor, 'Onsite: Müller Bäckerei POS', '2026-11-30T07:00:00Z', '2026-11-30T10:00:00Z', 'Kasse 2, Sendlinger Straße.'),
    ap(9204, R.priyaNatarajan, 'M365 migration status meeting', '2026-12-01T21:00:00Z', '2026-12-01T22:00:00Z'),
  ]);
}

export function companyToDoRows(): Row[] {
  const td = (id: number, companyID: number, assignedToResourceID: number, actionType: number, start: string, end: string, activityDescription: string, extra: Record<string, unknown> = {}) => ({
    id, companyID, assignedToResourceID, actionType, startDateTime: start, endDateTime: end, activityDescription,
    creatorResourceID: R.samRivera, createDateTime: '2026-11-27T10:00:00Z', lastModifiedDate: '2026-11-27T10:00:00Z', ...extra,
  });
  return seedRows('CompanyToDos', [
    td(30513001, C.contoso, R.samRivera, 8, '2026-12-01T18:00:00Z', '2026-12-01T18:30:00Z', 'Confirm the M365 training date with Maria.', { contactID: K.mariaLopez }),
    td(30513002, C.fabrikam, R.samRivera, 1, '2026-11-30T19:00:00Z', '2026-11-30T19:15:00Z', 'Call Tom about the firewall firmware update.', { contactID: K.tomBecker, ticketID: T.fabrikamVpn }),
    td(30513003, C.woodgrove, R.lenaHart, 2, '2026-12-03T17:00:00Z', '2026-12-03T18:00:00Z', 'Quarterly business review with Marcus Reed.', { contactID: K.marcusReed, creatorResourceID: R.lenaHart }),
  ]);
}

export function companyNoteRows(): Row[] {
  return seedRows('CompanyNotes', [
    { id: 30512001, companyID: C.fabrikam, contactID: K.tomBecker, actionType: 1, assignedResourceID: R.samRivera,
      name: 'Phone call: VPN drops escalated', note: 'Tom called; the VPN drops are stopping the warehouse scanners. Ticket T20261128.0001.',
      startDateTime: '2026-11-28T08:05:00Z', endDateTime: '2026-11-28T08:12:00Z', completedDateTime: '2026-11-28T08:12:00Z',
      createDateTime: '2026-11-28T08:13:00Z', lastModifiedDate: '2026-11-28T08:13:00Z' },
    { id: 30512002, companyID: C.tailspin, contactID: K.ryanCole, actionType: 2, assignedResourceID: R.lenaHart,
      name: 'Intro meeting', note: 'Interested in managed services for 45 seats; send a proposal by mid-December.',
      startDateTime: '2026-11-19T18:00:00Z', endDateTime: '2026-11-19T19:00:00Z', completedDateTime: '2026-11-19T19:00:00Z',
      createDateTime: '2026-11-19T19:05:00Z', lastModifiedDate: '2026-11-19T19:05:00Z' },
  ]);
}

export function serviceCallRows(): Row[] {
  return seedRows('ServiceCalls', [
    { id: S.muellerOnsite, companyID: C.mueller, description: 'Onsite repair of POS terminal Kasse 2.', status: 2, isComplete: 0,
      startDateTime: '2026-11-30T07:00:00Z', endDateTime: '2026-11-30T10:00:00Z', duration: 3, creatorResourceID: R.samRivera,
      createDateTime: '2026-11-26T08:14:00Z', lastModifiedDateTime: '2026-11-26T08:14:00Z' },
    { id: S.fabrikamRemote, companyID: C.fabrikam, description: 'Remote session to capture the VPN rekey.', status: 4, isComplete: 1,
      startDateTime: '2026-11-28T13:45:00Z', endDateTime: '2026-11-28T14:30:00Z', duration: 0.75, creatorResourceID: R.samRivera,
      createDateTime: '2026-11-28T09:40:00Z', lastModifiedDateTime: '2026-11-28T14:31:00Z' },
  ]);
}

export function serviceCallTicketRows(): Row[] {
  return seedRows('ServiceCallTickets', [
    { id: 801, serviceCallID: S.muellerOnsite, ticketID: T.muellerPos },
    { id: 802, serviceCallID: S.fabrikamRemote, ticketID: T.fabrikamVpn },
  ]);
}

export function serviceCallTicketResourceRows(): Row[] {
  return seedRows('ServiceCallTicketResources', [
    { id: 901, serviceCallTicketID: 801, resourceID: R.danOkafor, roleID: ROLE.fieldEngineer },
    { id: 902, serviceCallTicketID: 802, resourceID: R.samRivera, roleID: ROLE.remoteSupport },
  ]);
}
