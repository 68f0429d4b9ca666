/**
 * The proxy's only DELETEs: Add Service Call's "Remove it" of a set saved in part. Through the
 * real proxy and sandbox: a call with a ticket and a resource is made, then removed in reverse
 * order (resources, tickets, the call), and nothing of it is left; other DELETEs stay refused.
 */
import { COMPANY, RESOURCE, ROLE, TICKET } from '../../../src/sandbox';
import { asDan, asSam, json, startStack, type Stack } from './helpers';

const P = '/api/autotask/v1.0';

describe('Autotask proxy: removing a half-made service call', () => {
  let s: Stack;
  beforeAll(async () => { s = await startStack(); });
  afterAll(() => s.close());

  const post = async (path: string, body: unknown): Promise<number> => {
    const res = await s.raw('POST', `${P}/${path}`, { headers: { ...asSam, ...json }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    return (res.body as { itemId: number }).itemId;
  };
  const item = async (path: string) => (await s.raw('GET', `${P}/${path}`, { headers: asSam })).body as { item: unknown };
  const count = async (entity: string, field: string, value: number) => {
    const filter = { filter: [{ op: 'eq', field, value }] };
    const res = await s.raw('POST', `${P}/${entity}/query/count`, { headers: { ...asSam, ...json }, body: JSON.stringify(filter) });
    return (res.body as { queryCount: number }).queryCount;
  };

  it('deletes the resource, the ticket and the call, in that order, and audits each', async () => {
    const callId = await post('ServiceCalls', { companyID: COMPANY.fabrikam, startDateTime: '2026-12-01T09:00:00Z', endDateTime: '2026-12-01T10:00:00Z', description: 'Remove me' });
    const sctId = await post(`ServiceCalls/${callId}/Tickets`, { ticketID: TICKET.fabrikamVpn });
    const sctrId = await post(`ServiceCallTickets/${sctId}/Resources`, { resourceID: RESOURCE.samRivera, roleID: ROLE.serviceDeskTechnician });
    expect(await count('ServiceCallTicketResources', 'serviceCallTicketID', sctId)).toBe(1);

    for (const path of [`ServiceCallTickets/${sctId}/Resources/${sctrId}`, `ServiceCalls/${callId}/Tickets/${sctId}`, `ServiceCalls/${callId}`]) {
      const res = await s.raw('DELETE', `${P}/${path}`, { headers: asSam });
      expect([res.status, res.body]).toEqual([200, { itemId: expect.any(Number) }]);
    }
    expect(await count('ServiceCallTicketResources', 'serviceCallTicketID', sctId)).toBe(0);
    expect(await count('ServiceCallTickets', 'serviceCallID', callId)).toBe(0);
    expect((await item(`ServiceCalls/${callId}`)).item).toBeNull();
    expect(s.audits.filter((a) => a.method === 'DELETE').map((a) => a.entity)).toEqual(['ServiceCallTicketResources', 'ServiceCallTickets', 'ServiceCalls']);
  });

  it("refuses a user's writes under a service call someone else created (Autotask cannot impersonate there)", async () => {
    const callId = await post('ServiceCalls', { companyID: COMPANY.fabrikam, startDateTime: '2026-12-02T09:00:00Z', endDateTime: '2026-12-02T10:00:00Z', description: "Sam's call" });
    const sctId = await post(`ServiceCalls/${callId}/Tickets`, { ticketID: TICKET.fabrikamVpn });
    const asDanJson = { ...asDan, ...json };
    const attempts: [string, string, unknown?][] = [
      ['POST', `ServiceCalls/${callId}/Tickets`, { ticketID: TICKET.fabrikamVpn }],
      ['POST', `ServiceCallTickets/${sctId}/Resources`, { resourceID: RESOURCE.samRivera, roleID: ROLE.serviceDeskTechnician }],
      ['DELETE', `ServiceCalls/${callId}/Tickets/${sctId}`],
    ];
    for (const [method, path, body] of attempts) {
      const res = await s.raw(method, `${P}/${path}`, body === undefined ? { headers: asDan } : { headers: asDanJson, body: JSON.stringify(body) });
      expect([res.status, res.body.error, res.body.error_description]).toEqual([403, 'not_allowed', expect.stringContaining('service calls you created')]);
    }
    expect(await count('ServiceCallTickets', 'serviceCallID', callId)).toBe(1);
    expect(await count('ServiceCallTicketResources', 'serviceCallTicketID', sctId)).toBe(0);
  });

  it('refuses every other DELETE, and a DELETE with a body, before Autotask', async () => {
    const before = s.sandboxHits();
    for (const path of [`Tickets/${TICKET.fabrikamVpn}`, `ServiceCallTickets/801`, `ServiceCalls/701/Tasks/1`, `Appointments/9201`]) {
      const res = await s.raw('DELETE', `${P}/${path}`, { headers: asSam });
      expect([res.status, res.body.error]).toEqual([403, 'not_allowed']);
    }
    const withBody = await s.raw('DELETE', `${P}/ServiceCalls/701`, { headers: { ...asSam, ...json }, body: '{}' });
    expect(withBody.status).toBe(400);
    expect(s.sandboxHits()).toBe(before);
  });
});
