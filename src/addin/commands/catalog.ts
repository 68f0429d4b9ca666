/**
 * The Autotask command catalogue: every ribbon command, its exact label (as in the
 * product we replace), what it does, and where it lives on each Outlook surface.
 *
 * One source for the manifest generator (scripts/manifest), the task-pane routes,
 * the commands bundle (function names given to Office.actions.associate) and the
 * manifest checks. Pure data: no Office, no DOM.
 */

export type IconName =
  | 'autotask' | 'home' | 'options' | 'about'
  | 'calendar-get' | 'calendar-send' | 'contacts-get' | 'contacts-send'
  | 'ticket' | 'company-note' | 'contact-note' | 'ticket-note' | 'project-note' | 'task-note'
  | 'appointment' | 'todo' | 'contact' | 'ticket-time' | 'service-call' | 'project-time'
  | 'create-from-email' | 'add-to-autotask' | 'more';

/** Function names registered by the commands bundle; the manifest uses the same constants. */
export const FUNCTION_NAMES = {
  openHome: 'openAutotaskHome',
  showAbout: 'showAbout',
} as const;
export type FunctionName = (typeof FUNCTION_NAMES)[keyof typeof FUNCTION_NAMES];

export type CommandAction =
  | { kind: 'taskpane'; route: RouteId }
  | { kind: 'function'; functionName: FunctionName };

export type RouteId =
  | 'options'
  | 'get-calendar' | 'send-calendar' | 'get-contacts' | 'send-contacts'
  | 'create-ticket' | 'create-company-note' | 'create-contact-note'
  | 'create-ticket-note' | 'create-project-note' | 'create-task-note'
  | 'add-ticket' | 'add-company-note' | 'add-contact-note' | 'add-appointment' | 'add-todo'
  | 'add-contact' | 'add-ticket-time' | 'add-ticket-note' | 'add-service-call'
  | 'add-project-time' | 'add-project-note' | 'add-task-note';

export interface CommandDef {
  /** Stable key, also the suffix of control ids. */
  id: string;
  /** Exact ribbon label. */
  label: string;
  /** Supertip title (≤ 125 chars). */
  title: string;
  /** Supertip description (≤ 250 chars). */
  description: string;
  icon: IconName;
  action: CommandAction;
  /** The menu this command belongs to in the product we replace. */
  menu: 'autotask' | 'more' | 'create' | 'add';
}

const pane = (route: RouteId): CommandAction => ({ kind: 'taskpane', route });
const fn = (functionName: FunctionName): CommandAction => ({ kind: 'function', functionName });

export const COMMANDS = [
  // Autotask
  { id: 'home', label: 'Home', title: 'Autotask Home', description: 'Open Autotask in your browser.', icon: 'home', action: fn(FUNCTION_NAMES.openHome), menu: 'autotask' },
  { id: 'options', label: 'Options', title: 'Autotask Options', description: 'Sign-in, calendar and contact settings for Autotask.', icon: 'options', action: pane('options'), menu: 'autotask' },
  { id: 'about', label: 'About', title: 'About Autotask for Outlook', description: 'Show the version, build and copyright of this add-in.', icon: 'about', action: fn(FUNCTION_NAMES.showAbout), menu: 'autotask' },
  // More (sync)
  { id: 'getCalendar', label: 'Get Calendar Items', title: 'Get Calendar Items', description: 'Bring your Autotask appointments, to-dos and service calls into your Outlook calendar.', icon: 'calendar-get', action: pane('get-calendar'), menu: 'more' },
  { id: 'sendCalendar', label: 'Send Calendar Items', title: 'Send Calendar Items', description: 'Send chosen Outlook events to Autotask as appointments.', icon: 'calendar-send', action: pane('send-calendar'), menu: 'more' },
  { id: 'getContacts', label: 'Get Contacts', title: 'Get Contacts', description: 'Bring your Autotask contacts into an Autotask folder in Outlook.', icon: 'contacts-get', action: pane('get-contacts'), menu: 'more' },
  { id: 'sendContacts', label: 'Send Contacts', title: 'Send Contacts', description: 'Send chosen Outlook contacts to Autotask.', icon: 'contacts-send', action: pane('send-contacts'), menu: 'more' },
  // Create from email
  { id: 'createTicket', label: 'Ticket', title: 'Create Ticket from email', description: 'Create an Autotask ticket from this message: company, contact, title, description and attachments filled in.', icon: 'ticket', action: pane('create-ticket'), menu: 'create' },
  { id: 'createCompanyNote', label: 'Company Note', title: 'Create Company Note from email', description: 'Save this message as a note on the sender\'s company.', icon: 'company-note', action: pane('create-company-note'), menu: 'create' },
  { id: 'createContactNote', label: 'Contact Note', title: 'Create Contact Note from email', description: 'Save this message as a note on the sender\'s contact.', icon: 'contact-note', action: pane('create-contact-note'), menu: 'create' },
  { id: 'createTicketNote', label: 'Ticket Note', title: 'Create Ticket Note from email', description: 'Add this message to an existing ticket as a note, with its attachments.', icon: 'ticket-note', action: pane('create-ticket-note'), menu: 'create' },
  { id: 'createProjectNote', label: 'Project Note', title: 'Create Project Note from email', description: 'Add this message to a project as a note.', icon: 'project-note', action: pane('create-project-note'), menu: 'create' },
  { id: 'createTaskNote', label: 'Task Note', title: 'Create Task Note from email', description: 'Add this message to a project task as a note.', icon: 'task-note', action: pane('create-task-note'), menu: 'create' },
  // Add to Autotask
  { id: 'addTicket', label: 'Ticket', title: 'Add Ticket to Autotask', description: 'Create a new Autotask ticket.', icon: 'ticket', action: pane('add-ticket'), menu: 'add' },
  { id: 'addCompanyNote', label: 'Company Note', title: 'Add Company Note to Autotask', description: 'Record a note on a company.', icon: 'company-note', action: pane('add-company-note'), menu: 'add' },
  { id: 'addContactNote', label: 'Contact Note', title: 'Add Contact Note to Autotask', description: 'Record a note on a contact.', icon: 'contact-note', action: pane('add-contact-note'), menu: 'add' },
  { id: 'addAppointment', label: 'Appointment', title: 'Add Appointment to Autotask', description: 'Create an appointment in your Autotask calendar.', icon: 'appointment', action: pane('add-appointment'), menu: 'add' },
  { id: 'addToDo', label: 'To-Do', title: 'Add To-Do to Autotask', description: 'Create a CRM to-do for a company.', icon: 'todo', action: pane('add-todo'), menu: 'add' },
  { id: 'addContact', label: 'Contact', title: 'Add Contact to Autotask', description: 'Create an Autotask contact, checked for duplicates by email.', icon: 'contact', action: pane('add-contact'), menu: 'add' },
  { id: 'addTicketTime', label: 'Ticket Time', title: 'Add Ticket Time to Autotask', description: 'Enter time worked on a ticket, or run a timer.', icon: 'ticket-time', action: pane('add-ticket-time'), menu: 'add' },
  { id: 'addTicketNote', label: 'Ticket Note', title: 'Add Ticket Note to Autotask', description: 'Add a note to a ticket.', icon: 'ticket-note', action: pane('add-ticket-note'), menu: 'add' },
  { id: 'addServiceCall', label: 'Service Call', title: 'Add Service Call to Autotask', description: 'Schedule a service call with its tickets and resources.', icon: 'service-call', action: pane('add-service-call'), menu: 'add' },
  { id: 'addProjectTime', label: 'Project Time', title: 'Add Project Time to Autotask', description: 'Enter time worked on a project task.', icon: 'project-time', action: pane('add-project-time'), menu: 'add' },
  { id: 'addProjectNote', label: 'Project Note', title: 'Add Project Note to Autotask', description: 'Add a note to a project.', icon: 'project-note', action: pane('add-project-note'), menu: 'add' },
  { id: 'addTaskNote', label: 'Task Note', title: 'Add Task Note to Autotask', description: 'Add a note to a project task.', icon: 'task-note', action: pane('add-task-note'), menu: 'add' },
] as const satisfies readonly CommandDef[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export function commandById(id: string): CommandDef | undefined {
  return COMMANDS.find((c) => c.id === id);
}

export function commandByRoute(route: string): CommandDef | undefined {
  return COMMANDS.find((c) => c.action.kind === 'taskpane' && c.action.route === route);
}

/** The pane URL path for a route, relative to the add-in origin. */
export function routePath(route: RouteId): string {
  return `taskpane.html?route=${route}`;
}
