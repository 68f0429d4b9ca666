/**
 * The service-call step runner and access probe over the real client and the sandbox (real HTTP,
 * port 0): the port's queries are ones Autotask accepts; an answer lost after the write committed
 * (drop-after-commit) is looked up and not repeated; Remove deletes the set; a permission refusal
 * of the probe query is reported with Autotask's text.
 */
import { createAutotaskClient, type AutotaskClient, type ServiceCallCreate } from '../../../src/autotask';
import { checkServiceCallAccess } from '../../../src/addin/forms/service-call-access';
import { serviceCallAccessPort, serviceCallPort } from '../../../src/addin/forms/service-call-port';
import { NOTHING_YET, removeServiceCall, runServiceCall, type ServiceCallPlan } from '../../../src/addin/forms/service-call-save';
import { COMPANY, RESOURCE, ROLE, TICKET, startSandbox, type Sandbox } from '../../../src/sandbox';

describe('service call set over the sandbox', () => {
  let sb: Sandbox;
  let client: AutotaskClient;
  beforeAll(async () => {
    sb = await startSandbox({ port: 0 });
    client = createAutotaskClient({ mode: 'direct', credentials: sb.credentials, discoveryUrl: sb.zoneUrl, retry: { maxRetries: 0 } });
  });
  afterAll(() => sb.close());
  afterEach(() => sb.control.clearFaults());

  const plan = (description: string): ServiceCallPlan => ({
    call: { companyID: COMPANY.contoso, startDateTime: '2026-12-02T09:00:00.000Z', endDateTime: '2026-12-02T10:30:00.000Z', description, status: 1 } as ServiceCallCreate,
    tickets: [TICKET.contosoPrinter, TICKET.contosoXray],
    resources: [{ resourceId: RESOURCE.samRivera, roleId: ROLE.serviceDeskTechnician }, { resourceId: RESOURCE.danOkafor, roleId: null }],
  });

  const stored = async (callId: number) => {
    const port = serviceCallPort(client);
    const tickets = await port.callTickets(callId);
    const resources = tickets.length ? await port.callTicketResources(tickets.map((t) => t.id)) : [];
    return { tickets: tickets.map((t) => t.ticketId).sort(), resources: resources.length };
  };

  it('creates the whole set; an answer lost after a committed write is looked up, not repeated', async () => {
    sb.control.addFault({ match: { method: 'POST', path: /\/ServiceCallTickets\/\d+\/Resources$/ }, kind: 'drop-after-commit', times: 1 });
    const done = await runServiceCall(serviceCallPort(client), plan('Lost answer'));
    expect(Object.keys(done.resources)).toHaveLength(4);
    expect(await stored(done.callId!)).toEqual({ tickets: [TICKET.contosoPrinter, TICKET.contosoXray].sort(), resources: 4 });
    expect(await serviceCallPort(client).findCalls(plan('x').call, '2000-01-01T00:00:00Z')).toContain(done.callId);
  });

  it('a refused step leaves exactly what exists; Finish completes it; Remove deletes it all', async () => {
    sb.control.addFault({ match: { method: 'POST', path: /\/ServiceCalls\/\d+\/Tickets$/ }, kind: 'status', status: 500, body: { errors: ['Nope.'] }, times: 1 });
    const error = await runServiceCall(serviceCallPort(client), plan('Finish me'), NOTHING_YET).catch((e: unknown) => e) as { progress: typeof NOTHING_YET };
    expect(error.progress).toMatchObject({ tickets: {}, resources: {} });
    const callId = error.progress.callId!;
    expect(await stored(callId)).toEqual({ tickets: [], resources: 0 });

    const done = await runServiceCall(serviceCallPort(client), plan('Finish me'), error.progress);
    expect(await stored(callId)).toEqual({ tickets: [TICKET.contosoPrinter, TICKET.contosoXray].sort(), resources: 4 });

    const out = await removeServiceCall(serviceCallPort(client), plan('Finish me'), done);
    expect(out.error).toBeNull();
    expect(await stored(callId)).toEqual({ tickets: [], resources: 0 });
    expect(await client.serviceCalls.get(callId)).toBeNull();
  });

  it('the access probe: allowed, or refused with Autotask\'s own text', async () => {
    expect(await checkServiceCallAccess(serviceCallAccessPort(client))).toEqual({ kind: 'allowed' });
    const text = 'The logged in Resource does not have the adequate permissions to update this entity type.';
    sb.control.addFault({ match: { path: /\/ServiceCallTickets\/query$/ }, kind: 'status', status: 500, body: { errors: [text] }, times: 1 });
    expect(await checkServiceCallAccess(serviceCallAccessPort(client))).toEqual({ kind: 'refused', detail: text });
  });
});
