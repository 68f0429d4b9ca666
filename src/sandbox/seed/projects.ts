/** Projects with tasks and notes; Woodgrove's is a Baseline project (its notes are read-only). */
import type { Row } from '../model/types';
import { BILLING_CODE as B, COMPANY as C, PROJECT as P, RESOURCE as R, ROLE, TASK as T } from './ids';
import { seedRows } from './row';

export function projectRows(): Row[] {
  const pr = (id: number, companyID: number, projectName: string, extra: Record<string, unknown>) => ({
    id, companyID, projectName, projectType: 5, status: 4, projectLeadResourceID: R.priyaNatarajan,
    createdByResourceID: R.priyaNatarajan, ...extra,
  });
  return seedRows('Projects', [
    pr(P.contosoM365, C.contoso, 'Contoso Dental — Microsoft 365 migration', {
      projectNumber: 'P20261102.0001', startDateTime: '2026-11-02T08:00:00Z', endDateTime: '2026-12-18T17:00:00Z',
      description: 'Move 38 mailboxes and the shared calendar from on-premises Exchange to Microsoft 365.', estimatedTime: 64,
      createDateTime: '2026-10-20T10:00:00Z', lastActivityDateTime: '2026-11-27T12:00:00Z', udf: { 'Budget Code': 'CDG-IT-2026-04' },
    }),
    pr(P.fabrikamWifi, C.fabrikam, 'Fabrikam — Warehouse Wi-Fi upgrade', {
      projectNumber: 'P20261115.0002', status: 1, startDateTime: '2026-12-07T08:00:00Z', endDateTime: '2027-01-22T17:00:00Z',
      description: 'Replace 14 access points in warehouses A and B; add a guest SSID.', estimatedTime: 40,
      createDateTime: '2026-11-15T09:00:00Z', lastActivityDateTime: '2026-11-15T09:00:00Z',
    }),
    pr(P.woodgroveBaseline, C.woodgrove, 'Woodgrove Law — 2026 managed services baseline', {
      projectNumber: 'P20260101.0003', projectType: 8, startDateTime: '2026-01-01T00:00:00Z', endDateTime: '2026-12-31T23:59:00Z',
      description: 'Baseline project generated from the managed services contract.', createDateTime: '2026-01-01T00:00:00Z',
      lastActivityDateTime: '2026-11-02T09:00:00Z',
    }),
  ]);
}

export function taskRows(): Row[] {
  const task = (id: number, projectID: number, taskNumber: string, title: string, status: number, who: [number, number], extra: Record<string, unknown> = {}) => ({
    id, projectID, taskNumber, title, status, taskType: 1, assignedResourceID: who[0], assignedResourceRoleID: who[1],
    billingCodeID: B.projectWork, creatorResourceID: R.priyaNatarajan, createDateTime: '2026-10-20T10:05:00Z',
    lastActivityDateTime: '2026-11-24T15:00:00Z', isVisibleInClientPortal: false, ...extra,
  });
  const pm: [number, number] = [R.priyaNatarajan, ROLE.projectManager];
  return seedRows('Tasks', [
    task(T.contosoTenant, P.contosoM365, 'T20261020.0101', 'Tenant setup and DNS cut-over', 5, pm,
      { estimatedHours: 6, completedDateTime: '2026-11-24T15:00:00Z', completedByResourceID: R.priyaNatarajan }),
    task(T.contosoMailboxes, P.contosoM365, 'T20261020.0102', 'Mailbox migration — batch 1 (front desk)', 4,
      [R.samRivera, ROLE.serviceDeskTechnician], { estimatedHours: 16, startDateTime: '2026-11-25T08:00:00Z', endDateTime: '2026-12-04T17:00:00Z' }),
    task(T.contosoTraining, P.contosoM365, 'T20261020.0103', 'End-user training session', 1, pm, { estimatedHours: 4 }),
    task(T.fabrikamSurvey, P.fabrikamWifi, 'T20261115.0101', 'Site survey, warehouses A and B', 1,
      [R.danOkafor, ROLE.fieldEngineer], { estimatedHours: 8, billingCodeID: B.onsiteSupport }),
    task(T.fabrikamOrderAps, P.fabrikamWifi, 'T20261115.0102', 'Order access points', 1, pm, { estimatedHours: 1 }),
    task(T.woodgrovePatching, P.woodgroveBaseline, 'T20260101.0101', 'Monthly patching window', 4,
      [R.samRivera, ROLE.serviceDeskTechnician], { estimatedHours: 24 }),
  ]);
}

export function projectNoteRows(): Row[] {
  return seedRows('ProjectNotes', [
    { id: 30611001, projectID: P.contosoM365, title: 'Kick-off held', description: 'Kick-off with Maria Lopez; cut-over planned for the weekend of 12 December.',
      noteType: 5, publish: 1, isAnnouncement: false, creatorResourceID: R.priyaNatarajan, createDateTime: '2026-11-02T16:00:00Z', lastActivityDate: '2026-11-02T16:00:00Z' },
    { id: 30611002, projectID: P.woodgroveBaseline, title: 'Baseline created', description: 'Generated from the 2026 managed services contract.',
      noteType: 5, publish: 2, isAnnouncement: false, creatorResourceID: R.lenaHart, createDateTime: '2026-01-01T00:00:00Z', lastActivityDate: '2026-01-01T00:00:00Z' },
  ]);
}

export function taskNoteRows(): Row[] {
  return seedRows('TaskNotes', [
    { id: 30612001, taskID: T.contosoMailboxes, title: 'Batch 1 progress', description: '12 mailboxes migrated; 2 pending because of large archives.',
      noteType: 5, publish: 1, creatorResourceID: R.samRivera, createDateTime: '2026-11-27T17:10:00Z', lastActivityDate: '2026-11-27T17:10:00Z' },
  ]);
}
