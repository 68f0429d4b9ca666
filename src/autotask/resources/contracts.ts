/**
 * Contracts: read (get, query, count) on `/Contracts`. `status` is 1 Active, 0 Inactive;
 * `contractType` and `contractCategory` are picklists (resolve them from metadata). A ticket's
 * `contractID` must be an active contract of the ticket's company, so `defaultFor(companyId)`
 * is what a new ticket should carry when the user picks nothing.
 */
import type { z } from 'zod';
import type { Core } from '../core';
import { readOps, type QueryOptions } from '../resource';
import { where } from '../query';
import { bool, dateTime, entitySchema, int, num, str } from './fields';

export const ContractSchema = entitySchema({
  companyID: int,
  contactID: int,
  contactName: str,
  contractName: str,
  contractNumber: str,
  contractType: int,
  contractCategory: int,
  contractPeriodType: int,
  /** 1 Active, 0 Inactive. */
  status: int,
  isDefaultContract: bool,
  isCompliant: bool,
  startDate: dateTime,
  endDate: dateTime,
  description: str,
  purchaseOrderNumber: str,
  opportunityID: int,
  serviceLevelAgreementID: int,
  billingPreference: int,
  billToCompanyID: int,
  billToCompanyContactID: int,
  estimatedHours: num,
  estimatedCost: num,
  estimatedRevenue: num,
  setupFee: num,
  overageBillingRate: num,
  renewedContractID: int,
  exclusionContractID: int,
  contractExclusionSetID: int,
  organizationalLevelAssociationID: int,
});
export type Contract = z.infer<typeof ContractSchema>;

/** The fields `defaultFor` asks for (plus `id`). */
export const DEFAULT_CONTRACT_FIELDS = ['companyID', 'contractName', 'contractNumber', 'contractType', 'contractCategory', 'status', 'isDefaultContract', 'startDate', 'endDate'] as const;
export type DefaultContract = Pick<Contract, 'id' | (typeof DEFAULT_CONTRACT_FIELDS)[number]>;

/** Contract `status` value of an active contract. */
export const CONTRACT_ACTIVE = 1;

export const CONTRACTS = { name: 'Contracts', schema: ContractSchema };

export function contractsResource(core: Core) {
  const reads = readOps(core, CONTRACTS);
  return {
    ...reads,
    /**
     * The company's active default contract, or null. One query (`isDefaultContract` and
     * `status` Active, `IncludeFields` limited to DEFAULT_CONTRACT_FIELDS); should a tenant hold
     * more than one, the one that started last wins. Dates are not filtered: check `endDate`
     * if an active contract that has run out matters to you.
     */
    async defaultFor(companyId: number, o?: QueryOptions): Promise<DefaultContract | null> {
      if (!Number.isSafeInteger(companyId) || companyId < 0) throw new TypeError(`Autotask ids are non-negative integers (got ${String(companyId)})`);
      const q = reads.query({
        filter: [where.eq('companyID', companyId), where.eq('isDefaultContract', true), where.eq('status', CONTRACT_ACTIVE)],
        includeFields: [...DEFAULT_CONTRACT_FIELDS],
        maxRecords: 10,
      }, o);
      for await (const page of q.pages()) {
        return pickLatest(page.items) ?? null; // first page only: one request
      }
      return null;
    },
  };
}

function pickLatest<T extends { id: number; startDate?: string | null }>(items: readonly T[]): T | undefined {
  const start = (c: T) => (c.startDate ? Date.parse(c.startDate) : Number.NEGATIVE_INFINITY);
  return [...items].sort((a, b) => start(b) - start(a) || b.id - a.id)[0];
}
