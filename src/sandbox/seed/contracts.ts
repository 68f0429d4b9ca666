/**
 * Contracts: a default, active contract for every active customer (not Harborline itself, not the
 * prospect, the vendor or the inactive company), Contoso's expired 2025 contract (deactivated) and
 * Fabrikam's block-hours contract (active, not the default). Dates are midnight UTC (date-only).
 */
import type { Row } from '../model/types';
import { COMPANY as C, CONTACT as K, CONTRACT as X } from './ids';
import { seedRows } from './row';

const MANAGED = 7; // Recurring Service
const BLOCK_HOURS = 4;
const TIME_AND_MATERIALS = 1;

export function contractRows(): Row[] {
  const ct = (id: number, companyID: number, contractName: string, extra: Record<string, unknown>) => ({
    id, companyID, contractName, contractType: MANAGED, contractCategory: 1, status: 1, isDefaultContract: true,
    startDate: '2026-01-01T00:00:00Z', endDate: '2026-12-31T00:00:00Z', ...extra,
  });
  return seedRows('Contracts', [
    ct(X.contosoManaged, C.contoso, 'Contoso Dental Group — Managed Services', {
      contractNumber: 'CDG-MS-2026', contactID: K.kevinZhao, description: '38 managed seats, servers and imaging workstations.' }),
    ct(X.contosoManaged2025, C.contoso, 'Contoso Dental Group — Managed Services 2025', {
      contractNumber: 'CDG-MS-2025', contactID: K.kevinZhao, status: 0, isDefaultContract: false,
      startDate: '2025-01-01T00:00:00Z', endDate: '2025-12-31T00:00:00Z', description: 'Expired; replaced by CDG-MS-2026.' }),
    ct(X.fabrikamManaged, C.fabrikam, 'Fabrikam Logistics — Managed Services', {
      contractNumber: 'FAB-MS-2026', contactID: K.tomBecker, startDate: '2026-03-01T00:00:00Z', endDate: '2027-02-28T00:00:00Z' }),
    ct(X.fabrikamBlockHours, C.fabrikam, 'Fabrikam Logistics — Wi-Fi upgrade block hours', {
      contractNumber: 'FAB-BH-0042', contractType: BLOCK_HOURS, contractCategory: 2, isDefaultContract: false, estimatedHours: 40,
      startDate: '2026-11-15T00:00:00Z', endDate: '2027-03-31T00:00:00Z', purchaseOrderNumber: 'PO-77812' }),
    ct(X.woodgroveManaged, C.woodgrove, 'Woodgrove Law LLP — Managed Services', { contractNumber: 'WGL-MS-2026', contactID: K.jennaPark }),
    ct(X.muellerBreakFix, C.mueller, 'Müller Bäckerei GmbH — Break/Fix', {
      contractNumber: 'MBK-BF-2026', contractType: TIME_AND_MATERIALS, contractCategory: 3, contactID: K.joergMueller }),
    ct(X.northwindManaged, C.northwind, 'Northwind Traders — Managed Services', { contractNumber: 'NWT-MS-2026' }),
    ct(X.northwindSeattleManaged, C.northwindSeattle, 'Northwind Traders Seattle Branch — Managed Services', { contractNumber: 'NWT-MS-2026-SEA' }),
  ]);
}
