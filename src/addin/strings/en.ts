/**
 * English strings for the task pane and the ribbon functions: every user-facing sentence lives here.
 * Command labels and titles are not repeated: they come from the catalogue (commands/catalog.ts).
 * Placeholders are written `{name}` and filled by `t(key, { name })`.
 * To add a language, add `xx.ts` exporting a `StringTable` and register it in ./index.ts.
 */
export const en = {
  'app.name': 'Autotask for Outlook',
  'app.loading': 'Loading Autotask for Outlook…',

  // Start-up failures (before the pane can render a route).
  'startup.error.title': 'Autotask for Outlook could not start',
  'startup.error.notLoaded': 'Office did not load in this window. Open the pane from the Autotask menu in Outlook, not directly in a browser.',
  'startup.error.timeout': 'Office took too long to respond. Reload the pane; if it keeps happening, close it and open it again from the Autotask menu.',
  'startup.error.other': 'Something went wrong while starting the pane: {detail}',

  // Shell.
  'pane.main.label': 'Autotask command',
  'pane.route.loading': 'Loading {title}…',
  'pane.reload': 'Reload pane',

  // Unknown or missing route.
  'route.unknown.title': 'This pane does not know what to show',
  'route.unknown.body': 'The pane was opened without a known Autotask command{route}. Close this pane and choose a command from the Autotask menu on the ribbon (Create from email, Add to Autotask or More).',
  'route.unknown.named': ' ("{route}")',

  // Error boundary.
  'route.error.title': '{title} could not be shown',
  'route.error.body': 'Something went wrong: {detail}. Reload the pane to try again. If it keeps happening, close the pane and open it again from the Autotask menu.',
  'route.error.noItem': 'the message is no longer available',
  'route.error.office': 'Outlook could not provide the data this view needs ({code})',
  'route.error.unknown': 'an unexpected error occurred',

  // Status shared by every route until its feature lands.
  'route.status.title': 'Not available yet',
  'route.status.body': 'This version shows what the command will use. It does not save anything to Autotask yet.',
  'route.section.does': 'What this command does',
  'route.section.uses': 'What it will use',

  // Context: the selected message.
  'context.message.subject': 'Subject',
  'context.message.from': 'From',
  'context.message.attachments': 'Attachments',
  'context.message.noSubject': '(no subject)',
  'context.message.unknownSender': 'Unknown sender',
  'context.message.attachmentCount.one': '1 attachment',
  'context.message.attachmentCount.other': '{count} attachments',
  'context.message.noAttachments': 'None',
  'context.message.loading': 'Reading the selected message…',
  'context.message.none.title': 'Select a message first',
  'context.message.none.body': 'No message is selected. Select one message in Outlook; this pane updates when you do (or choose the command again).',

  // Context: the mailbox (sync and options).
  'context.mailbox.account': 'Outlook mailbox',
  'context.mailbox.loading': 'Reading your mailbox details…',
  'context.mailbox.unknown': 'Not reported by Outlook',

  // Context: commands that start from scratch.
  'context.standalone': 'This command does not need a selected message: you fill in the details yourself.',

  // What each pane route will do.
  'route.options.description': 'Set up the add-in: sign in to Autotask, and choose what calendar and contact sync brings across and where it puts it.',
  'route.get-calendar.description': 'Bring your Autotask appointments, to-dos and service calls into your Outlook calendar for the dates you choose.',
  'route.send-calendar.description': 'Send Outlook events you choose to Autotask as appointments.',
  'route.get-contacts.description': 'Bring your Autotask contacts into an Autotask contacts folder in Outlook.',
  'route.send-contacts.description': 'Send Outlook contacts you choose to Autotask, checked for duplicates by email address.',
  'route.create-ticket.description': 'Create an Autotask ticket from this message: company and contact from the sender, title from the subject, description from the body, and the attachments you choose.',
  'route.create-company-note.description': 'Save this message as a note on the sender\'s company: company from the sender, title from the subject, text from the body.',
  'route.create-contact-note.description': 'Save this message as a note on the sender\'s contact: contact from the sender, title from the subject, text from the body.',
  'route.create-ticket-note.description': 'Add this message as a note to a ticket you choose: title from the subject, text from the body, and the attachments you choose.',
  'route.create-project-note.description': 'Add this message as a note to a project you choose: title from the subject, text from the body.',
  'route.create-task-note.description': 'Add this message as a note to a project task you choose: title from the subject, text from the body.',
  'route.add-ticket.description': 'Create a new Autotask ticket: you choose the company and contact and write the title and description.',
  'route.add-company-note.description': 'Record a note on an Autotask company you choose.',
  'route.add-contact-note.description': 'Record a note on an Autotask contact you choose.',
  'route.add-appointment.description': 'Create an appointment in your Autotask calendar.',
  'route.add-todo.description': 'Create a CRM to-do for an Autotask company you choose.',
  'route.add-contact.description': 'Create an Autotask contact for a company you choose, checked for duplicates by email address.',
  'route.add-ticket-time.description': 'Enter time worked on a ticket you choose, or run a timer while you work.',
  'route.add-ticket-note.description': 'Add a note to a ticket you choose.',
  'route.add-service-call.description': 'Schedule a service call with the tickets and resources you choose.',
  'route.add-project-time.description': 'Enter time worked on a project task you choose.',
  'route.add-project-note.description': 'Add a note to a project you choose.',
  'route.add-task-note.description': 'Add a note to a project task you choose.',

  // Ribbon functions.
  'command.about.message': 'Autotask for Outlook {version} (build {build}) · © 2026 Autotask for Outlook contributors',
  'command.about.close': 'Close',
  'command.home.openInBrowser': 'Open {url} in your browser to use Autotask.',
  'command.home.noConfig': 'Autotask for Outlook could not find your Autotask address. Check your connection and try again.',
  'command.failed': 'Autotask for Outlook could not finish this command. Try again; if it keeps failing, reload Outlook.',
} as const;

export type StringKey = keyof typeof en;
/** What another language file must provide: every key, any wording. */
export type StringTable = Readonly<Record<StringKey, string>>;
