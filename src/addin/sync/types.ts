/**
 * The sync engine's own records: what it reads from each side, already normalised by the ports'
 * adapters (instants as epoch milliseconds, UTC; strings trimmed; no service-specific shapes).
 */

/** Autotask calendar item types the user can enable in Options. */
export const CALENDAR_ITEM_TYPES = ['appointment', 'todo', 'serviceCall', 'ticket', 'task'] as const;
export type CalendarItemType = (typeof CALENDAR_ITEM_TYPES)[number];

/** A half-open instant range [start, end) in epoch ms. */
export interface SyncRange {
  start: number;
  end: number;
}

/** One Autotask calendar item of the signed-in resource, as the Outlook event should show it. */
export interface AutotaskCalendarItem {
  type: CalendarItemType;
  id: number;
  title: string;
  start: number;
  end: number;
  /** Plain text: description, company, tickets… */
  body: string;
  location: string;
  /** Deep link to the item in Autotask (added to the body). */
  url: string;
}

/** An Autotask appointment as Send Calendar reads it back (for its duplicate check and updates). */
export interface AutotaskAppointment {
  id: number;
  title: string;
  description: string;
  start: number;
  end: number;
}

/**
 * What the Outlook item's Autotask extended property holds (see marker.ts): the item's type and
 * id, where it came from, and fingerprints of what the sync last wrote on each side.
 */
export interface SyncMarker {
  type: CalendarItemType | 'contact';
  id: number;
  /** `get`: Autotask made it (Autotask is master); `send`: it was made in Outlook and sent. */
  origin: 'get' | 'send';
  /** Fingerprint of the Autotask side as last synced. */
  source: string;
  /** Fingerprint of the Outlook item's synced fields as last written or seen. */
  outlook: string;
}

export interface OutlookEvent {
  id: string;
  subject: string;
  start: number;
  end: number;
  isAllDay: boolean;
  /** Plain text of the body. */
  body: string;
  location: string;
  categories: readonly string[];
  isPrivate: boolean;
  /** `occurrence`/`exception`: one instance of a recurring series (calendarView expands them). */
  kind: 'single' | 'occurrence' | 'exception';
  seriesId: string | null;
  isCancelled: boolean;
  marker: SyncMarker | null;
}

/** What the engine writes to an Outlook event. */
export interface EventDraft {
  subject: string;
  start: number;
  end: number;
  body: string;
  location: string;
  categories: readonly string[];
  marker: SyncMarker;
}

export interface ContactFields {
  firstName: string;
  lastName: string;
  /** Up to three addresses, primary first; lower-case. */
  emails: readonly string[];
  title: string;
  companyName: string;
  phone: string;
  mobilePhone: string;
}

export interface AutotaskContact extends ContactFields {
  id: number;
  companyID: number;
  isActive: boolean;
}

export interface OutlookContact extends ContactFields {
  id: string;
  marker: SyncMarker | null;
}

export interface ContactDraft extends ContactFields {
  marker: SyncMarker;
}

export interface CompanyCandidate {
  id: number;
  name: string;
}

/** Why an item was left alone; each has a sentence in the strings (`sync.skip.<reason>`). */
export type SkipReason =
  | 'conflict-kept'
  | 'recurring-from-outlook'
  | 'not-an-appointment'
  | 'cancelled'
  | 'no-company'
  | 'no-name'
  | 'inactive'
  | 'failed';

export interface Skipped {
  label: string;
  reason: SkipReason;
  /** Autotask's or Graph's own error text, for `failed`. */
  detail?: string;
}

export interface SyncSummary {
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
  skipped: Skipped[];
  cancelled: boolean;
}

export interface SyncProgress {
  done: number;
  total: number;
}
