import { createAutotaskClient, where } from '../../../src/autotask';
import { TICKET } from '../../../src/sandbox';
import { recordingAdapter, type Sent } from '../autotask/helpers/sandbox-client';
import { asSam, json, startStack, type Stack } from './helpers';

const P = '/api/autotask/v1.0';
const noteOfSize = (bytes: number) => JSON.stringify({ description: 'x'.repeat(bytes), noteType: 1, publish: 1 });
const attachmentOfSize = (fileBytes: number) =>
  JSON.stringify({ title: 'scan', fullPath: 'scan.pdf', attachmentType: 'FILE_ATTACHMENT', publish: 1, data: Buffer.alloc(fileBytes, 7).toString('base64') });

describe('Autotask proxy: body limits', () => {
  let s: Stack;
  beforeAll(async () => { s = await startStack(); });
  afterAll(() => s.close());

  it('forwards a note under 256 KiB and refuses one over it with 413 body_too_large (declared or streamed)', async () => {
    // Forwarded: Autotask itself refuses a 200 KiB description (its limit is 32,000 characters).
    const ok = await s.raw('POST', `${P}/Tickets/${TICKET.fabrikamVpn}/Notes`, { headers: { ...asSam, ...json }, body: noteOfSize(200 * 1024) });
    expect([ok.status, ok.body.errors?.[0]]).toEqual([500, expect.stringMatching(/maximum length/i)]);
    const before = s.sandboxHits();
    const declared = await s.raw('POST', `${P}/Tickets/${TICKET.fabrikamVpn}/Notes`, { headers: { ...asSam, ...json }, body: noteOfSize(300 * 1024), declaredLength: 300 * 1024 + 50 });
    expect([declared.status, declared.body.error]).toEqual([413, 'body_too_large']);
    const streamed = await s.raw('POST', `${P}/Tickets/${TICKET.fabrikamVpn}/Notes`, { headers: { ...asSam, ...json }, body: noteOfSize(300 * 1024), chunked: 16 * 1024 });
    expect([streamed.status, streamed.body.error]).toEqual([413, 'body_too_large']);
    expect(s.sandboxHits()).toBe(before);
  });

  it('gives ticket attachments the larger limit: a ~5 MB file goes through, a ~7 MB one (base64 > 9 MiB) is refused', async () => {
    const five = await s.raw('POST', `${P}/Tickets/${TICKET.fabrikamVpn}/Attachments`, { headers: { ...asSam, ...json }, body: attachmentOfSize(5 * 1024 * 1024) });
    expect([five.status, typeof five.body.itemId]).toEqual([200, 'number']);
    const seven = await s.raw('POST', `${P}/Tickets/${TICKET.fabrikamVpn}/Attachments`, { headers: { ...asSam, ...json }, body: attachmentOfSize(7 * 1024 * 1024), chunked: 256 * 1024 });
    expect([seven.status, seven.body.error]).toEqual([413, 'body_too_large']);
  });

  it('refuses a body that is not a JSON object, a GET with a body and a non-JSON content type', async () => {
    const at = `${P}/Tickets/${TICKET.fabrikamVpn}/Notes`;
    expect((await s.raw('POST', at, { headers: { ...asSam, ...json }, body: '[1,2]' })).body.error).toBe('invalid_request');
    expect((await s.raw('POST', at, { headers: { ...asSam, ...json }, body: '{"description":' })).body.error).toBe('invalid_request');
    expect((await s.raw('POST', at, { headers: asSam })).body.error).toBe('invalid_request');
    expect((await s.raw('GET', `${P}/Tickets/1`, { headers: { ...asSam, ...json }, body: '{}' })).body.error).toBe('invalid_request');
    expect(await s.raw('POST', at, { headers: { ...asSam, 'content-type': 'text/plain' }, body: '{}' })).toMatchObject({ status: 415, body: { error: 'unsupported_media_type' } });
    expect(await s.raw('POST', at, { headers: { ...asSam, ...json, 'content-encoding': 'gzip' }, body: '{}' })).toMatchObject({ status: 415 });
  });
});

describe('Autotask proxy: paging through the gateway', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack();
    s.sb.control.seedBulkContacts(1200);
  });
  afterAll(() => s.close());

  it('rewrites nextPageUrl to the proxy: the browser never sees the zone host', async () => {
    const res = await s.raw('POST', `${P}/Contacts/query`, { headers: { ...asSam, ...json }, body: JSON.stringify({ filter: [where.all()], MaxRecords: 10 }) });
    expect(res.body.pageDetails.nextPageUrl).toMatch(/^\/api\/autotask\/v1\.0\/Contacts\/query\/next\?paging=/);
    expect(res.text).not.toContain(s.sb.origin);
    expect(res.text).not.toMatch(/atservicesrest/i);
  });

  const gatewayClient = (sent: Sent[]) => createAutotaskClient({
    mode: 'gateway', baseUrl: `${s.origin}/api/autotask/v1.0/`, adapter: recordingAdapter(sent),
    beforeRequest: (r) => void (r.headers.Authorization = 'Bearer sam-token'),
  });

  it.each(['POST', 'GET'] as const)('lets the client in gateway mode page a %s query across 3 pages, every request through the proxy', async (form) => {
    const sent: Sent[] = [];
    const all = await gatewayClient(sent).contacts.queryAll({ filter: where.all(), includeFields: ['lastName'], maxRecords: 500 }, { form });
    expect(all.length).toBeGreaterThan(1200);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    const next = sent.filter((x) => /\/query\/next\?paging=/.test(x.url));
    expect(next.length).toBeGreaterThanOrEqual(2);
    expect(next.every((x) => x.method === form)).toBe(true);
    expect(sent.every((x) => x.url.startsWith(`${s.origin}/api/autotask/v1.0/`))).toBe(true);
  });

  it('serves the typed client in gateway mode end to end (get, count, create, metadata)', async () => {
    const at = gatewayClient([]);
    expect((await at.tickets.getRequired(TICKET.fabrikamVpn)).ticketNumber).toBe('T20261128.0001');
    expect(await at.contacts.count({ filter: where.all() })).toBeGreaterThan(1200);
    expect(await at.ticketNotes.create(TICKET.fabrikamVpn, { description: 'From Outlook', noteType: 1, publish: 1 })).toBeGreaterThan(0);
    expect((await at.metadata.fields('Tickets')).required().length).toBeGreaterThan(0);
    await expect(at.thresholdInformation()).rejects.toMatchObject({ status: 403, errors: [expect.stringContaining('may not make this Autotask request')] });
  });
});
