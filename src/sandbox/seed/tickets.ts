/** Open and recently closed tickets with notes, time and one attachment. */
import type { Row } from '../model/types';
import { BILLING_CODE as B, COMPANY as C, CONTACT as K, CONTRACT, QUEUE as Q, RESOURCE as R, ROLE, TASK, TICKET as T } from './ids';
import { seedRows } from './row';

interface TicketSeed {
  id: number; number: string; companyID: number; contactID: number | null; title: string; description: string;
  status: number; priority: number; queueID: number; issueType: number; subIssueType: number; created: string;
  resource?: [number, number]; source?: number; ticketType?: number; ticketCategory?: number; due?: string;
  completed?: string; resolution?: string; estimatedHours?: number; external?: string; billingCodeID?: number; contractID?: number;
}

const TICKETS: TicketSeed[] = [
  { id: T.fabrikamVpn, number: 'T20261128.0001', companyID: C.fabrikam, contactID: K.tomBecker, title: 'VPN drops every afternoon',
    description: 'Since Monday the site-to-site VPN between the Tacoma office and warehouse B drops every afternoon around 2 pm and comes back after 5–10 minutes. Scanners in the warehouse lose their session each time.',
    status: 8, priority: 1, queueID: Q.serviceDesk, issueType: 7, subIssueType: 701, created: '2026-11-28T08:14:09.4Z',
    resource: [R.samRivera, ROLE.serviceDeskTechnician], source: 4, ticketType: 2, due: '2026-11-30T17:00:00Z',
    estimatedHours: 2.5, external: 'FAB-IT-4471', billingCodeID: B.remoteSupport, contractID: CONTRACT.fabrikamManaged },
  { id: T.contosoPrinter, number: 'T20261128.0002', companyID: C.contoso, contactID: K.mariaLopez, title: 'Front desk printer offline',
    description: 'The HP printer at reception shows "offline" on both front-desk PCs. Patients are waiting for forms.',
    status: 1, priority: 2, queueID: Q.serviceDesk, issueType: 2, subIssueType: 201, created: '2026-11-28T09:02:41.17Z', source: 6 },
  { id: T.harborlineCertificate, number: 'T20261128.0003', companyID: C.harborline, contactID: null,
    title: 'Renew wildcard certificate for portal.harborline-it.com', description: 'Certificate expires 2026-12-15.',
    status: 1, priority: 2, queueID: Q.levelTwo, issueType: 9, subIssueType: 902, created: '2026-11-28T11:40:00Z',
    resource: [R.danOkafor, ROLE.remoteSupport], source: 2, due: '2026-12-10T17:00:00Z' },
  { id: T.contosoXray, number: 'T20261128.0004', companyID: C.contoso, contactID: K.kevinZhao, title: 'X-ray viewer shows licence expiry warning',
    description: 'The imaging viewer on OP-2 warns that its licence expires in 7 days.', status: 12, priority: 2, queueID: Q.levelTwo,
    issueType: 6, subIssueType: 601, created: '2026-11-28T15:05:12Z', resource: [R.chrisDale, ROLE.remoteSupport], source: 4 },
  { id: T.woodgroveOnboarding, number: 'T20261127.0004', companyID: C.woodgrove, contactID: K.jennaPark,
    title: 'New hire onboarding: paralegal starting 1 December', description: 'Account, laptop, DMS access and phone extension for Alex Kim.',
    status: 7, priority: 2, queueID: Q.serviceDesk, issueType: 10, subIssueType: 1001, created: '2026-11-27T14:30:00Z',
    resource: [R.samRivera, ROLE.serviceDeskTechnician], ticketType: 1, ticketCategory: 4, due: '2026-12-01T08:00:00Z' },
  { id: T.woodgroveScanner, number: 'T20261127.0009', companyID: C.woodgrove, contactID: K.marcusReed,
    title: 'Scanner on 3rd floor sends to the wrong folder', description: 'Scan-to-folder lands in the old file share.',
    status: 1, priority: 3, queueID: Q.serviceDesk, issueType: 2, subIssueType: 201, created: '2026-11-27T16:55:30.5Z', source: 4 },
  { id: T.muellerPos, number: 'T20261126.0007', companyID: C.mueller, contactID: K.joergMueller,
    title: 'Kassensystem startet nicht (POS terminal will not boot)', description: 'Kasse 2 in der Filiale Sendlinger Straße bleibt beim Logo hängen.',
    status: 10, priority: 4, queueID: Q.fieldServices, issueType: 2, subIssueType: 202, created: '2026-11-26T06:48:12.5Z',
    resource: [R.danOkafor, ROLE.fieldEngineer], source: 6, due: '2026-11-30T10:00:00Z', billingCodeID: B.onsiteSupport,
    contractID: CONTRACT.muellerBreakFix },
  { id: T.contosoBackup, number: 'T20261125.0003', companyID: C.contoso, contactID: null, title: 'Backup job failed: IMAGING-SRV01 nightly',
    description: 'RMM alert: job "Nightly image" failed with "insufficient space on target".', status: 5, priority: 1,
    queueID: Q.monitoring, issueType: 6, subIssueType: 603, created: '2026-11-25T03:12:00Z', resource: [R.samRivera, ROLE.serviceDeskTechnician],
    source: 12, ticketType: 5, ticketCategory: 2, completed: '2026-11-25T10:20:00Z',
    resolution: 'Pruned old restore points on the backup target and re-ran the job successfully.' },
  { id: T.northwindMailbox, number: 'T20261124.0011', companyID: C.northwind, contactID: K.priyankaShah,
    title: 'Shared mailbox permissions for accounts@', description: 'Give the Seattle branch read access to the accounts mailbox.',
    status: 8, priority: 3, queueID: Q.serviceDesk, issueType: 8, subIssueType: 801, created: '2026-11-24T13:21:44.03Z',
    resource: [R.samRivera, ROLE.serviceDeskTechnician], source: 4 },
  { id: T.fabrikamSwitch, number: 'T20261120.0002', companyID: C.fabrikam, contactID: K.anaSouza, title: 'Replace failing switch in warehouse B',
    description: 'Port errors on SW-WHB-02; replacement on site.', status: 5, priority: 1, queueID: Q.fieldServices, issueType: 7,
    subIssueType: 703, created: '2026-11-20T07:30:00Z', resource: [R.danOkafor, ROLE.fieldEngineer], completed: '2026-11-20T12:10:00Z',
    resolution: 'Switch replaced, config restored from backup.', billingCodeID: B.onsiteSupport,
    contractID: CONTRACT.fabrikamManaged },
];

export function ticketRows(): Row[] {
  return seedRows('Tickets', TICKETS.map((t) => ({
    id: t.id, ticketNumber: t.number, companyID: t.companyID, contactID: t.contactID, title: t.title, description: t.description,
    status: t.status, priority: t.priority, queueID: t.queueID, issueType: t.issueType, subIssueType: t.subIssueType,
    source: t.source ?? 4, ticketType: t.ticketType ?? 1, ticketCategory: t.ticketCategory ?? 3,
    assignedResourceID: t.resource?.[0] ?? null, assignedResourceRoleID: t.resource?.[1] ?? null,
    billingCodeID: t.billingCodeID ?? null, contractID: t.contractID ?? null, dueDateTime: t.due ?? null, estimatedHours: t.estimatedHours ?? null,
    createDate: t.created, lastActivityDate: t.completed ?? t.created, lastTrackedModificationDateTime: t.completed ?? t.created,
    creatorResourceID: R.samRivera, creatorType: 1, lastActivityPersonType: 1, lastActivityResourceID: R.samRivera,
    completedDate: t.completed ?? null, completedByResourceID: t.completed ? (t.resource?.[0] ?? null) : null,
    resolvedDateTime: t.completed ?? null, resolution: t.resolution ?? '', hoursToBeScheduled: 0, isAssignedToComanaged: false,
    udf: t.external ? { 'External Reference': t.external } : ({} as Record<string, string>),
  })));
}

export function ticketNoteRows(): Row[] {
  let id = 30777600;
  const note = (ticketID: number, title: string, description: string, at: string, extra: Record<string, unknown> = {}) => ({
    id: ++id, ticketID, title, description, noteType: 1, publish: 1, createDateTime: at, lastActivityDate: at,
    creatorResourceID: R.samRivera, ...extra,
  });
  return seedRows('TicketNotes', [
    note(T.fabrikamVpn, 'Initial triage', 'Firewall log shows IKE phase 2 rekey failing at 14:05 each day. Lifetime mismatch suspected (28800 vs 3600).', '2026-11-28T09:30:00Z'),
    note(T.fabrikamVpn, 'RE: VPN drops every afternoon', 'It dropped again at 14:07 today. — Tom', '2026-11-28T14:12:31.6Z',
      { noteType: 13, creatorResourceID: null, createdByContactID: K.tomBecker }),
    note(T.woodgroveOnboarding, 'Waiting for licence confirmation', 'Asked Jenna to confirm the DMS licence and the start time.', '2026-11-27T15:02:00Z', { noteType: 3 }),
    note(T.muellerPos, 'Dispatch', 'Dan on site Monday 08:00 CET with a spare SSD.', '2026-11-26T08:15:00Z',
      { noteType: 2, publish: 2, creatorResourceID: R.samRivera }),
    note(T.contosoBackup, 'Resolved', 'Pruned restore points older than 30 days; job re-run OK.', '2026-11-25T10:19:00Z'),
  ]);
}

export function timeEntryRows(): Row[] {
  let id = 1200;
  const te = (resourceID: number, roleID: number, start: string, end: string, hours: number, extra: Record<string, unknown>) => ({
    id: ++id, resourceID, roleID, startDateTime: start, endDateTime: end, dateWorked: `${start.slice(0, 10)}T00:00:00Z`,
    hoursWorked: hours, hoursToBill: hours, createDateTime: end, lastModifiedDateTime: end, creatorUserID: resourceID,
    lastModifiedUserID: resourceID, isNonBillable: false, showOnInvoice: true, offsetHours: 0, ...extra,
  });
  return seedRows('TimeEntries', [
    te(R.samRivera, ROLE.serviceDeskTechnician, '2026-11-28T09:00:00Z', '2026-11-28T09:45:00Z', 0.75, {
      ticketID: T.fabrikamVpn, timeEntryType: 2, billingCodeID: B.remoteSupport, summaryNotes: 'Reviewed firewall logs and rekey timers.' }),
    te(R.samRivera, ROLE.serviceDeskTechnician, '2026-11-25T09:50:00Z', '2026-11-25T10:20:00Z', 0.5, {
      ticketID: T.contosoBackup, timeEntryType: 2, billingCodeID: B.remoteSupport, summaryNotes: 'Cleared space, re-ran backup.' }),
    te(R.danOkafor, ROLE.fieldEngineer, '2026-11-20T09:00:00Z', '2026-11-20T12:00:00Z', 3, {
      ticketID: T.fabrikamSwitch, timeEntryType: 2, billingCodeID: B.onsiteSupport, summaryNotes: 'Replaced SW-WHB-02.' }),
    te(R.priyaNatarajan, ROLE.projectManager, '2026-11-24T13:00:00Z', '2026-11-24T15:00:00Z', 2, {
      taskID: TASK.contosoTenant, timeEntryType: 6, billingCodeID: B.projectWork, summaryNotes: 'Tenant setup, DNS records prepared.' }),
    te(R.samRivera, ROLE.serviceDeskTechnician, '2026-11-27T16:00:00Z', '2026-11-27T16:30:00Z', 0.5, {
      timeEntryType: 1, billingCodeID: B.internalAdmin, isNonBillable: true, summaryNotes: 'Weekly team meeting.' }),
  ]);
}

const VPN_LOG = [
  '2026-11-27 14:05:02 IKEv2 CHILD_SA rekey initiated (peer 203.0.113.20)',
  '2026-11-27 14:05:32 IKEv2 CHILD_SA rekey failed: NO_PROPOSAL_CHOSEN',
  '2026-11-27 14:12:40 IKEv2 tunnel re-established',
].join('\r\n');

export function ticketAttachmentRows(): Row[] {
  const data = Buffer.from(VPN_LOG, 'utf8');
  return seedRows('TicketAttachments', [{
    id: 30889001, parentID: T.fabrikamVpn, parentType: 'Ticket', ticketID: T.fabrikamVpn, attachmentType: 'FILE_ATTACHMENT',
    fullPath: 'vpn-rekey.log', title: 'Firewall log excerpt', contentType: 'text/plain', fileSize: data.length, publish: 1,
    attachDate: '2026-11-28T09:31:10Z', attachedByResourceID: R.samRivera, data: data.toString('base64'),
  }]);
}
