/**
 * Field helpers for the entity schemas. Records are loose objects: fields Autotask adds later pass
 * through untouched; only `id` is required (queries with IncludeFields return subsets). Fields
 * whose wire type is not known for certain are left out rather than guessed.
 */
import { z } from 'zod';
import type { Known } from '../resource';

/** Integer id or picklist value. */
export const int = z.number().int().nullish();
/** Decimal (Autotask returns 4 places: `3.5000`). */
export const num = z.number().nullish();
export const str = z.string().nullish();
export const bool = z.boolean().nullish();
/** ISO 8601 UTC with 0–3 fractional digits (`2022-12-07T09:15:45.2Z`); kept as the string Autotask sent. */
export const dateTime = z.string().nullish();
/** A code whose wire type is unconfirmed (text in some sources, a number in others). */
export const code = z.union([z.string(), z.number()]).nullish();
/** Flags Autotask sends as integers on some entities and booleans on others (`Contact.isActive` is 0/1). */
export const flag = z.union([z.boolean(), z.number().int()]).nullish();

/** `userDefinedFields: [{ name, value }]`; values are strings or null (numbers come back as `"0.0000"`). */
export const UserDefinedFieldSchema = z.looseObject({ name: z.string(), value: z.string().nullish() });
export type UserDefinedField = z.infer<typeof UserDefinedFieldSchema>;

/** A record schema: `id` + optional `userDefinedFields` + the given fields, unknown fields kept. */
export function entitySchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.looseObject({ id: z.number().int(), userDefinedFields: z.array(UserDefinedFieldSchema).optional(), ...shape });
}

/** Fields Autotask fills on notes. */
export const noteAudit = {
  createDateTime: dateTime,
  createdByContactID: int,
  creatorResourceID: int,
  lastActivityDate: dateTime,
  impersonatorCreatorResourceID: int,
  impersonatorUpdaterResourceID: int,
};

/** Required-on-create helper: the listed keys required, every other declared field optional, never `id`. */
export type CreateOf<T, K extends keyof Known<T>> = Omit<Partial<Known<T>>, 'id' | K> & { [P in K]-?: NonNullable<Known<T>[P]> };
