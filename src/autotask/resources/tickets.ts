/** Tickets: CUD on `/Tickets` (PATCH supported), no delete. Create needs `queueID` or resource + role. */
import type { z } from 'zod';
import type { Core } from '../core';
import { readOps, rootWriteOps } from '../resource';
import { bool, dateTime, entitySchema, int, num, str, type CreateOf } from './fields';

export const TicketSchema = entitySchema({
  ticketNumber: str,
  title: str,
  description: str,
  status: int,
  priority: int,
  companyID: int,
  companyLocationID: int,
  contactID: int,
  queueID: int,
  issueType: int,
  subIssueType: int,
  source: int,
  ticketType: int,
  ticketCategory: int,
  assignedResourceID: int,
  assignedResourceRoleID: int,
  billingCodeID: int,
  contractID: int,
  contractServiceID: int,
  contractServiceBundleID: int,
  projectID: int,
  opportunityID: int,
  configurationItemID: int,
  problemTicketId: int,
  apiVendorID: int,
  creatorResourceID: int,
  creatorType: int,
  createdByContactID: int,
  completedByResourceID: int,
  impersonatorCreatorResourceID: int,
  lastActivityResourceID: int,
  lastActivityPersonType: int,
  firstResponseAssignedResourceID: int,
  firstResponseInitiatingResourceID: int,
  serviceLevelAgreementID: int,
  monitorID: int,
  monitorTypeID: int,
  rmmAlertID: int,
  organizationalLevelAssociationID: int,
  createDate: dateTime,
  dueDateTime: dateTime,
  completedDate: dateTime,
  lastActivityDate: dateTime,
  firstResponseDateTime: dateTime,
  firstResponseDueDateTime: dateTime,
  resolutionPlanDateTime: dateTime,
  resolutionPlanDueDateTime: dateTime,
  resolvedDateTime: dateTime,
  resolvedDueDateTime: dateTime,
  lastCustomerNotificationDateTime: dateTime,
  lastCustomerVisibleActivityDateTime: dateTime,
  lastTrackedModificationDateTime: dateTime,
  estimatedHours: num,
  hoursToBeScheduled: num,
  externalID: str,
  purchaseOrderNumber: str,
  resolution: str,
  changeInfoField1: str,
  changeInfoField2: str,
  changeInfoField3: str,
  changeInfoField4: str,
  changeInfoField5: str,
  isAssignedToComanaged: bool,
  isVisibleToComanaged: bool,
});
export type Ticket = z.infer<typeof TicketSchema>;
/** `companyID`, `title`, `status`, `priority` required; plus `queueID` or `assignedResourceID` + `assignedResourceRoleID`. */
export type TicketCreate = CreateOf<Ticket, 'companyID' | 'title' | 'status' | 'priority'>;

export const TICKETS = { name: 'Tickets', schema: TicketSchema };

export function ticketsResource(core: Core) {
  return { ...readOps(core, TICKETS), ...rootWriteOps<typeof TicketSchema, TicketCreate>(core, TICKETS) };
}
