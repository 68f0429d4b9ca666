/** Contacts: CUD and delete through `/Companies/{companyId}/Contacts` (no root POST); read and query on `/Contacts`. */
import type { z } from 'zod';
import type { Core } from '../core';
import { byParentOps, childDeleteOp, childWriteOps, readOps, type QueryOptions } from '../resource';
import { where } from '../query';
import { bool, dateTime, entitySchema, flag, int, str, type CreateOf } from './fields';

export const ContactSchema = entitySchema({
  companyID: int,
  companyLocationID: int,
  firstName: str,
  lastName: str,
  middleInitial: str,
  namePrefix: int,
  nameSuffix: int,
  title: str,
  emailAddress: str,
  emailAddress2: str,
  emailAddress3: str,
  phone: str,
  extension: str,
  alternatePhone: str,
  mobilePhone: str,
  faxNumber: str,
  addressLine: str,
  addressLine1: str,
  additionalAddressInformation: str,
  city: str,
  state: str,
  zipCode: str,
  countryID: int,
  roomNumber: str,
  note: str,
  externalID: str,
  apiVendorID: int,
  facebookUrl: str,
  linkedInUrl: str,
  twitterUrl: str,
  /** An integer 0/1 on Contacts (a boolean elsewhere). */
  isActive: flag,
  primaryContact: bool,
  receivesEmailNotifications: bool,
  isOptedOutFromBulkEmail: bool,
  bulkEmailOptOutTime: dateTime,
  solicitationOptOut: bool,
  solicitationOptOutTime: dateTime,
  surveyOptOut: bool,
  createDate: dateTime,
  lastActivityDate: dateTime,
  lastModifiedDate: dateTime,
  impersonatorCreatorResourceID: int,
});
export type Contact = z.infer<typeof ContactSchema>;
/** `firstName`, `lastName` (≤ 50), `isActive` (integer 1/0). */
export type ContactCreate = CreateOf<Contact, 'firstName' | 'lastName' | 'isActive'>;

export const CONTACTS = { name: 'Contacts', schema: ContactSchema };
const PARENT = { parent: 'Companies', segment: 'Contacts', field: 'companyID' };

export function contactsResource(core: Core) {
  const reads = readOps(core, CONTACTS);
  return {
    ...reads,
    ...byParentOps(core, CONTACTS, PARENT),
    ...childWriteOps<typeof ContactSchema, ContactCreate>(core, CONTACTS, PARENT),
    ...childDeleteOp(core, CONTACTS, PARENT),
    /** Contacts whose primary, second or third address equals `email` (Autotask's matching order). */
    findByEmail: (email: string, o?: QueryOptions) =>
      reads.queryAll({ filter: where.or(where.eq('emailAddress', email), where.eq('emailAddress2', email), where.eq('emailAddress3', email)) }, { ...o, cap: 500 }),
  };
}
