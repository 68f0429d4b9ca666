/** Companies: CUD on the root `/Companies`, no delete. Company 0 is the MSP itself. */
import type { z } from 'zod';
import type { Core } from '../core';
import { readOps, rootWriteOps } from '../resource';
import { bool, dateTime, entitySchema, int, str, type CreateOf } from './fields';

export const CompanySchema = entitySchema({
  companyName: str,
  companyNumber: str,
  companyType: int,
  classification: int,
  phone: str,
  fax: str,
  webAddress: str,
  address1: str,
  address2: str,
  city: str,
  state: str,
  postalCode: str,
  countryID: int,
  /** A boolean on Companies (an integer on Contacts). */
  isActive: bool,
  ownerResourceID: int,
  parentCompanyID: int,
  marketSegmentID: int,
  territoryID: int,
  taxRegionID: int,
  currencyID: int,
  apiVendorID: int,
  createDate: dateTime,
  lastActivityDate: dateTime,
  lastTrackedModifiedDateTime: dateTime,
  impersonatorCreatorResourceID: int,
});
export type Company = z.infer<typeof CompanySchema>;
/** `companyName`, `phone`, `companyType`, `ownerResourceID`. */
export type CompanyCreate = CreateOf<Company, 'companyName' | 'phone' | 'companyType' | 'ownerResourceID'>;

export const COMPANIES = { name: 'Companies', schema: CompanySchema };

export function companiesResource(core: Core) {
  return { ...readOps(core, COMPANIES), ...rootWriteOps<typeof CompanySchema, CompanyCreate>(core, COMPANIES) };
}
