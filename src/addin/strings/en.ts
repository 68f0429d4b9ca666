/**
 * English strings for the task pane and the ribbon functions: every user-facing sentence lives here.
 * Command labels and titles are not repeated: they come from the catalogue (commands/catalog.ts).
 * Placeholders are written `{name}` and filled by `t(key, { name })`.
 * Feature areas keep their strings in features/*.ts, spread in below.
 * To add a language, add `xx.ts` exporting a `StringTable` and register it in ./index.ts.
 */
import { crmFormsStrings } from './features/crm-forms';
import { notesPickerStrings } from './features/notes-picker';
import { serviceCallStrings } from './features/service-call';
import { syncStrings } from './features/sync';
import { ticketCompanyFormsStrings } from './features/ticket-company-forms';
import { timeEntryStrings } from './features/time-entry';

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

  // Connectivity (connectivity/).
  'offline.body': 'You\'re offline. Autotask actions are paused; what you typed stays here and can be sent when the connection is back.',
  'offline.unreachable': 'Autotask for Outlook can\'t reach its server. Autotask actions are paused; what you typed stays here and can be sent when the connection is back.',
  'offline.retry': 'Try again',
  'offline.checking': 'Checking the connection…',

  // Sign-in: the status every route shows, and the header entry.
  'auth.signIn': 'Sign in to Autotask',
  'auth.status.heading': 'Autotask',
  'auth.status.signedOut': 'Not signed in to Autotask. You are asked to sign in when a command needs Autotask.',
  'auth.status.checking': 'Checking your Autotask sign-in…',
  'auth.status.signedIn': 'Signed in to Autotask as {name}',
  'auth.status.unconfirmed': 'Signed in to Autotask as {name} (not confirmed yet: no connection)',
  'auth.sessionEnded': 'Your Autotask session has ended. Sign in again to continue; what you typed stays here.',
  'auth.signedOut': 'You signed out of Autotask.',
  'auth.signedOut.pending': 'You signed out of Autotask. Finish signing out of KaseyaOne in the window that opened.',
  'auth.signedOut.done': 'You signed out of Autotask and KaseyaOne.',
  'auth.signedOut.browser': 'You signed out of Autotask. KaseyaOne\'s sign-out page opened in your browser: finish there.',
  'auth.signedOut.closed': 'You signed out of Autotask. The KaseyaOne window was closed before it finished, so you may still be signed in to KaseyaOne in this browser.',
  'auth.signedOut.failed': 'You signed out of Autotask, but KaseyaOne\'s sign-out page could not be opened. On a shared computer, sign out of KaseyaOne yourself.',

  // Sign-in prompt (auth/).
  'auth.prompt.title': 'Sign in to Autotask',
  'auth.prompt.action': 'This command needs Autotask. Sign in to continue; what you typed stays here.',
  'auth.prompt.user': 'Choose how to sign in to Autotask.',
  'auth.prompt.loading': 'Loading the sign-in options…',
  'auth.prompt.noMethods': 'No sign-in method is enabled on this server. Ask your Autotask administrator.',
  'auth.prompt.otherMethod': 'Use another sign-in method',
  'auth.prompt.cancel': 'Cancel',
  'auth.method.otp': 'Sign in with a one-time code',
  'auth.method.microsoft': 'Sign in with Microsoft',
  'auth.method.kaseyaone': 'Log In with KaseyaOne',
  'auth.methodName.otp': 'Two-factor code (OTP)',
  'auth.methodName.microsoft': 'Microsoft single sign-on',
  'auth.methodName.kaseyaone': 'KaseyaOne',

  // OTP Token dialog (the title is the product's own).
  'auth.otp.title': 'OTP Token',
  'auth.otp.intro': 'Enter the 6-digit code from your authenticator app to sign in to Autotask as {email}.',
  'auth.otp.introNoEmail': 'Enter the 6-digit code from your authenticator app to sign in to Autotask.',
  'auth.otp.label': 'One-time code',
  'auth.otp.show': 'Show',
  'auth.otp.ok': 'OK',
  'auth.otp.cancel': 'Cancel',
  'auth.otp.format': 'Enter the 6 digits from your authenticator app.',
  'auth.otp.signingIn': 'Signing in…',
  'auth.otp.lockedUntil': 'You can try again at {time}.',

  // Microsoft and KaseyaOne.
  'auth.microsoft.intro': 'Sign in with the Microsoft account you use for Outlook. A Microsoft window may open.',
  'auth.microsoft.waiting': 'Finish signing in in the Microsoft window…',
  'auth.kaseyaone.intro': 'Enter your Autotask username, then log in with KaseyaOne in the window that opens.',
  'auth.kaseyaone.username': 'Autotask username',
  'auth.kaseyaone.format': 'Enter your Autotask username; it looks like an email address.',
  'auth.kaseyaone.waiting': 'Finish logging in in the KaseyaOne window…',

  // Sign-in errors (the gateway's own descriptions are shown as it writes them).
  'auth.error.title': 'Sign-in did not work',
  'auth.error.unreachable': 'Autotask for Outlook can\'t reach its server. Check your connection and try again.',
  'auth.error.badAnswer': 'The server gave an answer Autotask for Outlook does not understand (HTTP {status}). Try again; if it keeps happening, tell your administrator.',
  'auth.error.cancelled': 'The sign-in window was closed before sign-in finished. Sign in again when you are ready.',
  'auth.error.unexpected': 'Something went wrong while signing in. Try again; if it keeps happening, reload the pane.',
  'auth.dialog.untrusted': 'Outlook would not open the sign-in window: its address is not one this add-in may open. Ask your administrator to check the add-in\'s manifest.',
  'auth.dialog.https': 'Outlook would not open the sign-in window because its address is not secure (HTTPS). Ask your administrator to check the server address.',
  'auth.dialog.alreadyOpen': 'A sign-in window is already open. Finish or close it, then try again.',
  'auth.dialog.ignored': 'The sign-in window did not open because it was dismissed. Try again and choose Allow when Outlook asks.',
  'auth.dialog.blocked': 'Your browser blocked the sign-in window. Allow pop-ups for Outlook (or add this site to your trusted sites), then try again.',
  'auth.dialog.failed': 'The sign-in window could not open or load its page. Check your connection and try again.',

  // The sign-out relay page (static/signout.html) in its Office dialog.
  'auth.signOutPage.title': 'Signing out of KaseyaOne',
  'auth.signOutPage.text': 'Opening KaseyaOne\'s sign-out page…',
  'auth.signOutPage.failed': 'This window cannot finish the sign-out. Close it and sign out of KaseyaOne in your browser.',

  // Options > Sign-in and Calendar.
  'options.signIn.heading': 'Sign-in',
  'options.signIn.method': 'Method',
  'options.signIn.account': 'Signed in as',
  'options.signIn.ends': 'Session ends',
  'options.signIn.methods': 'Sign-in methods',
  'options.signIn.signedOut': 'You are not signed in to Autotask. Use "Sign in to Autotask" at the top of the pane.',
  'options.signIn.signOut': 'Sign out',
  'options.signIn.test': 'Test connection',
  'options.signIn.testing': 'Testing the connection…',
  'options.signIn.testOk': 'Autotask answers: you work as {name} (resource {id}).',
  'options.signIn.testFailed': 'Autotask did not answer as expected (HTTP {status}). Try again; if it keeps happening, tell your administrator.',
  'options.calendar.heading': 'Calendar',
  'options.calendar.daysBack': 'Days back',
  'options.calendar.daysAhead': 'Days ahead',


  // Create-from-email forms (src/addin/forms).
  'form.signIn.title': 'Not available yet',
  'form.signIn.body': 'Sign in to Autotask to see the form, filled in from this message.',
  'addShell.signIn.body': 'Sign in to Autotask to see the form.',
  'form.loading': 'Reading the message and Autotask…',
  'form.loadFailed': 'The form could not be prepared',
  'form.retry': 'Try again',
  'form.company': 'Company',
  'form.company.placeholder': 'Type part of the company name',
  'form.company.hint': 'Type at least two letters to search.',
  'form.company.pick': 'Choose the company below.',
  'form.contact.none': 'No contact',
  'form.contact.loading': 'Loading contacts…',
  'form.picklist.none': '(none)',
  'form.length': '{count} of {max} characters',
  'form.trimQuoted': 'Leave out the quoted history (earlier messages)',
  'form.attachments': 'Attachments to add',
  'form.attachments.none': 'The message has no attachments.',
  'form.attachments.uploaded': 'Attached: {names}.',
  'form.attachments.failed': 'Some attachments were not added (the record was saved)',
  'form.attachments.notFile': 'This attachment cannot be read as a file.',
  'form.saving': 'Saving…',
  'form.offline': 'You are offline. What you typed stays here; save when the connection is back.',
  'form.invalid': 'Please correct these fields',
  'form.refused': 'Autotask did not save it',
  'form.refused.what': 'Correct the form as Autotask says and save again; your entries are kept.',
  'form.failed.what': 'Check your connection and save again; your entries are kept.',
  'form.uncertain': 'Autotask may have saved the ticket, but the answer did not arrive and it could not be checked. Save again when the connection works: it checks first and never makes a second ticket.',
  'form.recovered': 'The answer was lost on the way, but Autotask had saved the ticket: this is it.',
  'form.savedAs': 'Saved as {number}',
  'form.savedAs.again': 'Saving again asks first.',
  'form.open': 'open',
  'form.openInAutotask': 'Open in Autotask',
  'form.saveAnother': 'Save another',
  'form.duplicate.title': 'This message is already in Autotask',
  'form.duplicate.body': 'Create another one anyway?',
  'form.duplicate.create': 'Create another ticket',
  'form.mark.noCategory': 'The message was not given the category "{category}": Outlook accepts only categories in your category list. Add "{category}" there to see saved messages at a glance.',
  'form.mark.categoryUnsupported': 'This Outlook cannot set categories from add-ins, so the message shows no category.',
  'form.mark.noMarker': 'Outlook did not keep the "saved" note on the message; saving it again is still detected in Autotask.',
  'form.ticket.label': 'Ticket',
  'form.ticket.save': 'Save ticket',
  'form.ticket.created': 'Ticket created',
  'form.note.save': 'Save note',
  'form.note.number': 'Note #{id}',
  'form.companyNote.label': 'Company note',
  'form.companyNote.created': 'Company note saved',
  'form.contactNote.label': 'Contact note',
  'form.contactNote.created': 'Contact note saved',
  'form.duplicate.createNote': 'Save another note',
  'form.uncertain.note': 'Autotask may have saved the note, but the answer did not arrive and it could not be checked. Save again when the connection works: it looks for the note first.',

  // Ribbon functions.
  'command.about.message': 'Autotask for Outlook {version} (build {build}) · © 2026 Autotask for Outlook contributors',
  'command.about.close': 'Close',
  'command.home.openInBrowser': 'Open {url} in your browser to use Autotask.',
  'command.home.noConfig': 'Autotask for Outlook could not find your Autotask address. Check your connection and try again.',
  'command.failed': 'Autotask for Outlook could not finish this command. Try again; if it keeps failing, reload Outlook.',

  // The entity picker (forms/EntityPicker.tsx).
  'picker.placeholder': 'Type to search',
  'picker.hint': 'Type at least {count} letters to search.',
  'picker.searching': 'Searching',
  'picker.searchFailed': 'The search failed: {detail}. Type again to retry.',
  'picker.noMatch': 'Nothing matches "{text}". Check the spelling, or search by number.',
  'picker.inactive': 'inactive',
  'picker.showInactive': 'Show inactive and closed',

  // Feature areas, one file each (features/*.ts).
  ...notesPickerStrings,
  ...ticketCompanyFormsStrings,
  ...crmFormsStrings,
  ...timeEntryStrings,
  ...serviceCallStrings,
  ...syncStrings,
} as const;

export type StringKey = keyof typeof en;
/** What another language file must provide: every key, any wording. */
export type StringTable = Readonly<Record<StringKey, string>>;
