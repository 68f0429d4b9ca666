/**
 * One pipeline for every `/atservicesrest/…` request:
 * route → count → fault → (auth → hourly threshold → thread) → latency → operation → reply.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxRuntime } from '../runtime';
import { methodNotAllowed, notFound, badRequest, messages, SandboxApiError } from './api-errors';
import { authenticate } from './auth';
import { bodyValue } from './body';
import { execute } from './operations';
import { resolvePath, type Method, type Route } from './route-resolver';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function send(reply: FastifyReply, status: number, body: unknown, headers: Record<string, string> = {}): void {
  reply.code(status).headers({ 'content-type': 'application/json; charset=utf-8', ...headers });
  reply.send(JSON.stringify(body));
}

function drop(req: FastifyRequest, reply: FastifyReply): void {
  reply.hijack();
  req.raw.socket?.destroy();
}

export function requestOrigin(rt: SandboxRuntime, req: FastifyRequest): string {
  return rt.origin ?? `${req.protocol}://${req.headers.host ?? 'localhost'}`;
}

export async function handleApi(rt: SandboxRuntime, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const url = new URL(req.url, 'http://sandbox.invalid');
  const method = req.method.toUpperCase();
  const resolved = resolvePath(url.pathname);
  rt.limits.countRequest(resolved?.endpoint ?? 'Unknown');

  const fault = rt.faults.take(method, url.pathname);
  if (fault?.kind === 'drop') return drop(req, reply);
  if (fault?.kind === 'delay') await sleep(fault.ms);
  if (fault?.kind === 'status') {
    return send(reply, fault.status, fault.body ?? { errors: [messages.injectedFault] }, fault.headers);
  }

  let release: (() => void) | undefined;
  try {
    if (!resolved) throw notFound(`${requestOrigin(rt, req)}${req.url}`);
    if (resolved.malformed) throw badRequest();
    const route: Route | undefined = resolved.methods[method as Method];
    if (!route) {
      if (Object.keys(resolved.methods).length === 0) throw notFound(`${requestOrigin(rt, req)}${req.url}`);
      throw methodNotAllowed(method);
    }
    if (!resolved.isPublic) {
      const { integrationCode } = authenticate(rt, req.headers);
      rt.limits.checkHourly();
      release = rt.limits.acquireThread(integrationCode, resolved.endpoint);
    }
    if (rt.limits.settings.latencyMs > 0) await sleep(rt.limits.settings.latencyMs);
    const body = method === 'GET' || method === 'DELETE' ? undefined : bodyValue(req.body);
    const result = execute(rt, route, { method, query: url.searchParams, body, headers: req.headers, origin: requestOrigin(rt, req) });
    if (fault?.kind === 'drop-after-commit') return drop(req, reply);
    send(reply, 200, result);
  } catch (err) {
    if (err instanceof SandboxApiError) return send(reply, err.status, err.body, err.headers);
    const message = err instanceof Error ? err.message : String(err);
    send(reply, 500, { errors: [messages.internalError(message)] });
  } finally {
    release?.();
  }
}
