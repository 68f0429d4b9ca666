/**
 * "Already saved" markers for a message:
 * - Tickets.externalID (50 characters): "olk:" + base64url of the first 30 bytes of SHA-256 over the
 *   normalised internetMessageId (angle brackets and whitespace removed, domain part lower-cased,
 *   local part kept as is): 44 characters, the same for the same message in every client.
 * - The item's custom property: `{ v, type, id, number }` as compact JSON, within Office's 2,500
 *   characters for all custom properties.
 * - The category the message gets once saved: "Autotask".
 */
import { CUSTOM_PROPERTIES_MAX, EXTERNAL_ID_MAX, MAP_TARGETS, type MapTarget } from './field-limits';
import { sha256, toBase64Url } from './sha256';

export const AUTOTASK_CATEGORY = 'Autotask';
export const SAVED_MARKER_PROPERTY = 'autotaskSaved';
export const EXTERNAL_ID_PREFIX = 'olk:';
const MARKER_VERSION = 1;

export type EmailMappingErrorCode = 'EMAIL_MARKER_INVALID';

export class EmailMappingError extends Error {
  constructor(readonly code: EmailMappingErrorCode, message: string) {
    super(message);
    this.name = 'EmailMappingError';
  }
}

/** The internetMessageId as compared: no angle brackets or whitespace, domain part lower-cased; null when empty. */
export function normaliseMessageId(internetMessageId: string | null | undefined): string | null {
  const id = (internetMessageId ?? '').replace(/\s+/g, '').replace(/^<+|>+$/g, '');
  if (!id) return null;
  const at = id.lastIndexOf('@');
  return at === -1 ? id : id.slice(0, at + 1) + id.slice(at + 1).toLowerCase();
}

/** Tickets.externalID for a message, or null when it has no internetMessageId. */
export function externalIdFor(internetMessageId: string | null | undefined): string | null {
  const id = normaliseMessageId(internetMessageId);
  if (!id) return null;
  const value = EXTERNAL_ID_PREFIX + toBase64Url(sha256(id).subarray(0, 30));
  return value.length <= EXTERNAL_ID_MAX ? value : value.slice(0, EXTERNAL_ID_MAX);
}

export interface SavedMarker {
  type: MapTarget;
  /** Autotask id of the record created. */
  id: number;
  /** Ticket number (T20261128.0042) when there is one. */
  number?: string;
}

function valid(m: Partial<SavedMarker> | null | undefined): m is SavedMarker {
  return !!m && typeof m === 'object' && MAP_TARGETS.includes(m.type as MapTarget) && Number.isSafeInteger(m.id) && (m.id as number) > 0 &&
    (m.number === undefined || (typeof m.number === 'string' && m.number.length > 0 && m.number.length <= 50));
}

/** Compact JSON for the custom property; throws EmailMappingError for an invalid marker. */
export function serializeSavedMarker(marker: SavedMarker): string {
  if (!valid(marker)) throw new EmailMappingError('EMAIL_MARKER_INVALID', 'A saved marker needs a record type, a positive integer id and at most a 50-character number.');
  const json = JSON.stringify({ v: MARKER_VERSION, type: marker.type, id: marker.id, ...(marker.number ? { number: marker.number } : {}) });
  if (json.length > CUSTOM_PROPERTIES_MAX) throw new EmailMappingError('EMAIL_MARKER_INVALID', 'The saved marker is longer than Office allows for custom properties.');
  return json;
}

/** The marker from a stored custom property (JSON text or the parsed object); null when absent or not ours. */
export function parseSavedMarker(value: unknown): SavedMarker | null {
  let data: unknown = value;
  if (typeof value === 'string') {
    if (value.length > CUSTOM_PROPERTIES_MAX) return null;
    try {
      data = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d.v !== MARKER_VERSION) return null;
  const marker = { type: d.type, id: d.id, ...(d.number !== undefined ? { number: d.number } : {}) } as Partial<SavedMarker>;
  return valid(marker) ? { type: marker.type, id: marker.id, ...(marker.number ? { number: marker.number } : {}) } : null;
}
