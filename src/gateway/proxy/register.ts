/**
 * `registerAutotaskProxy(app, deps)`: `/api/autotask/v1.0/*`, every method, in this order —
 * CORS (foreign origins refused, preflights answered) → session (401) → refused headers (400/403)
 * → allow-list (403) → body (413/415/400) → ownership → Autotask through the shared client →
 * status and body passed through (page URLs rewritten, credentials scrubbed) → audit on writes.
 * The body is read only once everything before it passed. Registered in its own encapsulated
 * context (its own body handling); everything else in the app is untouched.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DEFAULT_ATTACHMENT_BODY_LIMIT, DEFAULT_BODY_LIMIT, readJsonBody } from './body';
import { addCorsHeaders, answerPreflight, checkOrigin, isPreflight } from './cors';
import { checkOwnership } from './ownership';
import { ProxyError, proxyErrors } from './proxy-errors';
import { commandOf, refusedBodyField, refusedHeader } from './request-checks';
import { isRefusal, parseTarget, type Target } from './request-target';
import { browserAnswer, createScrubber } from './response';
import type { ProxyDeps, ProxySession } from './types';
import { DEFAULT_PROXY_TIMEOUT_MS, createUpstream } from './upstream';

export function registerAutotaskProxy(app: FastifyInstance, deps: ProxyDeps): void {
  const { upstream } = createUpstream(deps.autotask);
  const c = deps.autotask.credentials;
  const scrub = createScrubber([c.secret, c.integrationCode, c.username]);
  const limits = { default: deps.bodyLimits?.default ?? DEFAULT_BODY_LIMIT, attachments: deps.bodyLimits?.attachments ?? DEFAULT_ATTACHMENT_BODY_LIMIT };
  const timeoutMs = deps.autotask.timeoutMs ?? DEFAULT_PROXY_TIMEOUT_MS;
  const log = deps.logger;

  const fail = (request: FastifyRequest, reply: FastifyReply, err: ProxyError, extra: object = {}): FastifyReply => {
    const entry = { code: err.code, status: err.statusCode, method: request.method, path: pathOnly(request.url), detail: err.message, ...extra };
    if (err.statusCode >= 500) log?.error(entry, 'autotask proxy failure');
    else log?.warn(entry, 'autotask proxy refusal');
    if (err.statusCode === 401) reply.header('www-authenticate', 'Bearer');
    if (err.statusCode === 413) reply.header('connection', 'close'); // the rest of the body is not read
    return reply.code(err.statusCode).type('application/json; charset=utf-8').send(err.toJSON());
  };

  async function handle(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff').header('vary', 'Origin');
    const origin = checkOrigin(request, deps.allowedOrigin);
    if (origin === 'foreign') return fail(request, reply, proxyErrors.originNotAllowed(String(request.headers.origin)));
    if (origin === 'allowed') {
      if (isPreflight(request)) return answerPreflight(request, reply, deps.allowedOrigin);
      addCorsHeaders(reply, deps.allowedOrigin);
    }

    let session: ProxySession | null;
    try {
      session = await deps.authenticate(request);
    } catch (err) {
      return fail(request, reply, proxyErrors.server(`authenticate failed: ${err instanceof Error ? err.message : String(err)}`));
    }
    if (!session) return fail(request, reply, proxyErrors.invalidSession());
    const who = { resourceId: session.resourceId, sessionId: session.sessionId };

    const headerError = refusedHeader(request.headers);
    if (headerError) return fail(request, reply, headerError, who);
    const target = parseTarget(request.method, request.url);
    if (isRefusal(target)) return fail(request, reply, proxyErrors.notAllowed(target.refused), who);

    const { route } = target;
    const attachments = route.bodyLimit === 'attachments';
    const body = await readJsonBody(request.method, request.headers, request.body, attachments ? limits.attachments : limits.default, attachments);
    if ('error' in body) return fail(request, reply, body.error, who);
    if (route.kind === 'write' && body.value) {
      const fieldError = refusedBodyField(body.value);
      if (fieldError) return fail(request, reply, fieldError, who);
    }

    // One deadline for the whole exchange (ownership read, retries); reads stop when the user leaves.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort('timeout'), timeoutMs);
    const onClose = () => {
      if (!reply.raw.writableFinished && route.kind === 'read') deadline.abort('client gone');
    };
    reply.raw.once('close', onClose);
    try {
      const ownership = await checkOwnership(route, target.path, body.value, session, upstream, deadline.signal);
      if (ownership) return fail(request, reply, ownership, who);
      const res = await upstream.send({
        method: route.method, path: target.path, query: target.query, body: body.value, bucket: route.entity, kind: route.kind,
        ...(route.impersonation ? { impersonationResourceId: session.resourceId } : {}),
      }, deadline.signal);
      if (res instanceof ProxyError) return fail(request, reply, res, who);
      const answer = browserAnswer(res, scrub);
      if (answer instanceof ProxyError) return fail(request, reply, answer, who);
      if (route.kind === 'write' && answer.status >= 200 && answer.status < 300) audit(deps, session, request, target, res.body);
      if (answer.retryAfter) reply.header('retry-after', answer.retryAfter);
      reply.code(answer.status);
      return answer.text === '' ? reply.send() : reply.type('application/json; charset=utf-8').send(answer.text);
    } finally {
      clearTimeout(timer);
      reply.raw.removeListener('close', onClose);
    }
  }

  void app.register(async (scope) => {
    // Bodies are read by the handler (body.ts) after the checks, with the route's own limit.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.all('/api/autotask/*', handle);
  });
}

function audit(deps: ProxyDeps, session: ProxySession, request: FastifyRequest, target: Target, body: unknown): void {
  const itemId = body && typeof body === 'object' ? (body as { itemId?: unknown }).itemId : undefined;
  try {
    deps.audit({
      resourceId: session.resourceId,
      email: session.email,
      method: target.route.method,
      entity: target.route.entity,
      recordId: typeof itemId === 'number' && Number.isSafeInteger(itemId) ? itemId : target.pathId,
      command: commandOf(request.headers),
      at: new Date(),
    });
  } catch (err) {
    deps.logger?.error({ err: err instanceof Error ? err.message : String(err), entity: target.route.entity }, 'autotask proxy audit failed');
  }
}

/** Logs carry the path only: query strings hold search filters (names, e-mail addresses). */
function pathOnly(url: string): string {
  const q = url.indexOf('?');
  return (q < 0 ? url : url.slice(0, q)).slice(0, 200);
}
