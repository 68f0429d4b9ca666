/** The tenant's user-defined fields (Admin > User-Defined Fields). Values are always strings. */
import { picklist } from './field-builders';
import type { UdfDef } from './types';

export const UDFS: Record<string, UdfDef[]> = {
  Companies: [
    {
      name: 'Customer Ranking',
      label: 'Customer Ranking',
      type: 'string',
      length: 50,
      description: 'Account tier used for SLA and QBR cadence',
      picklist: picklist([
        { value: 'Golden', label: 'Golden' },
        { value: 'Silver', label: 'Silver' },
        { value: 'Bronze', label: 'Bronze' },
      ]),
    },
    { name: 'NAV ID', label: 'NAV ID', type: 'string', length: 20, description: 'Customer number in the accounting system' },
    { name: 'Seats Under Contract', label: 'Seats Under Contract', type: 'integer', length: 0, description: 'Managed seats' },
  ],
  Contacts: [
    { name: 'Preferred Language', label: 'Preferred Language', type: 'string', length: 10, description: 'ENU, DEU, …' },
    { name: 'CRM ID', label: 'CRM ID', type: 'string', length: 64, description: 'Identifier in the marketing CRM' },
  ],
  Tickets: [
    { name: 'External Reference', label: 'External Reference', type: 'string', length: 100, description: 'Vendor or customer case number' },
  ],
  Projects: [{ name: 'Budget Code', label: 'Budget Code', type: 'string', length: 30, description: 'Customer PO budget line' }],
  Tasks: [],
  Resources: [{ name: 'Certifications', label: 'Certifications', type: 'string', length: 200, description: 'Vendor certifications' }],
};
