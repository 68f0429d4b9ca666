/**
 * The sync engine as the views use it, one chunk loaded after the route is interactive
 * (loadSyncEngine in use-sync-view.ts): the views' first chunk stays the light shell.
 */
export { AUTOTASK_CATEGORY } from '../../../sync/calendar-get';
export { runGetCalendar, runSendCalendar, sendCandidates } from '../../../sync/calendar-run';
export { contactLabel } from '../../../sync/contacts-get';
export { prepareSendContacts, runGetContacts, runSendContacts, sendContactsPlan } from '../../../sync/contacts-run';
