/**
 * HTTP for the Graph stand-in at `/graph/v1.0/*`: CORS (the add-in calls Graph from the browser),
 * added latency, the per-mailbox concurrency limit, bearer-token checks, every-N throttling, and
 * `$batch` (at most 20 requests, run in order through the same dispatcher, each with its own
 * status, headers and body). Errors use Graph's `{ error: { code, message } }`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { JWTPayload } from 'jose';
import type { ParsedBody } from '../http/body';
import type { GraphCall, GraphReply } from './handlers';
import type { GraphStandIn } from './index';
import { GraphHttpError, type Query } from './odata';
import { routeKey } from './throttle';
import { requireScopes, verifyGraphToken } from './tokens';

export const GRAPH_PREFIX = '/graph/v1.0/';

const errorReply = (e: GraphHttpError): GraphReply => ({
  status: e.status, headers: e.headers,
  body: { error: { code: e.graphCode, message: e.message, innerError: { date: new Date().toISOString(), 'request-id': crypto.randomUUID() } } },
});

/** The delegated scopes a path needs. */
export function scopesFor(method: string, path: string): string[] {
  const p = path.toLowerCase();
  const write = method !== 'GET';
  if (p.startsWith('me/calendarview') || p.startsWith('me/events')) return [write ? 'Calendars.ReadWrite' : 'Calendars.Read'];
  if (p.startsWith('me/contact')) return [write ? 'Contacts.ReadWrite' : 'Contacts.Read'];
  if (p.startsWith('me/outlook')) return [write ? 'MailboxSettings.ReadWrite' : 'MailboxSettings.Read'];
  return [];
}

function splitUrl(url: string): { path: string; query: Query } {
  const q = url.indexOf('?');
  const path = (q < 0 ? url : url.slice(0, q)).replace(/^\/+/, '').replace(/^v1\.0\//, '');
  const query: Query = {};
  if (q >= 0) for (const [k, v] of new URLSearchParams(url.slice(q + 1))) query[k] = v;
  return { path, query };
}

export function registerGraphRoutes(app: FastifyInstance, graph: GraphStandIn): void {
  const { throttle } = graph;
  const retryAfter = () => ({ 'retry-after': String(throttle.settings.retryAfterSeconds) });
  const throttled = (why: string): GraphReply => errorReply(new GraphHttpError(429, 'ApplicationThrottled', why, retryAfter()));

  const one = (call: GraphCall, claims: JWTPayload | undefined, inBatch: boolean): GraphReply => {
    try {
      requireScopes(claims, scopesFor(call.method, call.path));
      if (throttle.hitEvery(routeKey(call.method, call.path), inBatch)) return throttled('Application is over its MailboxConcurrency limit.');
      return graph.dispatch(call);
    } catch (e) {
      if (e instanceof GraphHttpError) return errorReply(e);
      throw e;
    }
  };

  const batch = (root: string, body: unknown, claims: JWTPayload | undefined): GraphReply => {
    const requests = (body as { requests?: unknown } | undefined)?.requests;
    if (!Array.isArray(requests) || requests.length === 0) throw new GraphHttpError(400, 'BadRequest', 'Invalid batch payload format.');
    if (requests.length > 20) throw new GraphHttpError(400, 'BadRequest', 'Unable to deserialize content: the number of batch requests exceeds 20.');
    throttle.counts.batches += 1;
    const responses = requests.map((r: { id?: unknown; method?: unknown; url?: unknown; body?: unknown; headers?: Record<string, string> }) => {
      if (typeof r?.id !== 'string' || typeof r.method !== 'string' || typeof r.url !== 'string') {
        return { id: String(r?.id ?? ''), ...errorReply(new GraphHttpError(400, 'BadRequest', 'A batch request needs id, method and url.')) };
      }
      const { path, query } = splitUrl(r.url);
      const prefer = Object.entries(r.headers ?? {}).find(([k]) => k.toLowerCase() === 'prefer')?.[1];
      const reply = one({ method: r.method.toUpperCase(), path, query, body: r.body, root, ...(prefer ? { prefer } : {}) }, claims, true);
      return { id: r.id, status: reply.status, headers: { 'content-type': 'application/json', ...reply.headers }, ...(reply.body !== undefined ? { body: reply.body } : {}) };
    });
    return { status: 200, body: { responses } };
  };

  const handle = async (req: FastifyRequest, reply: FastifyReply) => {
    const origin = req.headers.origin;
    void reply.headers({
      'access-control-allow-origin': origin ?? '*', vary: 'Origin',
      'access-control-allow-headers': 'authorization, content-type, prefer', 'access-control-allow-methods': 'GET, POST, PATCH, DELETE',
      'access-control-expose-headers': 'retry-after, request-id', 'access-control-max-age': '600',
    });
    if (req.method === 'OPTIONS') return reply.code(204).send();
    const send = (r: GraphReply) => reply.code(r.status).headers({ 'content-type': 'application/json', ...r.headers }).send(r.body === undefined ? '' : JSON.stringify(r.body));
    if (!throttle.enter()) return send(throttled('Application is over its MailboxConcurrency limit.'));
    try {
      // The latency is time spent inside the mailbox: it counts against the concurrency limit.
      if (throttle.settings.latencyMs > 0) await new Promise((r) => setTimeout(r, throttle.settings.latencyMs));
      const parsed = req.body as ParsedBody | undefined;
      if (parsed && parsed.kind !== 'json') throw new GraphHttpError(400, 'BadRequest', parsed.kind === 'malformed' ? 'Unable to read JSON request payload.' : `Content type '${parsed.type}' is not supported.`);
      const claims = await verifyGraphToken(req.headers.authorization, graph.tokenPolicy);
      graph.lastClaims = claims;
      const { path, query } = splitUrl(req.url.slice(req.url.toLowerCase().indexOf(GRAPH_PREFIX) + GRAPH_PREFIX.length));
      const root = `${req.protocol}://${req.headers.host}${GRAPH_PREFIX}`;
      const body = parsed?.kind === 'json' ? parsed.value : undefined;
      const prefer = typeof req.headers.prefer === 'string' ? req.headers.prefer : undefined;
      if (path === '$batch') {
        if (req.method !== 'POST') throw new GraphHttpError(405, 'BadRequest', '$batch takes POST.');
        return send(batch(root, body, claims));
      }
      return send(one({ method: req.method, path, query, body, root, ...(prefer ? { prefer } : {}) }, claims, false));
    } catch (e) {
      if (e instanceof GraphHttpError) return send(errorReply(e));
      throw e;
    } finally {
      throttle.leave();
    }
  };

  app.route({ method: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'], url: `${GRAPH_PREFIX}*`, handler: handle });
  registerGraphControl(app, graph);
}

/**
 * The control API over HTTP, for tests in other processes (the end-to-end workers): the sandbox
 * listens on loopback only and is never deployed. `GET counts`, `GET items?kind=event|contact|folder|category`,
 * `POST reset`, `POST reset-counts`, `POST throttle` (partial settings), `POST expire-delta-links`.
 */
function registerGraphControl(app: FastifyInstance, graph: GraphStandIn): void {
  const c = graph.control;
  const base = '/graph/_control';
  const json = (reply: FastifyReply, body: unknown) => reply.header('content-type', 'application/json').send(JSON.stringify(body));
  app.get(`${base}/counts`, (_req, reply) => json(reply, c.counts()));
  app.get(`${base}/items`, (req, reply) => {
    const kind = (req.query as { kind?: string }).kind;
    if (kind !== 'event' && kind !== 'contact' && kind !== 'folder' && kind !== 'category') return reply.code(400).send('kind must be event, contact, folder or category');
    return json(reply, c.list(kind));
  });
  app.post(`${base}/reset`, (_req, reply) => { c.reset(); return json(reply, { ok: true }); });
  app.post(`${base}/reset-counts`, (_req, reply) => { c.resetCounts(); return json(reply, { ok: true }); });
  app.post(`${base}/expire-delta-links`, (_req, reply) => { c.expireDeltaLinks(); return json(reply, { ok: true }); });
  app.post(`${base}/throttle`, (req, reply) => {
    const body = (req.body as ParsedBody | undefined);
    const v = body?.kind === 'json' ? body.value as Record<string, unknown> : {};
    const ok = (x: unknown) => x === undefined || x === false || (typeof x === 'number' && Number.isFinite(x) && x >= 0);
    if (!v || typeof v !== 'object' || !['concurrent', 'every', 'retryAfterSeconds', 'latencyMs'].every((k) => ok(v[k]))) return reply.code(400).send('numbers (or false) only');
    c.throttle(Object.fromEntries(Object.entries(v).filter(([k]) => ['concurrent', 'every', 'retryAfterSeconds', 'latencyMs'].includes(k))));
    return json(reply, c.settings());
  });
}
