/** Harborline IT's staff: resources, roles, resource roles (with queues) and work types. */
import type { Row } from '../model/types';
import { API_CREDENTIALS, BILLING_CODE, QUEUE, RESOURCE, ROLE, SECURITY_LEVEL } from './ids';
import { seedRows } from './row';

const R = RESOURCE;

export function apiUserRow(): Row {
  return seedRows('Resources', [{
    id: R.apiUser, firstName: 'Harborline', lastName: 'Sandbox API', email: API_CREDENTIALS.username,
    userName: 'sandbox-api', title: 'API user (system)', licenseType: 8, resourceType: 1, isActive: true,
    userType: 17, securityLevelID: SECURITY_LEVEL.apiOnly,
  }])[0]!;
}

export function resourceRows(): Row[] {
  const staff = (id: number, first: string, last: string, extra: Record<string, unknown>) => ({
    id, firstName: first, lastName: last, email: `${first}.${last}@harborline-it.com`.toLowerCase(),
    userName: `${first}.${last}`.toLowerCase(), licenseType: 1, resourceType: 1, isActive: true, userType: 1, ...extra,
  });
  return [
    apiUserRow(),
    ...seedRows('Resources', [
      staff(R.samRivera, 'Sam', 'Rivera', {
        title: 'Service Desk Technician / Dispatcher', defaultServiceDeskRoleID: ROLE.serviceDeskTechnician,
        officePhone: '+1 206 555 0142', officeExtension: '142', mobilePhone: '+1 206 555 0199', hourlyCost: 42, hourlyRate: 95,
        securityLevelID: SECURITY_LEVEL.serviceDesk, email2: 'servicedesk@harborline-it.com',
        udf: { Certifications: 'CompTIA Network+, Microsoft 365 Fundamentals' },
      }),
      staff(R.priyaNatarajan, 'Priya', 'Natarajan', {
        title: 'Project Manager', defaultServiceDeskRoleID: ROLE.projectManager, officePhone: '+1 206 555 0150',
        hourlyCost: 58, hourlyRate: 140, securityLevelID: SECURITY_LEVEL.projectManager, udf: { Certifications: 'PMP' },
      }),
      staff(R.danOkafor, 'Dan', 'Okafor', {
        title: 'Field Engineer', defaultServiceDeskRoleID: ROLE.fieldEngineer, officePhone: '+1 206 555 0163',
        mobilePhone: '+1 206 555 0188', hourlyCost: 48, hourlyRate: 125, securityLevelID: SECURITY_LEVEL.fieldTechnician,
        udf: { Certifications: 'Cisco CCNA' },
      }),
      staff(R.oliviaBrandt, 'Olivia', 'Brandt', {
        title: 'Service Desk Technician (left 2026-06)', defaultServiceDeskRoleID: ROLE.serviceDeskTechnician,
        isActive: false, hourlyCost: 40, hourlyRate: 95, securityLevelID: SECURITY_LEVEL.serviceDesk,
      }),
      staff(R.chrisDale, 'Chris', 'Dale', {
        title: 'Contract Engineer', defaultServiceDeskRoleID: ROLE.remoteSupport, resourceType: 2, hourlyCost: 65,
        hourlyRate: 110, securityLevelID: SECURITY_LEVEL.contractorNoImpersonation,
      }),
      staff(R.lenaHart, 'Lena', 'Hart', {
        title: 'Managing Director', defaultServiceDeskRoleID: ROLE.administrator, officePhone: '+1 206 555 0100',
        hourlyCost: 70, hourlyRate: 150, securityLevelID: SECURITY_LEVEL.administrator,
      }),
    ]),
  ];
}

export function roleRows(): Row[] {
  const role = (id: number, name: string, hourlyRate: number, description: string, isActive = true) =>
    ({ id, name, hourlyRate, description, isActive, hourlyFactor: 1, roleType: 1 });
  return seedRows('Roles', [
    role(ROLE.serviceDeskTechnician, 'Service Desk Technician', 95, 'First-line support'),
    role(ROLE.remoteSupport, 'Remote Support', 110, 'Second-line remote support'),
    role(ROLE.projectManager, 'Project Manager', 140, 'Project management'),
    role(ROLE.fieldEngineer, 'Field Engineer', 125, 'Onsite work'),
    role(ROLE.dispatcher, 'Dispatcher', 85, 'Scheduling and dispatch'),
    role(ROLE.administrator, 'Administrator', 150, 'Management'),
    role(ROLE.legacyHelpdesk, 'Legacy Helpdesk', 75, 'Retired role', false),
  ]);
}

export function resourceRoleRows(): Row[] {
  let id = 40100;
  const rr = (resourceID: number, roleID: number, queueID: number | null, isDefault = false, isActive = true) =>
    ({ id: ++id, resourceID, roleID, queueID, isDefault, isActive, departmentID: 1 });
  return seedRows('ResourceRoles', [
    rr(R.samRivera, ROLE.serviceDeskTechnician, QUEUE.serviceDesk, true),
    rr(R.samRivera, ROLE.serviceDeskTechnician, QUEUE.monitoring),
    rr(R.samRivera, ROLE.remoteSupport, QUEUE.levelTwo),
    rr(R.samRivera, ROLE.dispatcher, QUEUE.fieldServices),
    rr(R.samRivera, ROLE.legacyHelpdesk, QUEUE.serviceDesk, false, false),
    rr(R.priyaNatarajan, ROLE.projectManager, QUEUE.projects, true),
    rr(R.priyaNatarajan, ROLE.serviceDeskTechnician, QUEUE.serviceDesk),
    rr(R.danOkafor, ROLE.fieldEngineer, QUEUE.fieldServices, true),
    rr(R.danOkafor, ROLE.remoteSupport, QUEUE.levelTwo),
    rr(R.oliviaBrandt, ROLE.serviceDeskTechnician, QUEUE.serviceDesk, true),
    rr(R.chrisDale, ROLE.remoteSupport, QUEUE.levelTwo, true),
    rr(R.lenaHart, ROLE.administrator, null, true),
  ]);
}

export function billingCodeRows(): Row[] {
  const wt = (id: number, name: string, unitPrice: number, billingCodeType = 0, extra: Record<string, unknown> = {}) => ({
    id, name, unitPrice, unitCost: 0, billingCodeType, useType: 1, isActive: true, department: 1,
    isExcludedFromNewContracts: false, description: null, externalNumber: null, generalLedgerAccount: null, ...extra,
  });
  return seedRows('BillingCodes', [
    wt(BILLING_CODE.remoteSupport, 'Remote Support', 110, 0, { afterHoursWorkType: BILLING_CODE.afterHours }),
    wt(BILLING_CODE.onsiteSupport, 'Onsite Support', 125, 0, { afterHoursWorkType: BILLING_CODE.afterHours }),
    wt(BILLING_CODE.projectWork, 'Project Work', 140),
    wt(BILLING_CODE.internalAdmin, 'Internal / Admin', 0, 2),
    wt(BILLING_CODE.afterHours, 'After Hours Support', 165),
  ]);
}
