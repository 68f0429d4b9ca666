/**
 * Entity metadata: `entityInformation`, `…/fields`, `…/userDefinedFields`. Each is fetched at most
 * once per entity per client (concurrent callers share one in-flight request; a failure is not
 * cached). Metadata calls use the entity's limiter bucket, as Autotask counts them there.
 */
import { z } from 'zod';
import type { Core } from './core';
import { Picklist } from './picklists';

export const PicklistValueSchema = z.looseObject({
  value: z.union([z.string(), z.number()]).transform(String),
  label: z.string(),
  isDefaultValue: z.boolean().nullish(),
  sortOrder: z.number().nullish(),
  parentValue: z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined ? v : String(v))),
  isActive: z.boolean().nullish(),
  isSystem: z.boolean().nullish(),
});

export const FieldInfoSchema = z.looseObject({
  name: z.string(),
  dataType: z.string().nullish(),
  length: z.number().nullish(),
  isRequired: z.boolean().nullish(),
  isReadOnly: z.boolean().nullish(),
  isQueryable: z.boolean().nullish(),
  isReference: z.boolean().nullish(),
  referenceEntityType: z.string().nullish(),
  isPickList: z.boolean().nullish(),
  picklistValues: z.array(PicklistValueSchema).nullish(),
  picklistParentValueField: z.string().nullish(),
  isSupportedWebhookField: z.boolean().nullish(),
});
export type FieldInfo = z.infer<typeof FieldInfoSchema>;

/** UDF definitions: the field shape plus `label`, `type` (instead of `dataType`), `description`, `defaultValue`. */
export const UdfInfoSchema = FieldInfoSchema.extend({
  label: z.string().nullish(),
  type: z.string().nullish(),
  description: z.string().nullish(),
  defaultValue: z.string().nullish(),
});
export type UdfInfo = z.infer<typeof UdfInfoSchema>;

/** `userAccessFor*`: 0 None, 1 All, 2 Restricted (wire type unconfirmed: number or string accepted). */
const access = z.union([z.number(), z.string()]).nullish();
export const EntityInfoSchema = z.looseObject({
  name: z.string().nullish(),
  canCreate: z.boolean().nullish(),
  canDelete: z.boolean().nullish(),
  canQuery: z.boolean().nullish(),
  canUpdate: z.boolean().nullish(),
  userAccessForCreate: access,
  userAccessForDelete: access,
  userAccessForQuery: access,
  userAccessForUpdate: access,
  hasUserDefinedFields: z.boolean().nullish(),
  supportsWebhookCallouts: z.boolean().nullish(),
});
export type EntityInfo = z.infer<typeof EntityInfoSchema>;

const InfoEnvelope = z.looseObject({ info: EntityInfoSchema });
const FieldsEnvelope = z.looseObject({ fields: z.array(FieldInfoSchema) });
const UdfEnvelope = z.looseObject({ fields: z.array(UdfInfoSchema) });

/** The fields of one entity with lookups by name (case-insensitive, as Autotask's field names are). */
export class EntityFields {
  readonly entity: string;
  readonly list: readonly FieldInfo[];
  private readonly byName: Map<string, FieldInfo>;

  constructor(entity: string, list: readonly FieldInfo[]) {
    this.entity = entity;
    this.list = list;
    this.byName = new Map(list.map((f) => [f.name.toLowerCase(), f]));
  }

  field(name: string): FieldInfo | undefined {
    return this.byName.get(name.toLowerCase());
  }
  required(): FieldInfo[] {
    return this.list.filter((f) => f.isRequired === true);
  }
  readOnly(): FieldInfo[] {
    return this.list.filter((f) => f.isReadOnly === true);
  }
  /** Maximum length of a string field (undefined when Autotask reports none). */
  maxLength(name: string): number | undefined {
    const l = this.field(name)?.length;
    return l && l > 0 ? l : undefined;
  }
  picklist(name: string): Picklist | undefined {
    const f = this.field(name);
    if (!f || f.isPickList !== true) return undefined;
    return new Picklist(f.name, f.picklistValues ?? [], f.picklistParentValueField);
  }
}

export interface MetadataApi {
  entity(entity: string): Promise<EntityInfo>;
  fields(entity: string): Promise<EntityFields>;
  userDefinedFields(entity: string): Promise<readonly UdfInfo[]>;
  /** Shortcut: `fields(entity)` then `.picklist(field)`; throws TypeError when the field is not a picklist. */
  picklist(entity: string, field: string): Promise<Picklist>;
  /** Forget cached metadata (e.g. after an admin changed picklists). */
  clear(): void;
}

export function createMetadata(core: Core): MetadataApi {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit) return hit as Promise<T>;
    const p = load();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
    return p;
  };
  const get = <T>(entity: string, suffix: string, schema: z.ZodType<T>) =>
    core.call({ method: 'GET', path: `${entity}/${suffix}`, bucket: entity, kind: 'read' }, schema);

  const api: MetadataApi = {
    entity: (entity) => once(`info:${entity.toLowerCase()}`, async () => (await get(entity, 'entityInformation', InfoEnvelope)).info),
    fields: (entity) =>
      once(`fields:${entity.toLowerCase()}`, async () => new EntityFields(entity, (await get(entity, 'entityInformation/fields', FieldsEnvelope)).fields)),
    userDefinedFields: (entity) =>
      once(`udf:${entity.toLowerCase()}`, async () => (await get(entity, 'entityInformation/userDefinedFields', UdfEnvelope)).fields),
    async picklist(entity, field) {
      const p = (await api.fields(entity)).picklist(field);
      if (!p) throw new TypeError(`${entity}.${field} is not a picklist field`);
      return p;
    },
    clear: () => cache.clear(),
  };
  return api;
}
