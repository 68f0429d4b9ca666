/** BillingCodes (work types): read only. `billingCodeType` 0 Normal, 1 System, 2 Non-Billable. */
import type { z } from 'zod';
import type { Core } from '../core';
import { readOps } from '../resource';
import { bool, entitySchema, int, num, str } from './fields';

export const BillingCodeSchema = entitySchema({
  name: str,
  description: str,
  billingCodeType: int,
  useType: int,
  department: int,
  externalNumber: str,
  isActive: bool,
  isExcludedFromNewContracts: bool,
  taxCategoryID: int,
  unitCost: num,
  unitPrice: num,
  markupRate: num,
  afterHoursWorkType: int,
});
export type BillingCode = z.infer<typeof BillingCodeSchema>;

export const BILLING_CODES = { name: 'BillingCodes', schema: BillingCodeSchema };

export function billingCodesResource(core: Core) {
  return readOps(core, BILLING_CODES);
}
