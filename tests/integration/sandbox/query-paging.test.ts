import { ALL, corpus, openApi, type Api } from './helpers';
import { COMPANY, CONTACT, RESOURCE } from '../../../src/sandbox/index';

let api: Api;
beforeAll(async () => { api = await openApi(); });
afterAll(() => api.sb.close());

const ids = (body: { items: { id: number }[] }) => body.items.map((i) => i.id);

describe('queries over HTTP (reference §4)', () => {
  it('GET ?search= and POST bodies give the same results, any key casing', async () => {
    const filter = [{ op: 'eq', field: 'CompanyID', value: COMPANY.contoso }];
    const viaGet = await api.search('Contacts', { filter });
    const viaPost = await api.post('/contacts/QUERY', { Filter: filter });
    const lower = await api.post('/Contacts/query', { filter, maxrecords: 500, includefields: ['firstName'] });
    expect(viaGet.status).toBe(200);
    expect(ids(viaGet.body)).toEqual([CONTACT.mariaLopez, CONTACT.kevinZhao, CONTACT.paulGrant]);
    expect(ids(viaPost.body)).toEqual(ids(viaGet.body));
    expect(ids(lower.body)).toEqual(ids(viaGet.body));
    expect(Object.keys(lower.body.items[0])).toEqual(['id', 'firstName', 'userDefinedFields']);
  });

  it('finds a resource by email and a contact by any of its three addresses (sender matching)', async () => {
    const sam = await api.search('Resources', { filter: [{ op: 'eq', field: 'email', value: 'sam.rivera@harborline-it.com' }] });
    expect(ids(sam.body)).toEqual([RESOURCE.samRivera]);
    const address = 'kevin.zhao.dds@outlook.com';
    const any = await api.post('/Contacts/query', { filter: [{ op: 'or', items: ['emailAddress', 'emailAddress2', 'emailAddress3'].map((field) => ({ op: 'eq', field, value: address })) }] });
    expect(ids(any.body)).toEqual([CONTACT.kevinZhao]);
    const shared = await api.search('Contacts', { filter: [{ op: 'eq', field: 'emailAddress', value: 'accounts@northwindtraders.com' }] });
    expect(ids(shared.body)).toEqual([CONTACT.priyankaShah, CONTACT.luisOrtega]);
    const domain = await api.search('Companies', { filter: [{ op: 'contains', field: 'webAddress', value: 'woodgrovelaw.com' }] });
    expect(ids(domain.body)).toEqual([COMPANY.woodgrove]);
  });

  it('runs the official grouping example and a UDF filter', async () => {
    const grouped = await api.post('/Contacts/query', corpus('request-query-post-grouping.json'));
    expect(grouped.status).toBe(200);
    expect(grouped.body.items).toEqual([]);
    const golden = await api.post('/Companies/query', { filter: [{ op: 'eq', field: 'Customer Ranking', udf: true, value: 'Golden' }] });
    expect(ids(golden.body)).toEqual([COMPANY.contoso, COMPANY.woodgrove]);
  });

  it('returns everything for an unknown operator (Autotask drops it silently)', async () => {
    const res = await api.search('Companies', { filter: [{ op: 'startsWith', field: 'companyName', value: 'Contoso' }] });
    expect(res.body.pageDetails.count).toBe(10);
  });

  it('reports the Autotask errors: no filter, unknown field, bad boolean, MaxRecords', async () => {
    const none = await api.post('/Tickets/query', {});
    expect(none.status).toBe(500);
    expect(none.body.errors[0]).toMatch(/^Value cannot be null/);
    const unknown = await api.search('TimeEntries', { filter: [{ op: 'eq', field: 'projectID', value: 1 }] });
    expect([unknown.status, unknown.body]).toEqual([500, { errors: ['Unable to find projectID in the TimeEntry Entity'] }]);
    const bool = await api.search('Companies', { filter: [{ op: 'eq', field: 'isActive', value: 'yes' }] });
    expect(bool.status).toBe(500);
    const big = await api.post('/Companies/query', { MaxRecords: 501, filter: ALL });
    expect(big.status).toBe(500);
  });

  it('counts with GET and POST', async () => {
    const filter = [{ op: 'eq', field: 'isActive', value: 1 }];
    const viaPost = await api.post('/Contacts/query/count', { filter });
    const viaGet = await api.get(`/Contacts/query/count?search=${encodeURIComponent(JSON.stringify({ filter }))}`);
    expect(viaPost.body).toEqual({ queryCount: 12 });
    expect(viaGet.body).toEqual({ queryCount: 12 });
  });
});

describe('keyset paging (reference §5)', () => {
  let total = 0;
  beforeAll(async () => {
    api.sb.control.seedBulkContacts(1200);
    total = (await api.post('/Contacts/query/count', { filter: ALL })).body.queryCount;
    expect(total).toBe(1213);
  });

  it('pages a GET query by following nextPageUrl with GET (search is carried along)', async () => {
    const seen: number[] = [];
    let res = await api.search('Contacts', { filter: ALL });
    expect(res.body.pageDetails).toMatchObject({ count: 500, requestCount: 500, prevPageUrl: null });
    let pages = 1;
    while (true) {
      seen.push(...ids(res.body));
      const next = res.body.pageDetails.nextPageUrl as string | null;
      if (!next) break;
      expect(next.startsWith(`${api.sb.origin}/ATServicesRest/V1.0/Contacts/query/next?paging=`)).toBe(true);
      expect(next).toContain('&search=');
      res = await api.get(next);
      expect(res.status).toBe(200);
      expect(res.body.pageDetails.prevPageUrl).toEqual(expect.any(String));
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(total);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(total);
  });

  it('pages a POST query only by re-POSTing the same body; GET on that URL is 405', async () => {
    const body = { MaxRecords: 400, filter: [{ op: 'gte', field: 'id', value: 0 }] };
    const first = await api.post('/Contacts/query', body);
    const next = first.body.pageDetails.nextPageUrl as string;
    expect(next).not.toContain('search=');
    const viaGet = await api.get(next);
    expect(viaGet.status).toBe(405);
    expect(viaGet.body).toEqual(corpus('error-405-method-not-allowed.json'));
    const seen = ids(first.body);
    let url: string | null = next;
    while (url) {
      const page = await api.post(url, body);
      expect(page.body.pageDetails.requestCount).toBe(400);
      seen.push(...ids(page.body));
      url = page.body.pageDetails.nextPageUrl;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('follows prevPageUrl back to the previous page', async () => {
    const first = await api.search('Contacts', { MaxRecords: 100, filter: ALL });
    const second = await api.get(first.body.pageDetails.nextPageUrl);
    const back = await api.get(second.body.pageDetails.prevPageUrl);
    expect(ids(back.body)).toEqual(ids(first.body));
  });
});
