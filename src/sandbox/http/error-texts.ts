/**
 * Every error text the sandbox sends, in one place, with where it comes from. A text is either
 * **verbatim** (seen in a source of the reference, tag in brackets), **partly verbatim** (the
 * source shows only part of it; the rest is completed) or **invented** (no public source shows the
 * text; the sandbox had to write one). A verbatim entry's example uses the source's own arguments
 * where it has any. docs/sandbox.md lists every entry of ERROR_TEXT_SOURCES
 * and tests/unit/sandbox/error-texts.test.ts keeps the two (and the code) in step: no module may
 * build an error text anywhere else.
 */

export const messages = {
  // Authentication and permissions (reference §1–3)
  zoneNotDetermined: 'Zone information could not be determined',
  integrationCodeInvalid: 'IntegrationCode is invalid.',
  noPermission: 'The logged in Resource does not have the adequate permissions to update this entity type.',
  // Queries (reference §4–5)
  noFilter: 'Value cannot be null.\r\nParameter name: filter',
  unknownField: (field: string, typeName: string) => `Unable to find ${field} in the ${typeName} Entity`,
  notQueryable: (field: string, typeName: string) => `The field ${field} in the ${typeName} Entity cannot be queried.`,
  booleanValue: (field: string) => `Value for field ${field} must be a boolean: true or false.`,
  invalidValue: (field: string, value: unknown) => `Unable to convert value '${String(value)}' for field ${field}.`,
  oneUdf: 'Only one user-defined field can be used in a query filter.',
  maxRecords: 'MaxRecords must be between 1 and 500.',
  badPaging: 'The paging value is invalid.',
  // Writes: metadata-driven validation (reference §9–10)
  required: (field: string) => `Required field is missing (field:${field}). `,
  tooLong: (field: string) => `String value exceeds maximum length (field:${field}). `,
  picklist: (field: string) => `Value does not reference an existing entity for ${field} . `,
  reference: (field: string, type: string) => `Reference value on field: ${field} of type: ${type} does not exist or is invalid.`,
  missingEntity: (typeName: string, id: unknown) => `${typeName} with id ${String(id)} does not exist.`,
  idRequired: 'An id is required in the body for an update.',
  nullBody: 'Value cannot be null.\r\nParameter name: entity',
  unknownUdf: (name: string, typeName: string) => `User-defined field ${name} does not exist for ${typeName}.`,
  // Writes: entity rules
  assignBoth: 'When assigning a Resource, you must assign both a assignedResourceID and assignedResourceRoleID.',
  queueOrResource: 'Data violation: AssignedResourceID, AssignedResourceRoleID, and QueueID cannot all be empty. Supply a QueueID or both a AssignedResourceID and AssignedResourceRoleID.',
  timeEntryNeedsRole: (parent: 'Tickets' | 'Tasks') => `TimeEntries for ${parent} must have a roleID`,
  roleInvalid: 'Role does not exist or is invalid',
  ticketOrTask: 'A time entry can reference a ticket or a task, not both.',
  hoursWorked: 'hoursWorked must be greater than 0 and no more than 24.',
  endBeforeStart: 'endDateTime must be later than startDateTime.',
  duplicateServiceCallTicket: 'The ticket is already attached to this service call.',
  duplicateServiceCallResource: 'The resource is already assigned to this service call ticket.',
  attachmentNotBase64: 'The attachment data is not valid base64.',
  attachmentTooLarge: (max: number, size: number) => `Attachment exceeds the maximum file size of ${max} bytes (size: ${size} bytes).`,
  attachmentWindow: (limit: number, until: Date) =>
    `Attachment upload limit of ${limit} bytes per 5 minutes exceeded. Attachments can be added again after ${until.toISOString()}.`,
  // Body conversion, in Json.NET's words
  conversion: (raw: unknown, netType: string, path: string) => `Error converting value ${JSON.stringify(raw)} to type '${netType}'. Path '${path}'.`,
  notInteger: (raw: unknown, path: string) => `Input string '${String(raw)}' is not a valid integer. Path '${path}'.`,
  notDateTime: (raw: unknown, path: string) => `Could not convert string to DateTime: ${String(raw)}. Path '${path}'.`,
  // Limits (reference §11)
  hourlyThreshold: (count: number, limit: number) =>
    `Request threshold exceeded: this database has made ${count} API requests in the last 60 minutes; the threshold is ${limit}. Try again later.`,
  threadThreshold: (limit: number, endpoint: string) =>
    `Itgenatr005: The request was rejected because the thread threshold of ${limit} threads has been exceeded for this integration code on the ${endpoint} endpoint.`,
  // ASP.NET Web API `{"Message"}` bodies
  methodNotAllowed: (method: string) => `The requested resource does not support http method '${method}'.`,
  noRoute: (url: string) => `No HTTP resource was found that matches the request URI '${url}'.`,
  invalidRequest: 'The request is invalid.',
  unsupportedMediaType: (type: string) => `The request entity's media type '${type}' is not supported for this resource.`,
  authorizationDenied: 'Authorization has been denied for this request.',
  // The sandbox's own
  injectedFault: 'Injected fault.',
  internalError: (message: string) => `Sandbox internal error: ${message}`,
} as const;

export type Origin = 'verbatim' | 'partly verbatim' | 'invented';

export interface ErrorTextSource {
  /** A text exactly as the sandbox sends it (with example arguments). */
  text: string;
  /** HTTP status it is sent with. */
  status: string;
  origin: Origin;
  /** Reference source tag(s) for verbatim texts, e.g. `[APIGRATE README]`. */
  source?: string;
  note?: string;
}

const e = (text: string, status: string, origin: Origin, source?: string, note?: string): ErrorTextSource => ({ text, status, origin, source, note });
const m = messages;

/** At least one example per message; a new message without an entry here does not compile. */
export const ERROR_TEXT_SOURCES: { readonly [K in keyof typeof messages]: readonly ErrorTextSource[] } = {
  zoneNotDetermined: [e(m.zoneNotDetermined, '500', 'verbatim', '[APIGRATE README]')],
  integrationCodeInvalid: [e(m.integrationCodeInvalid, '500', 'verbatim', '[APIGRATE README, test]')],
  noPermission: [e(m.noPermission, '500', 'verbatim', '[DOC-ENT TaskNotes; N8N request.ts]', 'status unconfirmed (reference §3)')],
  noFilter: [e(m.noFilter, '500', 'partly verbatim', '[ANTERIS #15]', 'the source shows `Value cannot be n[ull]…`; the rest is .NET\'s ArgumentNullException wording')],
  unknownField: [e(m.unknownField('projectID', 'TimeEntry'), '500', 'verbatim', '[WYRE PR #282]', 'also for an unknown `IncludeFields` name (unconfirmed)')],
  notQueryable: [e(m.notQueryable('creatorType', 'Ticket'), '500', 'invented', undefined, 'the rule is documented [DOC-ENT], the text is not')],
  booleanValue: [e(m.booleanValue('isActive'), '500', 'invented', undefined, 'the rule is documented [DOC-CALLS], the text is not')],
  invalidValue: [e(m.invalidValue('isActive', 2), '500', 'invented')],
  oneUdf: [e(m.oneUdf, '500', 'invented', undefined, 'the rule is documented [POSTMAN; APIGRATE README], the text is not')],
  maxRecords: [e(m.maxRecords, '500', 'invented', undefined, 'Autotask may clamp instead')],
  badPaging: [e(m.badPaging, '500', 'invented')],
  required: [e(m.required('title'), '500', 'invented', undefined, 'shaped like the verbatim length message')],
  tooLong: [e(m.tooLong('description'), '500', 'verbatim', '[n8n-nodes-autotask #48]')],
  picklist: [e(m.picklist('taskType'), '500', 'verbatim', '[WYRE #46]', 'the source shows it for a missing `taskType`; the sandbox also uses it for an invalid picklist value')],
  reference: [
    e(m.reference('contactID', 'Contact'), '500', 'verbatim', '[N8N inactive-entity-activation.ts]', 'missing or inactive reference'),
    e(m.reference('contractID', 'Contract'), '500', 'verbatim', '[N8N inactive-entity-activation.ts]', 'same template: a missing, inactive or other-company contract on a ticket'),
  ],
  missingEntity: [e(m.missingEntity('Ticket', 999999), '500', 'invented', undefined, 'update or delete of an id that does not exist')],
  idRequired: [e(m.idRequired, '500', 'invented')],
  nullBody: [e(m.nullBody, '500', 'invented', undefined, 'imitates .NET\'s ArgumentNullException like the filter message')],
  unknownUdf: [e(m.unknownUdf('Shoe Size', 'Contact'), '500', 'invented')],
  assignBoth: [e(m.assignBoth, '500', 'verbatim', '[WYRE-P #31]')],
  queueOrResource: [e(m.queueOrResource, '500', 'verbatim', '[opendns #75]', 'SOAP era')],
  timeEntryNeedsRole: [
    e(m.timeEntryNeedsRole('Tickets'), '500', 'verbatim', '[WYRE PR #298]'),
    e(m.timeEntryNeedsRole('Tasks'), '500', 'invented', undefined, 'the task variant of the verbatim ticket text'),
  ],
  roleInvalid: [e(m.roleInvalid, '500', 'verbatim', '[WYRE PR #298]')],
  ticketOrTask: [e(m.ticketOrTask, '500', 'invented')],
  hoursWorked: [e(m.hoursWorked, '500', 'invented', undefined, 'the rule is documented [DOC-SOAP TimeEntry], the text is not')],
  endBeforeStart: [e(m.endBeforeStart, '500', 'invented')],
  duplicateServiceCallTicket: [e(m.duplicateServiceCallTicket, '500', 'invented')],
  duplicateServiceCallResource: [e(m.duplicateServiceCallResource, '500', 'invented')],
  attachmentNotBase64: [e(m.attachmentNotBase64, '500', 'invented')],
  attachmentTooLarge: [e(m.attachmentTooLarge(6_291_456, 7_000_000), '500', 'invented', undefined, 'the limit is documented [DOC-LIM], the text is not')],
  attachmentWindow: [e(m.attachmentWindow(10_000_000, new Date('2026-11-29T10:05:00Z')), '500', 'invented', undefined, 'the limit is documented [DOC-LIM; DOC-ATT], the text is not')],
  conversion: [
    e(m.conversion('high', 'System.Int32', 'priority'), '500', 'invented', undefined, 'Json.NET\'s wording; not seen from Autotask'),
    e(m.conversion({}, 'UserDefinedField[]', 'userDefinedFields'), '500', 'invented', undefined, 'Json.NET\'s wording; not seen from Autotask'),
  ],
  notInteger: [e(m.notInteger(2.5, 'priority'), '500', 'invented', undefined, 'Json.NET\'s wording; not seen from Autotask')],
  notDateTime: [e(m.notDateTime('next week', 'dueDateTime'), '500', 'invented', undefined, 'Json.NET\'s wording; not seen from Autotask')],
  hourlyThreshold: [e(m.hourlyThreshold(10_000, 10_000), '429', 'invented', undefined, 'no raw body is published (reference §11)')],
  threadThreshold: [e(m.threadThreshold(3, 'Tickets'), '429 (configurable)', 'partly verbatim', '[N8N retryHandler.ts]', '`Itgenatr005` and `thread threshold of 3 threads has been exceeded` are what clients match; the sentence around them is invented')],
  methodNotAllowed: [e(m.methodNotAllowed('GET'), '405', 'verbatim', '[ANTERIS #12; WYRE PR #170]', '`{"Message"}` body')],
  noRoute: [e(m.noRoute('http://127.0.0.1:3001/atservicesrest/v1.0/Queues'), '404', 'invented', undefined, 'ASP.NET Web API default (reference §10, unconfirmed); `{"Message"}` body')],
  invalidRequest: [e(m.invalidRequest, '400', 'invented', undefined, 'Web API default; `{"Message"}` body')],
  unsupportedMediaType: [e(m.unsupportedMediaType('text/plain'), '415', 'invented', undefined, 'Web API default; `{"Message"}` body')],
  authorizationDenied: [e(m.authorizationDenied, '401', 'invented', undefined, 'ASP.NET default; Autotask\'s 401 body is not documented')],
  injectedFault: [e(m.injectedFault, 'the fault\'s', 'invented', undefined, 'sandbox only: a `status` fault without a body')],
  internalError: [e(m.internalError('…'), '500', 'invented', undefined, 'sandbox only: a bug in the sandbox')],
};
