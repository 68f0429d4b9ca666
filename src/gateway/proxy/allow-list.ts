/**
 * THE allow-list of the Autotask proxy: every method and path the add-in may send, nothing else.
 * One row per Autotask entity the product touches. Every row gets the reads (get by id, query,
 * count and next page in their GET and POST forms, entityInformation with fields and
 * userDefinedFields); writes are listed one by one with the command that needs them.
 * `impersonation` says whether Autotask supports `ImpersonationResourceId` for the entity
 * (reference §3); for the others no header is sent. Add a row or a write here, and to the proxy
 * section of docs/gateway-api.md, when a command needs it: nowhere else.
 *
 * Not listed on purpose: any DELETE but the service-call set's (Add Service Call's "Remove it" of a
 * set it made only in part), PUT (replace: omitted fields become null), POST /Resources,
 * PATCH /Companies, ThresholdInformation, zoneInformation, child-list GETs
 * (`/Tickets/{id}/Notes`: the client filters children on the root query), attachment downloads,
 * `query/prev` (the client never walks back; `prevPageUrl` is still rewritten, see response.ts).
 */

export type ProxyMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface WriteRule {
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to `/api/autotask/v1.0/`, canonical casing; `{id}` is a numeric id. */
  path: string;
  /** Which commands send it (for reviewers). */
  usedBy: string;
  /** `attachments`: the larger body limit (base64 of a ~6 MB file). */
  bodyLimit?: 'attachments';
}

/**
 * Who may write, where Autotask cannot impersonate (so its own checks would run as the API user):
 * `resourceID`: the body's resourceID is the session's (an update reads the record first);
 * `serviceCallCreator`: the service call the row hangs under was created by the session's resource.
 */
export type Ownership = 'resourceID' | 'serviceCallCreator';

export interface EntityRule {
  /** Autotask entity: limiter bucket, audit entity, impersonation key (`TicketNotes`). */
  entity: string;
  /** Autotask supports `ImpersonationResourceId` on this entity (reference §3). */
  impersonation: boolean;
  /**
   * Writes are allowed only on the signed-in user's own records: the body's `resourceID` must be
   * theirs, and an update first reads the record to check it. For entities Autotask cannot
   * impersonate, where its own permission checks would run as the API user.
   */
  ownedBy?: Ownership;
  writes: readonly WriteRule[];
}

const post = (path: string, usedBy: string, bodyLimit?: 'attachments'): WriteRule => ({ method: 'POST', path, usedBy, ...(bodyLimit ? { bodyLimit } : {}) });
const patch = (path: string, usedBy: string): WriteRule => ({ method: 'PATCH', path, usedBy });
const del = (path: string, usedBy: string): WriteRule => ({ method: 'DELETE', path, usedBy });
const REMOVE_PARTIAL = 'addServiceCall: "Remove it" of a set saved in part (reverse order)';

export const ALLOW_LIST: readonly EntityRule[] = [
  { entity: 'Tickets', impersonation: true, writes: [post('Tickets', 'createTicket, addTicket'), patch('Tickets', 'status change from addTicketTime, createTicketNote')] },
  { entity: 'TicketNotes', impersonation: true, writes: [post('Tickets/{id}/Notes', 'createTicketNote, addTicketNote')] },
  { entity: 'TicketAttachments', impersonation: true, writes: [post('Tickets/{id}/Attachments', 'email attachments: createTicket, createTicketNote', 'attachments')] },
  { entity: 'TimeEntries', impersonation: true, writes: [post('TimeEntries', 'addTicketTime, addProjectTime')] },
  { entity: 'Appointments', impersonation: false, ownedBy: 'resourceID', writes: [post('Appointments', 'addAppointment, sendCalendar'), patch('Appointments', 'sendCalendar (an event sent again)')] },
  { entity: 'CompanyToDos', impersonation: true, writes: [post('Companies/{id}/ToDos', 'addToDo')] },
  { entity: 'Contacts', impersonation: true, writes: [post('Companies/{id}/Contacts', 'addContact, sendContacts'), patch('Companies/{id}/Contacts', 'sendContacts (a matched contact)')] },
  { entity: 'CompanyNotes', impersonation: true, writes: [post('Companies/{id}/Notes', 'createCompanyNote, addCompanyNote, createContactNote, addContactNote')] },
  { entity: 'Companies', impersonation: true, writes: [] },
  { entity: 'Contracts', impersonation: false, writes: [] }, // read: a new ticket's default contract
  { entity: 'Resources', impersonation: false, writes: [] },
  { entity: 'ResourceRoles', impersonation: false, writes: [] },
  { entity: 'Roles', impersonation: false, writes: [] },
  { entity: 'BillingCodes', impersonation: false, writes: [] },
  { entity: 'Projects', impersonation: true, writes: [] },
  { entity: 'ProjectNotes', impersonation: true, writes: [post('Projects/{id}/Notes', 'createProjectNote, addProjectNote')] },
  { entity: 'Tasks', impersonation: false, writes: [] },
  { entity: 'TaskNotes', impersonation: true, writes: [post('Tasks/{id}/Notes', 'createTaskNote, addTaskNote')] },
  { entity: 'ServiceCalls', impersonation: true, writes: [post('ServiceCalls', 'addServiceCall'), del('ServiceCalls/{id}', REMOVE_PARTIAL)] },
  { entity: 'ServiceCallTickets', impersonation: false, ownedBy: 'serviceCallCreator', writes: [post('ServiceCalls/{id}/Tickets', 'addServiceCall'), del('ServiceCalls/{id}/Tickets/{id}', REMOVE_PARTIAL)] },
  {
    entity: 'ServiceCallTicketResources', impersonation: false, ownedBy: 'serviceCallCreator',
    writes: [post('ServiceCallTickets/{id}/Resources', 'addServiceCall'), del('ServiceCallTickets/{id}/Resources/{id}', REMOVE_PARTIAL)],
  },
];

/** Query-string parameters a route accepts (`paging` is then required). */
export type QueryParam = 'search' | 'paging';

/** One concrete (method, path pattern) the proxy forwards: the expansion of ALLOW_LIST. */
export interface ProxyRoute {
  method: ProxyMethod;
  /** e.g. `Tickets/{id}/Notes`, `Contacts/query/next`. */
  pattern: string;
  entity: string;
  /** `read`: GET and the query/count/next POSTs; `write`: everything audited. */
  kind: 'read' | 'write';
  impersonation: boolean;
  params: readonly QueryParam[];
  bodyLimit: 'default' | 'attachments';
  ownedBy?: Ownership;
}

function readRoutes(rule: EntityRule): ProxyRoute[] {
  const e = rule.entity;
  const r = (method: ProxyMethod, pattern: string, params: QueryParam[] = []): ProxyRoute =>
    ({ method, pattern, entity: e, kind: 'read', impersonation: rule.impersonation, params, bodyLimit: 'default' });
  return [
    r('GET', `${e}/{id}`),
    r('GET', `${e}/query`, ['search']),
    r('POST', `${e}/query`),
    r('GET', `${e}/query/count`, ['search']),
    r('POST', `${e}/query/count`),
    r('GET', `${e}/query/next`, ['paging', 'search']),
    r('POST', `${e}/query/next`, ['paging']),
    r('GET', `${e}/entityInformation`),
    r('GET', `${e}/entityInformation/fields`),
    r('GET', `${e}/entityInformation/userDefinedFields`),
  ];
}

export const ROUTES: readonly ProxyRoute[] = ALLOW_LIST.flatMap((rule) => [
  ...readRoutes(rule),
  ...rule.writes.map((w): ProxyRoute => ({
    method: w.method, pattern: w.path, entity: rule.entity, kind: 'write', impersonation: rule.impersonation, params: [],
    bodyLimit: w.bodyLimit ?? 'default', ...(rule.ownedBy ? { ownedBy: rule.ownedBy } : {}),
  })),
]);

/** Methods a preflight may announce: the ones some route uses. */
export const ALLOWED_METHODS: readonly ProxyMethod[] = [...new Set(ROUTES.map((r) => r.method))];
