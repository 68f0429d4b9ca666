/**
 * Contracts (read-only in the sandbox): `GET /Contracts/{id}`, `/Contracts/query`, `/query/count`
 * and `entityInformation[/fields]`. Autotask can create contracts over REST; the sandbox does not
 * need to (POST answers 404, as for the other read-only roots). `status` is the active flag
 * (1 Active, 0 Inactive): an inactive contract is an invalid reference, like an inactive contact.
 */
import { bool, dec, dt, idField, pick, ref, str } from './field-builders';
import type { EntityDef } from './types';
import * as P from '../seed/picklists';

export const contracts: EntityDef = {
  name: 'Contracts',
  typeName: 'Contract',
  root: {},
  impersonation: false,
  supportsUdfs: false,
  udfs: [],
  activeField: 'status',
  stamps: {},
  fields: [
    idField(),
    ref('companyID', 'Company', { isRequired: true }),
    ref('contactID', 'Contact'),
    pick('contractCategory', P.CONTRACT_CATEGORY),
    str('contractName', 100, { isRequired: true }),
    str('contractNumber', 50),
    pick('contractType', P.CONTRACT_TYPE, { isRequired: true }),
    str('description', 2000),
    dt('endDate', { isRequired: true }),
    dec('estimatedHours'),
    bool('isDefaultContract'),
    str('purchaseOrderNumber', 50),
    dt('startDate', { isRequired: true }),
    pick('status', P.CONTRACT_STATUS, { isRequired: true, defaultValue: 1 }),
  ],
};
