/**
 * Named ids of the seeded Harborline IT tenant. Tests, docs and the workbench refer to these;
 * Autotask ids are tenant-specific, so the values only need to be stable and believable.
 */

export const COMPANY = {
  harborline: 0,
  contoso: 174,
  fabrikam: 175,
  woodgrove: 176,
  mueller: 177,
  northwind: 178,
  northwindSeattle: 179,
  tailspin: 180,
  adventureWorks: 181,
  litware: 182,
} as const;

export const RESOURCE = {
  apiUser: 29682885,
  samRivera: 29682886,
  priyaNatarajan: 29682887,
  danOkafor: 29682888,
  oliviaBrandt: 29682889,
  chrisDale: 29682890,
  lenaHart: 29682891,
} as const;

export const ROLE = {
  serviceDeskTechnician: 29683355,
  remoteSupport: 29683356,
  projectManager: 29683357,
  fieldEngineer: 29683358,
  dispatcher: 29683359,
  administrator: 29683360,
  legacyHelpdesk: 29683361,
} as const;

export const QUEUE = {
  clientPortal: 5,
  serviceDesk: 29683354,
  levelTwo: 29683481,
  monitoring: 29683482,
  fieldServices: 29683483,
  projects: 29683484,
} as const;

export const BILLING_CODE = {
  remoteSupport: 29683502,
  onsiteSupport: 29683503,
  projectWork: 29683504,
  internalAdmin: 29683505,
  afterHours: 29683506,
} as const;

export const CONTACT = {
  mariaLopez: 30683001,
  kevinZhao: 30683002,
  tomBecker: 30683003,
  anaSouza: 30683004,
  jennaPark: 30683005,
  marcusReed: 30683006,
  joergMueller: 30683007,
  priyankaShah: 30683008,
  luisOrtega: 30683009,
  ryanCole: 30683010,
  emmaNovak: 30683011,
  paulGrant: 30683012,
  litwareSupport: 30683013,
} as const;

export const TICKET = {
  fabrikamVpn: 8101, // T20261128.0001
  contosoPrinter: 8102,
  woodgroveOnboarding: 8103,
  muellerPos: 8104,
  contosoBackup: 8105,
  northwindMailbox: 8106,
  harborlineCertificate: 8107,
  fabrikamSwitch: 8108,
  woodgroveScanner: 8109,
  contosoXray: 8110,
} as const;

export const PROJECT = { contosoM365: 501, fabrikamWifi: 502, woodgroveBaseline: 503 } as const;

export const TASK = {
  contosoTenant: 7001,
  contosoMailboxes: 7002,
  contosoTraining: 7003,
  fabrikamSurvey: 7004,
  fabrikamOrderAps: 7005,
  woodgrovePatching: 7006,
} as const;

export const SERVICE_CALL = { muellerOnsite: 701, fabrikamRemote: 702 } as const;

/** One default, active contract per active customer; Contoso's 2025 contract has expired (inactive); Fabrikam also has block hours (not default). */
export const CONTRACT = {
  contosoManaged: 29684301,
  contosoManaged2025: 29684302,
  fabrikamManaged: 29684303,
  fabrikamBlockHours: 29684304,
  woodgroveManaged: 29684305,
  muellerBreakFix: 29684306,
  northwindManaged: 29684307,
  northwindSeattleManaged: 29684308,
} as const;

/** Security levels are not exposed by the REST API; the sandbox keeps them on resources internally. */
export const SECURITY_LEVEL = {
  administrator: 1,
  serviceDesk: 2,
  projectManager: 3,
  fieldTechnician: 4,
  contractorNoImpersonation: 5,
  apiOnly: 6,
} as const;

export interface SecurityLevel {
  name: string;
  allowImpersonation: boolean;
  apiOnly: boolean;
}

export const SECURITY_LEVELS: Record<number, SecurityLevel> = {
  1: { name: 'Administrator', allowImpersonation: true, apiOnly: false },
  2: { name: 'Service Desk (Dispatcher)', allowImpersonation: true, apiOnly: false },
  3: { name: 'Project Manager', allowImpersonation: true, apiOnly: false },
  4: { name: 'Field Technician', allowImpersonation: true, apiOnly: false },
  5: { name: 'Contractor (impersonation not allowed)', allowImpersonation: false, apiOnly: false },
  6: { name: 'API User (system) (API-only)', allowImpersonation: false, apiOnly: true },
};

/** The one API user the sandbox accepts (header auth, reference §2). */
export const API_CREDENTIALS = {
  username: 'sandbox-api@harborline-it.com',
  secret: 'Harborline-Sandbox-Secret-2026',
  integrationCode: 'HARBORLINESANDBOXINTEGRATN1',
} as const;

/** A second tracking identifier, to show that thread limits are per integration code. */
export const SECOND_INTEGRATION_CODE = 'HARBORLINEREPORTINGTOOLS002';

/** First id handed out for new records of each entity (ids never go backwards, even after a reset). */
export const ID_BASES: Record<string, number> = {
  Companies: 200,
  Contacts: 30684001,
  Resources: 29682900,
  Roles: 29683400,
  ResourceRoles: 40200,
  BillingCodes: 29683600,
  Tickets: 8201,
  TicketNotes: 30777701,
  TicketAttachments: 30890001,
  CompanyNotes: 30512001,
  CompanyToDos: 30513001,
  Projects: 601,
  Tasks: 7101,
  ProjectNotes: 30611001,
  TaskNotes: 30612001,
  TimeEntries: 1301,
  Appointments: 9301,
  ServiceCalls: 701,
  ServiceCallTickets: 801,
  ServiceCallTicketResources: 901,
  Contracts: 29684400,
};
