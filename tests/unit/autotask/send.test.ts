import {
  AutotaskConnectionError, createAutotaskClient, type HttpRequest, type HttpResponse, type Transport,
} from '../../../src/autotask';
import { toConnectionError } from '../../../src/autotask/transport';

const CREDS = { username: 'api@harborline-it.com', secret: 'very-secret-value', integrationCode: 'INTCODE-42' };
const ok = (body: unknown, headers: Record<string, string> = {}): HttpResponse => ({ status: 200, headers, body });
const ZONE = ok({ zoneName: 'Z', url: 'https://webservices3.autotask.net/atservicesrest/', webUrl: null, ci: 1 });
const THREAD: HttpResponse = { status: 429, headers: { 'retry-after': '0' }, body: { errors: ['thread threshold of 3 threads has been exceeded'] } };
const DROP: HttpResponse = { status: -1, headers: {}, body: undefined };

function client(handler: (req: HttpRequest) => HttpResponse | Promise<HttpResponse>, extra: { maxConcurrentPerEndpoint?: number; maxRetries?: number } = {}) {
  const calls: HttpRequest[] = [];
  const transport: Transport = {
    async send(req, redacted) {
      calls.push(req);
      const res = /zoneInformation/.test(req.url) ? ZONE : await handler(req);
      if (res.status === -1) throw toConnectionError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), redacted);
      return res;
    },
  };
  const at = createAutotaskClient({
    mode: 'direct', credentials: CREDS, transport, maxConcurrentPerEndpoint: extra.maxConcurrentPerEndpoint,
    retry: { maxRetries: extra.maxRetries ?? 2 }, clock: { sleep: async () => undefined, random: () => 0 },
  });
  return { at, calls, api: calls.filter.bind(calls) };
}

describe('client.send(): one raw request through the client pipeline', () => {
  it('sends to the zone with the API headers and impersonation, and resolves with status, headers and body', async () => {
    const c = client(() => ok({ itemId: 7 }, { 'x-thing': '1' }));
    const res = await c.at.send({ method: 'POST', path: 'Tickets/12/Notes', body: { description: 'd' }, bucket: 'TicketNotes', kind: 'write', impersonationResourceId: 29682886 });
    expect(res).toEqual({ status: 200, headers: { 'x-thing': '1' }, body: { itemId: 7 } });
    const sent = c.calls[1]!;
    expect(sent.url).toBe('https://webservices3.autotask.net/atservicesrest/v1.0/Tickets/12/Notes');
    expect(sent.headers).toMatchObject({ ApiIntegrationCode: 'INTCODE-42', UserName: CREDS.username, Secret: CREDS.secret, ImpersonationResourceId: '29682886' });
    expect(JSON.parse(sent.body!)).toEqual({ description: 'd' });
  });

  it('passes the query string through as given', async () => {
    const c = client(() => ok({ items: [] }));
    await c.at.send({ method: 'GET', path: 'Contacts/query/next', query: 'paging=%7B%7D&search=%7B%7D', bucket: 'Contacts', kind: 'read' });
    expect(c.calls[1]!.url).toBe('https://webservices3.autotask.net/atservicesrest/v1.0/Contacts/query/next?paging=%7B%7D&search=%7B%7D');
  });

  it('resolves (does not throw) with Autotask error answers, body untouched', async () => {
    const body = { errors: ['Reference value on field: ticketID of type: Ticket does not exist or is invalid.'] };
    const c = client(() => ({ status: 500, headers: {}, body }));
    await expect(c.at.send({ method: 'POST', path: 'Tickets/1/Notes', body: {}, bucket: 'TicketNotes', kind: 'write' })).resolves.toEqual({ status: 500, headers: {}, body });
    expect(c.calls).toHaveLength(2); // a validation error is not retried
  });

  it('retries a thread-limit refusal with the client rules, then returns the final answer raw', async () => {
    let n = 0;
    const c = client(() => (++n === 1 ? THREAD : ok({ itemId: 1 })));
    await expect(c.at.send({ method: 'POST', path: 'TimeEntries', body: {}, bucket: 'TimeEntries', kind: 'write' })).resolves.toMatchObject({ status: 200 });
    const always = client(() => THREAD, { maxRetries: 2 });
    await expect(always.at.send({ method: 'GET', path: 'Tickets/1', bucket: 'Tickets', kind: 'read' })).resolves.toEqual(THREAD);
    expect(always.calls).toHaveLength(1 + 3);
  });

  it('rejects with AutotaskConnectionError when no answer came, and never repeats such a write', async () => {
    const c = client(() => DROP);
    await expect(c.at.send({ method: 'POST', path: 'Tickets', body: {}, bucket: 'Tickets', kind: 'write' })).rejects.toBeInstanceOf(AutotaskConnectionError);
    expect(c.calls).toHaveLength(2);
  });

  it('shares the per-endpoint limiter with the typed calls of the same client', async () => {
    let inFlight = 0;
    let peak = 0;
    const c = client(async (req) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight -= 1;
      return /query\/count/.test(req.url) ? ok({ queryCount: 1 }) : ok({ item: { id: 1 } });
    });
    await c.at.zone();
    await Promise.all([
      ...Array.from({ length: 6 }, () => c.at.send({ method: 'GET', path: 'Tickets/1', bucket: 'Tickets', kind: 'read' })),
      ...Array.from({ length: 6 }, () => c.at.tickets.get(1)),
    ]);
    expect(peak).toBe(3);
  });

  it.each([
    'https://evil.example/x', '//evil.example/x', '../ThresholdInformation', 'Tickets/../Resources', 'Tickets/./1',
    'Tickets%2f..%2fResources', 'Tickets\\1', 'Tickets/1?x=1', 'Tickets/1#f', '', 'Tickets/1\0',
  ])('refuses the path %j before sending anything', async (path) => {
    const c = client(() => ok({}));
    await expect(c.at.send({ method: 'GET', path, bucket: 'Tickets', kind: 'read' })).rejects.toBeInstanceOf(TypeError);
    expect(c.calls).toHaveLength(0);
  });
});
