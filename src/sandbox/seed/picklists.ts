/**
 * The tenant's picklists (Admin > Features & Settings in a real Autotask). Served by
 * `entityInformation/fields` and enforced on writes. Values are tenant-specific on purpose:
 * clients must resolve them from metadata, never hard-code them.
 */
import { picklist } from '../model/field-builders';
import { QUEUE } from './ids';

export const TICKET_STATUS = picklist([
  { value: 1, label: 'New', isDefault: true, system: true },
  { value: 8, label: 'In Progress' },
  { value: 7, label: 'Waiting Customer' },
  { value: 9, label: 'Waiting Materials' },
  { value: 10, label: 'Scheduled' },
  { value: 11, label: 'Escalate' },
  { value: 12, label: 'Waiting Vendor' },
  { value: 13, label: 'On Hold (legacy)', inactive: true },
  { value: 5, label: 'Complete', system: true },
]);

export const TICKET_PRIORITY = picklist([
  { value: 4, label: 'Critical' },
  { value: 1, label: 'High' },
  { value: 2, label: 'Medium', isDefault: true },
  { value: 3, label: 'Low' },
]);

export const TICKET_QUEUE = picklist([
  { value: QUEUE.serviceDesk, label: 'Service Desk', isDefault: true },
  { value: QUEUE.levelTwo, label: 'Level II Support' },
  { value: QUEUE.monitoring, label: 'Monitoring Alerts' },
  { value: QUEUE.fieldServices, label: 'Field Services' },
  { value: QUEUE.projects, label: 'Projects' },
  { value: QUEUE.clientPortal, label: 'Client Portal', system: true },
]);

export const ISSUE_TYPE = picklist([
  { value: 2, label: 'Hardware' },
  { value: 6, label: 'Software' },
  { value: 7, label: 'Network' },
  { value: 8, label: 'Email & Collaboration' },
  { value: 9, label: 'Security' },
  { value: 10, label: 'User Administration' },
]);

export const SUB_ISSUE_TYPE = picklist([
  { value: 201, label: 'Printer / Scanner', parent: 2 },
  { value: 202, label: 'Workstation', parent: 2 },
  { value: 203, label: 'Server', parent: 2 },
  { value: 601, label: 'Line-of-business application', parent: 6 },
  { value: 602, label: 'Operating system', parent: 6 },
  { value: 603, label: 'Backup', parent: 6 },
  { value: 701, label: 'VPN', parent: 7 },
  { value: 702, label: 'Wi-Fi', parent: 7 },
  { value: 703, label: 'Switching / Routing', parent: 7 },
  { value: 801, label: 'Mailbox', parent: 8 },
  { value: 802, label: 'Teams / SharePoint', parent: 8 },
  { value: 901, label: 'Phishing', parent: 9 },
  { value: 902, label: 'Certificates', parent: 9 },
  { value: 1001, label: 'New user', parent: 10 },
  { value: 1002, label: 'Leaver', parent: 10 },
]);

export const TICKET_SOURCE = picklist([
  { value: 4, label: 'Email', isDefault: true },
  { value: 6, label: 'Phone' },
  { value: 2, label: 'Insourced' },
  { value: 8, label: 'Client Portal', system: true },
  { value: 12, label: 'Monitoring Alert', system: true },
  { value: 13, label: 'Walk-in' },
  { value: 14, label: 'Outlook Add-in' },
]);

export const TICKET_TYPE = picklist([
  { value: 1, label: 'Service Request', isDefault: true, system: true },
  { value: 2, label: 'Incident', system: true },
  { value: 3, label: 'Problem', system: true },
  { value: 4, label: 'Change Request', system: true },
  { value: 5, label: 'Alert', system: true },
]);

export const TICKET_CATEGORY = picklist([
  { value: 3, label: 'Standard (default)', isDefault: true, system: true },
  { value: 2, label: 'RMM Alert', system: true },
  { value: 4, label: 'Onboarding' },
]);

export const TICKET_NOTE_TYPE = picklist([
  { value: 1, label: 'Task Summary', isDefault: true, system: true },
  { value: 2, label: 'Task Detail', system: true },
  { value: 3, label: 'Task Notes', system: true },
  { value: 13, label: 'Email Correspondence' },
  { value: 18, label: 'Client Portal Note', system: true },
]);

export const PROJECT_NOTE_TYPE = picklist([
  { value: 1, label: 'Task Summary', system: true },
  { value: 2, label: 'Task Detail', system: true },
  { value: 5, label: 'Project Notes', isDefault: true, system: true },
  { value: 13, label: 'Email Correspondence' },
]);

export const NOTE_PUBLISH = picklist([
  { value: 1, label: 'All Autotask Users', isDefault: true, system: true },
  { value: 2, label: 'Internal Only', system: true },
  { value: 4, label: 'Internal & Co-managed', system: true },
]);

export const ACTION_TYPE = picklist([
  { value: 0, label: 'Opportunity Update', system: true },
  { value: 1, label: 'Phone Call', system: true },
  { value: 2, label: 'Meeting', system: true },
  { value: 3, label: 'Email', system: true },
  { value: 4, label: 'Quick Note', isDefault: true },
  { value: 6, label: 'To-Do', system: true },
  { value: 7, label: 'Site Visit' },
  { value: 8, label: 'Follow Up' },
]);

export const COMPANY_TYPE = picklist([
  { value: 1, label: 'Customer', isDefault: true, system: true },
  { value: 2, label: 'Lead', system: true },
  { value: 3, label: 'Prospect', system: true },
  { value: 4, label: 'Dead', system: true },
  { value: 6, label: 'Cancellation', system: true },
  { value: 7, label: 'Vendor', system: true },
  { value: 8, label: 'Partner', system: true },
]);

export const COMPANY_CLASSIFICATION = picklist([
  { value: 101, label: 'Managed Services' },
  { value: 102, label: 'Break/Fix' },
  { value: 103, label: 'Internal' },
]);

export const PROJECT_TYPE = picklist([
  { value: 2, label: 'Proposal', system: true },
  { value: 3, label: 'Template', system: true },
  { value: 4, label: 'Internal', system: true },
  { value: 5, label: 'Client', isDefault: true, system: true },
  { value: 8, label: 'Baseline', system: true },
]);

export const PROJECT_STATUS = picklist([
  { value: 1, label: 'New', isDefault: true, system: true },
  { value: 4, label: 'In Progress' },
  { value: 6, label: 'On Hold' },
  { value: 5, label: 'Complete', system: true },
]);

export const TASK_STATUS = picklist([
  { value: 1, label: 'New', isDefault: true, system: true },
  { value: 4, label: 'In Progress' },
  { value: 7, label: 'Waiting Customer' },
  { value: 5, label: 'Complete', system: true },
]);

export const TASK_TYPE = picklist([
  { value: 1, label: 'FixedWork', isDefault: true, system: true },
  { value: 2, label: 'FixedDuration', system: true },
]);

export const SERVICE_CALL_STATUS = picklist([
  { value: 1, label: 'New', isDefault: true, system: true },
  { value: 2, label: 'Scheduled' },
  { value: 3, label: 'Dispatched' },
  { value: 4, label: 'Complete', system: true },
  { value: 5, label: 'Cancelled' },
]);

export const ATTACHMENT_TYPE = picklist([
  { value: 'FILE_ATTACHMENT', label: 'File attachment', isDefault: true, system: true },
]);

export const BILLING_CODE_TYPE = picklist([
  { value: 0, label: 'Normal', system: true },
  { value: 1, label: 'System', system: true },
  { value: 2, label: 'Non-Billable', system: true },
]);

export const BILLING_CODE_USE_TYPE = picklist([
  { value: 1, label: 'Work Type', system: true },
  { value: 2, label: 'Material', system: true },
]);

export const RESOURCE_TYPE = picklist([
  { value: 1, label: 'Employee', isDefault: true, system: true },
  { value: 2, label: 'Contractor', system: true },
  { value: 3, label: 'Temporary', system: true },
]);

export const LICENSE_TYPE = picklist([
  { value: 1, label: 'Full', system: true },
  { value: 7, label: 'Co-managed Help Desk', system: true },
  { value: 8, label: 'API User', system: true },
]);

export const TIME_ENTRY_TYPE = picklist([
  { value: 1, label: 'General', system: true },
  { value: 2, label: 'Ticket', system: true },
  { value: 6, label: 'Task', system: true },
]);

/** Contracts: Autotask's system contract types (the ids are Autotask's own). */
export const CONTRACT_TYPE = picklist([
  { value: 1, label: 'Time and Materials', system: true },
  { value: 3, label: 'Fixed Price', system: true },
  { value: 4, label: 'Block Hours', system: true },
  { value: 6, label: 'Retainer', system: true },
  { value: 7, label: 'Recurring Service', isDefault: true, system: true },
  { value: 8, label: 'Per Ticket', system: true },
]);

export const CONTRACT_STATUS = picklist([
  { value: 1, label: 'Active', isDefault: true, system: true },
  { value: 0, label: 'Inactive', system: true },
]);

/** Tenant-defined (Admin > Contracts > Contract Categories). */
export const CONTRACT_CATEGORY = picklist([
  { value: 1, label: 'Managed Services', isDefault: true },
  { value: 2, label: 'Projects' },
  { value: 3, label: 'Break/Fix' },
]);
