/**
 * Customers, prospects and vendors of Harborline IT, with their contacts. The workbench's sample
 * emails come from these addresses: keep names, domains and emails stable.
 */
import type { Row } from '../model/types';
import { COMPANY as C, CONTACT as K, RESOURCE } from './ids';
import { seedRows } from './row';

const created = '2024-03-11T15:20:00Z';

export function harborlineRow(): Row {
  return seedRows('Companies', [{
    id: C.harborline, companyName: 'Harborline IT', companyNumber: 'HL-0000', companyType: 1, classification: 103,
    phone: '+1 206 555 0100', webAddress: 'https://www.harborline-it.com', address1: '1200 Western Ave, Suite 400',
    city: 'Seattle', state: 'WA', postalCode: '98101', countryID: 237, ownerResourceID: RESOURCE.lenaHart,
    isActive: true, createDate: '2019-01-02T08:00:00Z', lastActivityDate: '2026-11-28T08:14:09.4Z',
  }])[0]!;
}

export function companyRows(): Row[] {
  const co = (id: number, companyName: string, domain: string, extra: Record<string, unknown>) => ({
    id, companyName, webAddress: `https://www.${domain}`, companyType: 1, classification: 101, countryID: 237,
    ownerResourceID: RESOURCE.lenaHart, isActive: true, createDate: created, lastActivityDate: '2026-11-20T10:00:00Z',
    ...extra,
  });
  return [
    harborlineRow(),
    ...seedRows('Companies', [
      co(C.contoso, 'Contoso Dental Group', 'contosodental.com', {
        companyNumber: 'CDG-1042', phone: '+1 425 555 0114', address1: '455 Bellevue Way NE', city: 'Bellevue', state: 'WA',
        postalCode: '98004', udf: { 'Customer Ranking': 'Golden', 'NAV ID': 'C10042', 'Seats Under Contract': '38' },
      }),
      co(C.fabrikam, 'Fabrikam Logistics', 'fabrikamlogistics.com', {
        companyNumber: 'FAB-2210', phone: '+1 253 555 0187', address1: '3100 Port of Tacoma Rd', city: 'Tacoma', state: 'WA',
        postalCode: '98421', ownerResourceID: RESOURCE.samRivera,
        udf: { 'Customer Ranking': 'Silver', 'NAV ID': 'C10057', 'Seats Under Contract': '64' },
      }),
      co(C.woodgrove, 'Woodgrove Law LLP', 'woodgrovelaw.com', {
        companyNumber: 'WGL-0310', phone: '+1 206 555 0175', address1: '701 Fifth Ave, Floor 42', city: 'Seattle', state: 'WA',
        postalCode: '98104', udf: { 'Customer Ranking': 'Golden', 'NAV ID': 'C10061', 'Seats Under Contract': '22' },
      }),
      co(C.mueller, 'Müller Bäckerei GmbH', 'mueller-baeckerei.de', {
        companyNumber: 'MBK-0077', phone: '+49 89 5550 1234', address1: 'Sendlinger Straße 12', city: 'München', state: 'BY',
        postalCode: '80331', countryID: 83, classification: 102,
        udf: { 'Customer Ranking': 'Bronze', 'NAV ID': 'C10090', 'Seats Under Contract': '9' },
      }),
      co(C.northwind, 'Northwind Traders', 'northwindtraders.com', {
        companyNumber: 'NWT-0500', phone: '+1 503 555 0130', address1: '88 SW Harbor Dr', city: 'Portland', state: 'OR',
        postalCode: '97201', udf: { 'Customer Ranking': 'Silver' },
      }),
      co(C.northwindSeattle, 'Northwind Traders — Seattle Branch', 'northwindtraders.com', {
        companyNumber: 'NWT-0501', phone: '+1 206 555 0131', address1: '2201 1st Ave S', city: 'Seattle', state: 'WA',
        postalCode: '98134', parentCompanyID: C.northwind,
      }),
      co(C.tailspin, 'Tailspin Toys', 'tailspintoys.com', {
        companyNumber: 'TST-0009', phone: '+1 360 555 0102', companyType: 3, classification: null, city: 'Olympia', state: 'WA',
        ownerResourceID: RESOURCE.lenaHart,
      }),
      co(C.adventureWorks, 'Adventure Works Cycles', 'adventure-works.com', {
        companyNumber: 'AWC-0150', phone: '+1 425 555 0166', companyType: 6, isActive: false, city: 'Redmond', state: 'WA',
      }),
      co(C.litware, 'Litware Inc.', 'litware.com', {
        companyNumber: 'VEN-0003', phone: '+1 800 555 0119', companyType: 7, classification: null, city: 'Austin', state: 'TX',
      }),
    ]),
  ];
}

export function contactRows(): Row[] {
  const ct = (id: number, companyID: number, firstName: string, lastName: string, emailAddress: string, extra: Record<string, unknown> = {}) => ({
    id, companyID, firstName, lastName, emailAddress, isActive: 1, receivesEmailNotifications: true, primaryContact: false,
    createDate: created, lastActivityDate: '2026-11-20T10:00:00Z', lastModifiedDate: created,
    udf: { 'Preferred Language': 'ENU' }, ...extra,
  });
  return seedRows('Contacts', [
    ct(K.mariaLopez, C.contoso, 'Maria', 'Lopez', 'maria.lopez@contosodental.com', { title: 'Office Manager', phone: '+1 425 555 0115', primaryContact: true }),
    ct(K.kevinZhao, C.contoso, 'Kevin', 'Zhao', 'kevin.zhao@contosodental.com', {
      title: 'Practice Owner (DDS)', emailAddress2: 'k.zhao@contosodental.com', emailAddress3: 'kevin.zhao.dds@outlook.com',
      mobilePhone: '+1 425 555 0190', udf: { 'Preferred Language': 'ENU', 'CRM ID': 'DCB71616-857F-E811-A971-000D3AB4CCCD' },
    }),
    ct(K.tomBecker, C.fabrikam, 'Tom', 'Becker', 'tom.becker@fabrikamlogistics.com', { title: 'IT Coordinator', phone: '+1 253 555 0188', primaryContact: true }),
    ct(K.anaSouza, C.fabrikam, 'Ana', 'Souza', 'ana.souza@fabrikamlogistics.com', {
      title: 'Operations Manager', emailAddress2: 'dispatch@fabrikamlogistics.com',
    }),
    ct(K.jennaPark, C.woodgrove, 'Jenna', 'Park', 'jenna.park@woodgrovelaw.com', { title: 'Office Administrator', phone: '+1 206 555 0176', primaryContact: true }),
    ct(K.marcusReed, C.woodgrove, 'Marcus', 'Reed', 'marcus.reed@woodgrovelaw.com', { title: 'Managing Partner' }),
    ct(K.joergMueller, C.mueller, 'Jörg', 'Müller', 'joerg.mueller@mueller-baeckerei.de', {
      title: 'Geschäftsführer', phone: '+49 89 5550 1235', primaryContact: true, udf: { 'Preferred Language': 'DEU' },
    }),
    ct(K.priyankaShah, C.northwind, 'Priyanka', 'Shah', 'accounts@northwindtraders.com', {
      title: 'Finance Lead', emailAddress2: 'priyanka.shah@northwindtraders.com', primaryContact: true,
    }),
    ct(K.luisOrtega, C.northwindSeattle, 'Luis', 'Ortega', 'accounts@northwindtraders.com', {
      title: 'Branch Accountant', emailAddress2: 'luis.ortega@northwindtraders.com', primaryContact: true,
    }),
    ct(K.ryanCole, C.tailspin, 'Ryan', 'Cole', 'ryan.cole@tailspintoys.com', { title: 'COO' }),
    ct(K.emmaNovak, C.adventureWorks, 'Emma', 'Novak', 'emma.novak@adventure-works.com', { title: 'IT Manager' }),
    ct(K.paulGrant, C.contoso, 'Paul', 'Grant', 'paul.grant@contosodental.com', { title: 'Former Hygienist', isActive: 0 }),
    ct(K.litwareSupport, C.litware, 'Litware', 'Support Desk', 'support@litware.com', { title: 'Vendor support' }),
  ]);
}
