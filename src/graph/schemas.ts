/**
 * What we read from Microsoft Graph, as zod schemas (loose: Graph adds fields freely), and what we
 * write. The Autotask type and id ride on every synced event and contact as ONE single-value
 * extended property (`AUTOTASK_REF_PROPERTY_ID`); the client decodes it into `autotaskRef`.
 */
import { z } from 'zod';

/**
 * The single-value extended property that holds `<AutotaskType>:<id>` (e.g. `Contact:29684210`).
 * A String property in our own property set: the GUID is ours, fixed forever (changing it would
 * orphan every item synced before).
 */
export const AUTOTASK_REF_PROPERTY_ID = 'String {5b1f4f7e-3c1a-4b8e-9d2a-7a0c6f1e2d41} Name AutotaskRef';

/** The Outlook category that marks Autotask-owned items. */
export const AUTOTASK_CATEGORY = 'Autotask';
/** The contacts folder Get Contacts writes to. */
export const AUTOTASK_CONTACT_FOLDER = 'Autotask';

export interface AutotaskRef {
  /** Autotask entity: `Contact`, `Appointment`, `ServiceCall`, `TicketAssignment`, `TaskAssignment`, `ToDo`. */
  type: string;
  id: number;
}

export function encodeAutotaskRef(ref: AutotaskRef): string {
  return `${ref.type}:${ref.id}`;
}

/** The reference at the head of a property value (`Contact:42`, or `Contact:42;…` with the sync engine's marker after it). */
export function decodeAutotaskRef(value: string | null | undefined): AutotaskRef | undefined {
  const m = /^([A-Za-z]+):(\d+)(?:;|$)/.exec(value ?? '');
  return m ? { type: m[1]!, id: Number(m[2]) } : undefined;
}

const ExtendedPropertySchema = z.looseObject({ id: z.string(), value: z.string().nullish() });

/** `autotaskRef` decoded from the expanded property; absent when the item carries none. */
function withRef<T extends { singleValueExtendedProperties?: Array<{ id: string; value?: string | null | undefined }> | null | undefined }>(item: T) {
  const prop = item.singleValueExtendedProperties?.find((p) => p.id.toLowerCase() === AUTOTASK_REF_PROPERTY_ID.toLowerCase());
  const autotaskRef = decodeAutotaskRef(prop?.value);
  return { ...item, ...(autotaskRef ? { autotaskRef } : {}) } as T & { autotaskRef?: AutotaskRef };
}

export const DateTimeTimeZoneSchema = z.looseObject({ dateTime: z.string(), timeZone: z.string() });
export type DateTimeTimeZone = z.infer<typeof DateTimeTimeZoneSchema>;

const ItemBodySchema = z.looseObject({ contentType: z.enum(['text', 'html']).or(z.string()), content: z.string() });
const EmailAddressSchema = z.looseObject({ address: z.string().nullish(), name: z.string().nullish() });
const PhysicalAddressSchema = z.looseObject({
  street: z.string().nullish(), city: z.string().nullish(), state: z.string().nullish(),
  postalCode: z.string().nullish(), countryOrRegion: z.string().nullish(),
});

export const GraphEventSchema = z.looseObject({
  id: z.string(),
  subject: z.string().nullish(),
  body: ItemBodySchema.nullish(),
  start: DateTimeTimeZoneSchema,
  end: DateTimeTimeZoneSchema,
  isAllDay: z.boolean().nullish(),
  location: z.looseObject({ displayName: z.string().nullish() }).nullish(),
  categories: z.array(z.string()).nullish(),
  sensitivity: z.string().nullish(),
  showAs: z.string().nullish(),
  type: z.string().nullish(),
  seriesMasterId: z.string().nullish(),
  lastModifiedDateTime: z.string().nullish(),
  changeKey: z.string().nullish(),
  singleValueExtendedProperties: z.array(ExtendedPropertySchema).nullish(),
}).transform(withRef);
export type GraphEvent = z.infer<typeof GraphEventSchema>;

export const GraphContactSchema = z.looseObject({
  id: z.string(),
  parentFolderId: z.string().nullish(),
  displayName: z.string().nullish(),
  givenName: z.string().nullish(),
  surname: z.string().nullish(),
  companyName: z.string().nullish(),
  jobTitle: z.string().nullish(),
  emailAddresses: z.array(EmailAddressSchema).nullish(),
  businessPhones: z.array(z.string()).nullish(),
  mobilePhone: z.string().nullish(),
  businessAddress: PhysicalAddressSchema.nullish(),
  categories: z.array(z.string()).nullish(),
  lastModifiedDateTime: z.string().nullish(),
  changeKey: z.string().nullish(),
  singleValueExtendedProperties: z.array(ExtendedPropertySchema).nullish(),
}).transform(withRef);
export type GraphContact = z.infer<typeof GraphContactSchema>;

export const GraphContactFolderSchema = z.looseObject({ id: z.string(), displayName: z.string(), parentFolderId: z.string().nullish() });
export type GraphContactFolder = z.infer<typeof GraphContactFolderSchema>;

export const GraphCategorySchema = z.looseObject({ id: z.string(), displayName: z.string(), color: z.string().nullish() });
export type GraphCategory = z.infer<typeof GraphCategorySchema>;

/** A delta page item: either a (partial) contact or `{ id, '@removed': { reason } }`. */
export const RemovedSchema = z.looseObject({ id: z.string(), '@removed': z.looseObject({ reason: z.string().nullish() }) });

export const CollectionSchema = z.looseObject({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().nullish(),
  '@odata.deltaLink': z.string().nullish(),
});

/** What we write: Graph's own fields plus `autotaskRef`, which the client turns into the extended property. */
export interface EventInput {
  subject?: string;
  body?: { contentType: 'text' | 'html'; content: string };
  start?: DateTimeTimeZone;
  end?: DateTimeTimeZone;
  isAllDay?: boolean;
  location?: { displayName: string };
  categories?: string[];
  sensitivity?: 'normal' | 'personal' | 'private' | 'confidential';
  showAs?: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
  autotaskRef?: AutotaskRef;
  [field: string]: unknown;
}

export interface ContactInput {
  givenName?: string;
  surname?: string;
  displayName?: string;
  companyName?: string;
  jobTitle?: string;
  emailAddresses?: Array<{ address: string; name?: string }>;
  businessPhones?: string[];
  mobilePhone?: string | null;
  businessAddress?: z.input<typeof PhysicalAddressSchema>;
  categories?: string[];
  autotaskRef?: AutotaskRef;
  [field: string]: unknown;
}

/** Input → Graph JSON: `autotaskRef` becomes `singleValueExtendedProperties`. */
export function toGraphBody(input: EventInput | ContactInput): Record<string, unknown> {
  const { autotaskRef, ...rest } = input;
  if (!autotaskRef) return rest;
  return { ...rest, singleValueExtendedProperties: [{ id: AUTOTASK_REF_PROPERTY_ID, value: encodeAutotaskRef(autotaskRef) }] };
}

/** `$expand` that returns our one extended property with each item. */
export const EXPAND_AUTOTASK_REF = `singleValueExtendedProperties($filter=id eq '${AUTOTASK_REF_PROPERTY_ID}')`;
