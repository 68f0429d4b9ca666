import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { RESOURCE, TICKET } from '../../../src/sandbox';
import { ALLOWED_ORIGIN, asDan, asSam, json, startStack, type Stack } from './helpers';

const P = '/api/autotask/v1.0';
const note = JSON.stringify({ description: 'From Outlook', noteType: 1, publish: 1 });
const appointment = (resourceID: number) => JSON.stringify({ resourceID, title: 'Visit', startDateTime: '2026-12-03T09:00:00Z', endDateTime: '2026-12-03T10:00:00Z' });

describe('Autotask proxy: CORS, audit, ownership', () => {
  let s: Stack;
  beforeAll(async () => { s = await startStack(); });
  afterAll(() => s.close());

  it('answers a preflight from the allowed origin with the allow-listed methods and headers, never credentials', async () => {
    const res = await s.raw('OPTIONS', `${P}/Tickets/${TICKET.fabrikamVpn}/Notes`, {
      headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, impersonationresourceid' },
    });
    expect(res.status).toBe(204);
    expect(res.headers).toMatchObject({ 'access-control-allow-origin': ALLOWED_ORIGIN, 'access-control-allow-methods': 'GET, POST, PATCH, DELETE', 'access-control-allow-headers': 'authorization, content-type, x-autotask-command' });
    expect(res.headers).not.toHaveProperty('access-control-allow-credentials');
    const put = await s.raw('OPTIONS', `${P}/Tickets/1`, { headers: { origin: ALLOWED_ORIGIN, 'access-control-request-method': 'PUT' } });
    expect(put.status).toBe(403);
  });

  it('refuses a preflight and a request from a foreign origin, without CORS headers and before the session', async () => {
    const pre = await s.raw('OPTIONS', `${P}/Tickets/1`, { headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect([pre.status, pre.body.error]).toEqual([403, 'origin_not_allowed']);
    expect(pre.headers).not.toHaveProperty('access-control-allow-origin');
    const before = s.sandboxHits();
    for (const origin of ['https://evil.example', 'null', `${ALLOWED_ORIGIN}.evil.example`]) {
      const res = await s.raw('GET', `${P}/Tickets/${TICKET.fabrikamVpn}`, { headers: { ...asSam, origin } });
      expect([res.status, res.body.error, res.headers['access-control-allow-origin']]).toEqual([403, 'origin_not_allowed', undefined]);
    }
    expect(s.sandboxHits()).toBe(before);
  });

  it('adds the CORS headers to answers for the allowed origin, none without an Origin', async () => {
    const res = await s.raw('GET', `${P}/Tickets/${TICKET.fabrikamVpn}`, { headers: { ...asSam, origin: ALLOWED_ORIGIN } });
    expect([res.status, res.headers['access-control-allow-origin'], res.headers.vary]).toEqual([200, ALLOWED_ORIGIN, 'Origin']);
    expect(res.headers).not.toHaveProperty('access-control-allow-credentials');
    expect((await s.raw('GET', `${P}/Tickets/${TICKET.fabrikamVpn}`, { headers: asSam })).headers).not.toHaveProperty('access-control-allow-origin');
  });

  it('writes one audit entry per successful write, with the command, and none for reads or refused writes', async () => {
    s.audits.length = 0;
    await s.raw('GET', `${P}/Tickets/${TICKET.fabrikamVpn}`, { headers: asSam });
    await s.raw('POST', `${P}/Tickets/query`, { headers: { ...asSam, ...json }, body: '{"filter":[{"op":"exist","field":"id"}]}' });
    await s.raw('POST', `${P}/Tickets/1/Notes`, { headers: { ...asSam, ...json }, body: note }); // Autotask refuses: no such ticket
    const created = await s.raw('POST', `${P}/Tickets/${TICKET.fabrikamVpn}/Notes`, { headers: { ...asSam, ...json, 'x-autotask-command': 'addTicketNote' }, body: note });
    await s.raw('POST', `${P}/Tickets/${TICKET.fabrikamVpn}/Notes`, { headers: { ...asDan, ...json, 'x-autotask-command': 'drop table;' }, body: note });
    await s.raw('PATCH', `${P}/Tickets`, { headers: { ...asSam, ...json }, body: JSON.stringify({ id: TICKET.fabrikamVpn, priority: 1 }) });
    expect(s.audits).toEqual([
      { resourceId: RESOURCE.samRivera, email: 'sam.rivera@harborline-it.com', method: 'POST', entity: 'TicketNotes', recordId: created.body.itemId, command: 'addTicketNote', at: expect.any(Date) },
      { resourceId: RESOURCE.danOkafor, email: 'dan.okafor@harborline-it.com', method: 'POST', entity: 'TicketNotes', recordId: expect.any(Number), command: null, at: expect.any(Date) },
      { resourceId: RESOURCE.samRivera, email: 'sam.rivera@harborline-it.com', method: 'PATCH', entity: 'Tickets', recordId: TICKET.fabrikamVpn, command: null, at: expect.any(Date) },
    ]);
  });

  it("lets a user write only their own appointments (Autotask can't impersonate there)", async () => {
    const other = await s.raw('POST', `${P}/Appointments`, { headers: { ...asSam, ...json }, body: appointment(RESOURCE.danOkafor) });
    expect([other.status, other.body.error]).toEqual([403, 'not_allowed']);
    const own = await s.raw('POST', `${P}/Appointments`, { headers: { ...asDan, ...json }, body: appointment(RESOURCE.danOkafor) });
    expect(own.status).toBe(200);
    const id = own.body.itemId as number;
    const steal = await s.raw('PATCH', `${P}/Appointments`, { headers: { ...asSam, ...json }, body: JSON.stringify({ id, title: 'Mine now' }) });
    expect([steal.status, steal.body.error]).toEqual([403, 'not_allowed']);
    const edit = await s.raw('PATCH', `${P}/Appointments`, { headers: { ...asDan, ...json }, body: JSON.stringify({ id, title: 'Visit (moved)' }) });
    expect(edit.status).toBe(200);
    expect((await s.raw('GET', `${P}/Appointments/${id}`, { headers: asDan })).body.item).toMatchObject({ resourceID: RESOURCE.danOkafor, title: 'Visit (moved)' });
  });
});

describe('Autotask proxy: limits and failures', () => {
  it('shares one thread limit across all users: 30 concurrent reads from two users, 3 in flight, never refused', async () => {
    const s = await startStack({ sandbox: { latencyMs: 15 } });
    const burst = () => Promise.all(Array.from({ length: 30 }, (_, i) => s.raw('GET', `${P}/Tickets/${TICKET.fabrikamVpn}`, { headers: i % 2 ? asSam : asDan })));
    try {
      await s.raw('GET', `${P}/Tickets/1`, { headers: asSam }); // zone discovered
      s.sb.control.resetCounters();
      expect((await burst()).map((r) => r.status)).toEqual(Array(30).fill(200));
      expect(s.sb.control.maxConcurrency().Tickets).toBe(3); // the sandbox has no limit here: the proxy holds it
      s.sb.control.setThreadLimit(3);
      s.sb.control.resetCounters();
      expect((await burst()).map((r) => r.status)).toEqual(Array(30).fill(200));
      expect(s.sb.control.requestCounts().Tickets).toBe(30); // no thread-limit refusal, so no retry
    } finally {
      await s.close();
    }
  });

  it('answers 504 autotask_timeout when Autotask is too slow, with advice for writes', async () => {
    const s = await startStack({ autotask: { timeoutMs: 150 } });
    try {
      s.sb.control.addFault({ match: { path: /Tickets/i }, kind: 'delay', ms: 600 });
      const read = await s.raw('GET', `${P}/Tickets/${TICKET.fabrikamVpn}`, { headers: asSam });
      expect([read.status, read.body.error]).toEqual([504, 'autotask_timeout']);
      const write = await s.raw('POST', `${P}/Tickets/${TICKET.fabrikamVpn}/Notes`, { headers: { ...asSam, ...json }, body: note });
      expect([write.status, write.body.error]).toEqual([504, 'autotask_timeout']);
      expect(write.body.error_description).toMatch(/check Autotask before you repeat it/);
    } finally {
      await s.close();
    }
  });

  it('answers 502 autotask_unreachable when the zone refuses connections', async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as AddressInfo).port;
        srv.close(() => resolve(p));
      });
    });
    const s = await startStack({ autotask: { zoneUrl: `http://127.0.0.1:${port}/atservicesrest/`, retry: { maxRetries: 1, baseDelayMs: 1 } } });
    try {
      const res = await s.raw('GET', `${P}/Tickets/1`, { headers: asSam });
      expect([res.status, res.body.error]).toEqual([502, 'autotask_unreachable']);
      expect(res.body.error_description).toMatch(/Try again in a minute/);
      expect(res.text).not.toContain(String(port));
    } finally {
      await s.close();
    }
  });

  it("answers 502 autotask_credentials_rejected (not a session 401) when Autotask refuses the gateway's API user", async () => {
    const s = await startStack();
    try {
      const wrong = { ...s.sb.credentials, secret: 'not-the-secret' };
      const t = await startStack({ autotask: { credentials: wrong, discoveryUrl: s.sb.zoneUrl } });
      try {
        const res = await t.raw('GET', `${P}/Tickets/${TICKET.fabrikamVpn}`, { headers: asSam });
        expect([res.status, res.body.error]).toEqual([502, 'autotask_credentials_rejected']);
      } finally {
        await t.close();
      }
    } finally {
      await s.close();
    }
  });
});
