/**
 * Public surface of the Autotask REST client (isomorphic: Node direct mode, browser gateway mode).
 * Explicit exports only; see docs/autotask-client.md.
 */
export { createAutotaskClient } from './client';
export type { AutotaskClient, AutotaskClientOptions, AutotaskCredentials, DirectClientOptions, GatewayClientOptions, ThresholdInformation } from './client';
export {
  AutotaskError, AutotaskAuthenticationError, AutotaskPermissionError, AutotaskNotFoundError, AutotaskValidationError,
  AutotaskMethodNotAllowedError, AutotaskRateLimitedError, AutotaskThreadLimitedError, AutotaskServerError,
  AutotaskConnectionError, AutotaskResponseShapeError, AutotaskForeignOriginError, AutotaskInvalidQueryError,
  AutotaskAttachmentTooLargeError, AutotaskAttachmentBudgetError, createAutotaskError,
} from './errors';
export type { AutotaskErrorCode } from './errors';
export type { AutotaskLogEvent, LoggedError } from './core';
export { attachmentAllowance, base64DecodedSize, AttachmentBudget, DEFAULT_ATTACHMENT_LIMITS } from './attachment-limits';
export type { AttachmentLimits, AttachmentUpload, AllowanceFile, AllowanceItem, AllowanceStatus, AttachmentAllowance } from './attachment-limits';
export { where, buildQuery, CONDITION_OPERATORS, GROUP_OPERATORS } from './query';
export type { Filter, FilterGroup, Condition, QueryInput, QueryBody, ConditionOperator, GroupOperator, FilterValue } from './query';
export type { QueryIterable, Page, PageDetails, CollectOptions, QueryForm } from './paging';
export type { CallOptions, QueryOptions, PartialRecord, CreateBody, PatchBody } from './resource';
export { shouldRetry, backoffDelay, DEFAULT_RETRY } from './retry';
export type { RetryOptions, RequestKind, RetryDecision } from './retry';
export { Picklist, toRecordValue, toMetadataValue } from './picklists';
export type { PicklistEntry, PicklistValue } from './picklists';
export { EntityFields } from './metadata';
export type { EntityInfo, FieldInfo, UdfInfo, MetadataApi } from './metadata';
export { DEFAULT_DISCOVERY_URL } from './zone';
export { directOptionsFromEnv, AUTOTASK_ENV_VARS } from './env';
export type { ZoneInfo, ZoneCache } from './zone';
export { REDACTED } from './redact';
export type { RedactedRequest } from './redact';
export type { Transport, HttpRequest, HttpResponse } from './transport';
export type { Send, SendRequest, SendResponse } from './send';
export { UserDefinedFieldSchema } from './resources/fields';
export type { UserDefinedField } from './resources/fields';
export { TicketSchema } from './resources/tickets';
export type { Ticket, TicketCreate } from './resources/tickets';
export { TicketNoteSchema } from './resources/ticket-notes';
export type { TicketNote, TicketNoteCreate } from './resources/ticket-notes';
export { TicketAttachmentSchema } from './resources/ticket-attachments';
export type { TicketAttachment, TicketAttachmentCreate } from './resources/ticket-attachments';
export { CompanyNoteSchema } from './resources/company-notes';
export type { CompanyNote, CompanyNoteCreate } from './resources/company-notes';
export { ProjectNoteSchema } from './resources/project-notes';
export type { ProjectNote, ProjectNoteCreate } from './resources/project-notes';
export { TaskNoteSchema } from './resources/task-notes';
export type { TaskNote, TaskNoteCreate } from './resources/task-notes';
export { TimeEntrySchema } from './resources/time-entries';
export type { TimeEntry, TimeEntryCreate } from './resources/time-entries';
export { AppointmentSchema } from './resources/appointments';
export type { Appointment, AppointmentCreate } from './resources/appointments';
export { CompanyToDoSchema } from './resources/company-todos';
export type { CompanyToDo, CompanyToDoCreate } from './resources/company-todos';
export { ContactSchema } from './resources/contacts';
export type { Contact, ContactCreate } from './resources/contacts';
export { ContractSchema, DEFAULT_CONTRACT_FIELDS, CONTRACT_ACTIVE } from './resources/contracts';
export type { Contract, DefaultContract } from './resources/contracts';
export { CompanySchema } from './resources/companies';
export type { Company, CompanyCreate } from './resources/companies';
export { ResourceSchema } from './resources/resources';
export type { Resource } from './resources/resources';
export { ResourceRoleSchema } from './resources/resource-roles';
export type { ResourceRole } from './resources/resource-roles';
export { RoleSchema } from './resources/roles';
export type { Role, RoleCreate } from './resources/roles';
export { BillingCodeSchema } from './resources/billing-codes';
export type { BillingCode } from './resources/billing-codes';
export { ProjectSchema } from './resources/projects';
export type { Project, ProjectCreate } from './resources/projects';
export { TaskSchema } from './resources/tasks';
export type { Task, TaskCreate } from './resources/tasks';
export { ServiceCallSchema } from './resources/service-calls';
export type { ServiceCall, ServiceCallCreate } from './resources/service-calls';
export { ServiceCallTicketSchema } from './resources/service-call-tickets';
export type { ServiceCallTicket, ServiceCallTicketCreate } from './resources/service-call-tickets';
export { ServiceCallTicketResourceSchema } from './resources/service-call-ticket-resources';
export type { ServiceCallTicketResource, ServiceCallTicketResourceCreate } from './resources/service-call-ticket-resources';
