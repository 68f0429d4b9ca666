/**
 * The Autotask marker on an Outlook item (the one single-value extended property of src/graph,
 * a short string): `<AutotaskType>:<id>;<origin>;<source fingerprint>;<outlook fingerprint>`, its
 * head in src/graph's `Type:id` reference form (`ServiceCall:77`). Fingerprints are the first
 * 12 hex digits of a SHA-256 over the normalised fields, so a change on either side is seen
 * without storing the fields themselves (roamingSettings' 32 KB could not hold them).
 */
import { sha256 } from '../email/sha256';
import { type ContactFields, type OutlookEvent, type SyncMarker } from './types';

/** Engine type → the Autotask entity name in the reference (src/graph's `AutotaskRef.type`). */
const REF_TYPES: Readonly<Record<SyncMarker['type'], string>> = {
  appointment: 'Appointment', todo: 'ToDo', serviceCall: 'ServiceCall', ticket: 'TicketAssignment', task: 'TaskAssignment', contact: 'Contact',
};
const FROM_REF = new Map(Object.entries(REF_TYPES).map(([k, v]) => [v, k as SyncMarker['type']]));

export function fingerprint(parts: readonly (string | number | boolean)[]): string {
  const bytes = sha256(JSON.stringify(parts));
  return Array.from(bytes.slice(0, 6), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function formatMarker(m: SyncMarker): string {
  return [`${REF_TYPES[m.type]}:${m.id}`, m.origin, m.source, m.outlook].join(';');
}

/** The marker in a property value, or null when it is absent or not ours. */
export function parseMarker(value: string | null | undefined): SyncMarker | null {
  if (!value) return null;
  const [head = '', origin, source, outlook] = value.split(';');
  const m = /^([A-Za-z]+):(\d+)$/.exec(head);
  const type = m ? FROM_REF.get(m[1] ?? '') : undefined;
  const n = Number(m?.[2]);
  if (!type || !Number.isSafeInteger(n) || n <= 0) return null;
  if (origin !== 'get' && origin !== 'send') return null;
  return { type: type as SyncMarker['type'], id: n, origin, source: source ?? '', outlook: outlook ?? '' };
}

export const markerKey = (m: Pick<SyncMarker, 'type' | 'id'>) => `${m.type}:${m.id}`;

const minute = (ms: number) => Math.round(ms / 60_000);

/** The event fields that survive a round trip through Outlook unchanged (not the HTML body). */
export function eventFingerprint(e: Pick<OutlookEvent, 'subject' | 'start' | 'end' | 'location'>): string {
  return fingerprint([e.subject.trim(), minute(e.start), minute(e.end), e.location.trim()]);
}

export function contactFingerprint(c: ContactFields): string {
  return fingerprint([c.firstName, c.lastName, ...c.emails, '|', c.title, c.companyName, c.phone, c.mobilePhone].map((s) => s.trim()));
}
