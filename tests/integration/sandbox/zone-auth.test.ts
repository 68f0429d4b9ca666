import { corpus, openApi, type Api } from './helpers';

let api: Api;
beforeAll(async () => { api = await openApi(); });
afterAll(() => api.sb.close());

describe('zone discovery (reference §1)', () => {
  it('answers without credentials with the zone root (trailing slash, no version)', async () => {
    const res = await fetch(`${api.sb.origin}/atservicesrest/v1.0/zoneInformation?user=${encodeURIComponent(api.sb.credentials.username)}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({ zoneName: expect.any(String), url: api.sb.zoneUrl, webUrl: api.sb.webUrl, ci: expect.any(Number) });
    expect(body.url).toMatch(/\/atservicesrest\/$/);
  });

  it('knows real users by email too, and answers 500 for an unknown user', async () => {
    expect((await fetch(`${api.sb.origin}/ATServicesRest/V1.0/ZoneInformation?user=sam.rivera@harborline-it.com`)).status).toBe(200);
    const res = await fetch(`${api.sb.origin}/atservicesrest/v1.0/zoneInformation?user=nobody@example.com`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual(corpus('error-zone-not-determined.json'));
  });

  it('serves version information unauthenticated', async () => {
    const res = await fetch(`${api.sb.origin}/atservicesrest/versioninformation`);
    expect(await res.json()).toEqual({ apiVersions: ['1.0'] });
  });
});

describe('header authentication (reference §2)', () => {
  it('accepts header names in any casing', async () => {
    const h = api.headers;
    const res = await fetch(`${api.rest}/Tickets/8101`, {
      headers: { apiintegrationcode: h.ApiIntegrationCode!, USERNAME: h.UserName!, secret: h.Secret! },
    });
    expect(res.status).toBe(200);
  });

  it('answers a wrong secret with 401', async () => {
    const res = await api.get('/Tickets/8101', { Secret: 'wrong' });
    expect(res.status).toBe(401);
  });

  it('answers a wrong username with 500 "zone could not be determined"', async () => {
    const res = await api.get('/Tickets/8101', { UserName: 'someone@else.com' });
    expect(res.status).toBe(500);
    expect(res.body).toEqual(corpus('error-zone-not-determined.json'));
  });

  it('answers a wrong integration code with 500 "IntegrationCode is invalid."', async () => {
    const res = await api.get('/Tickets/8101', { ApiIntegrationCode: 'NOPE' });
    expect(res.status).toBe(500);
    expect(res.body).toEqual(corpus('error-integrationcode-invalid.json'));
  });

  it('does not let a normal (non-API) user in, and needs all three headers', async () => {
    expect((await api.get('/Tickets/8101', { UserName: 'sam.rivera@harborline-it.com' })).status).toBe(401);
    const res = await fetch(`${api.rest}/Tickets/8101`);
    expect(res.status).toBe(401);
  });
});
