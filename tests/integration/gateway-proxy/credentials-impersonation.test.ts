import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RESOURCE, TICKET } from '../../../src/sandbox';
import { ALLOWED_ORIGIN, asDan, asSam, json, leaks, raw, startStack, type Stack } from './helpers';

const P = '/api/autotask/v1.0';
const note = { description: 'Customer called back from Outlook', noteType: 1, publish: 1 };

describe('Autotask proxy: credentials and impersonation (real HTTP → sandbox)', () => {
  let s: Stack;
  beforeAll(async () => { s = await startStack(); });
  afterAll(() => s.close());

  it('adds the API credentials server-side (the sandbox accepts the call) and never shows them to the browser', async () => {
    const res = await s.raw('GET', `${P}/Tickets/${TICKET.fabrikamVpn}`, { headers: asSam });
    expect(res.status).toBe(200);
    expect(res.body.item).toMatchObject({ id: TICKET.fabrikamVpn, ticketNumber: 'T20261128.0001' });
    expect(leaks(s.sb, res)).toEqual([]);
    expect(Object.keys(res.headers)).not.toEqual(expect.arrayContaining(['set-cookie']));
    expect(res.headers).toMatchObject({ 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' });
  });

  it('answers 401 invalid_session without a session, with a bad token, and forwards nothing', async () => {
    const before = s.sandboxHits();
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer nope' }, { authorization: 'Basic c2FtOnNhbQ==' }];
    for (const headers of attempts) {
      const res = await s.raw('GET', `${P}/Tickets/${TICKET.fabrikamVpn}`, { headers });
      expect([res.status, res.body.error, res.headers['www-authenticate']]).toEqual([401, 'invalid_session', 'Bearer']);
    }
    expect(s.sandboxHits()).toBe(before);
  });

  it('creates a TicketNote as the signed-in resource: the API user is only the impersonator', async () => {
    const res = await s.raw('POST', `${P}/Tickets/${TICKET.fabrikamVpn}/Notes`, { headers: { ...asDan, ...json }, body: JSON.stringify(note) });
    expect(res.status).toBe(200);
    const stored = await s.raw('GET', `${P}/TicketNotes/${res.body.itemId}`, { headers: asSam });
    expect(stored.body.item).toMatchObject({ creatorResourceID: RESOURCE.danOkafor, impersonatorCreatorResourceID: RESOURCE.apiUser });
  });

  it('sends no impersonation header where Autotask does not support it (Appointments would be refused with one)', async () => {
    const appointment = { resourceID: RESOURCE.samRivera, title: 'Call back', startDateTime: '2026-12-02T10:00:00Z', endDateTime: '2026-12-02T10:30:00Z' };
    const res = await s.raw('POST', `${P}/Appointments`, { headers: { ...asSam, ...json }, body: JSON.stringify(appointment) });
    expect([res.status, typeof res.body.itemId]).toEqual([200, 'number']);
  });

  it.each(['ImpersonationResourceId', 'impersonationresourceid', 'IMPERSONATIONRESOURCEID'])('refuses a client-sent %s with 400 impersonation_refused', async (name) => {
    const before = s.sandboxHits();
    const res = await s.raw('POST', `${P}/Tickets/${TICKET.fabrikamVpn}/Notes`, { headers: { ...asSam, ...json, [name]: String(RESOURCE.priyaNatarajan) }, body: JSON.stringify(note) });
    expect([res.status, res.body.error]).toEqual([400, 'impersonation_refused']);
    expect(s.sandboxHits()).toBe(before);
  });

  it('refuses contact attribution in a write body (createdByContactID) with 400 impersonation_refused', async () => {
    const res = await s.raw('POST', `${P}/Tickets/${TICKET.fabrikamVpn}/Notes`, { headers: { ...asSam, ...json }, body: JSON.stringify({ ...note, CreatedByContactID: 30683003 }) });
    expect([res.status, res.body.error]).toEqual([400, 'impersonation_refused']);
  });

  it.each(['ApiIntegrationCode', 'UserName', 'Secret', 'secret'])('refuses a client-sent %s header with 400 credentials_refused', async (name) => {
    const res = await s.raw('GET', `${P}/Tickets/${TICKET.fabrikamVpn}`, { headers: { ...asSam, [name]: 'x' } });
    expect([res.status, res.body.error]).toEqual([400, 'credentials_refused']);
  });

  it('passes Autotask answers through: a missing record, a validation error (500 with its errors)', async () => {
    expect(await s.raw('GET', `${P}/Tickets/1`, { headers: asSam })).toMatchObject({ status: 200, body: { item: null } });
    const bad = await s.raw('POST', `${P}/Tickets/1/Notes`, { headers: { ...asSam, ...json }, body: JSON.stringify(note) });
    expect([bad.status, bad.body]).toEqual([500, { errors: ['Reference value on field: ticketID of type: Ticket does not exist or is invalid.'] }]);
  });
});

describe('Autotask proxy: what goes upstream (a recording stand-in zone)', () => {
  const seen: IncomingHttpHeaders[] = [];
  let zone: FastifyInstance;
  let s: Stack;
  beforeAll(async () => {
    zone = Fastify() as unknown as FastifyInstance;
    // A zone that misbehaves: it echoes the credential headers back in its answers.
    zone.all('/atservicesrest/v1.0/*', async (req: FastifyRequest) => {
      seen.push(req.headers);
      return { item: { id: 1, note: `you sent Secret=${String(req.headers.secret)} code=${String(req.headers.apiintegrationcode)}` } };
    });
    await zone.listen({ port: 0, host: '127.0.0.1' });
    s = await startStack({ autotask: { zoneUrl: `http://127.0.0.1:${(zone.server.address() as AddressInfo).port}/atservicesrest/` } });
  });
  afterAll(async () => {
    await s.close();
    await zone.close();
  });

  it('forwards only the API headers it builds itself: no cookie, Authorization, origin or client header', async () => {
    const res = await raw(s.origin, 'GET', `${P}/Tickets/1`, {
      headers: { ...asSam, cookie: 'sid=abc', origin: ALLOWED_ORIGIN, 'x-forwarded-for': '10.0.0.1', 'x-autotask-command': 'addTicket', 'x-custom': 'leak' },
    });
    expect(res.status).toBe(200);
    const h = seen[seen.length - 1]!;
    expect(h).toMatchObject({ apiintegrationcode: s.sb.credentials.integrationCode, username: s.sb.credentials.username, secret: s.sb.credentials.secret, impersonationresourceid: String(RESOURCE.samRivera) });
    for (const name of ['cookie', 'authorization', 'origin', 'x-forwarded-for', 'x-autotask-command', 'x-custom']) expect(h).not.toHaveProperty(name);
    expect(Object.keys(h).sort()).toEqual(expect.arrayContaining(['accept', 'host']));
    expect(Object.keys(h).every((k) => ['accept', 'accept-encoding', 'apiintegrationcode', 'connection', 'host', 'impersonationresourceid', 'secret', 'user-agent', 'username'].includes(k))).toBe(true);
  });

  it('scrubs an echoed secret or integration code out of the answer', async () => {
    const res = await raw(s.origin, 'GET', `${P}/Companies/1`, { headers: asSam });
    expect(res.body.item.note).toBe('you sent Secret=[REDACTED] code=[REDACTED]');
    expect(leaks(s.sb, res)).toEqual([]);
  });
});
