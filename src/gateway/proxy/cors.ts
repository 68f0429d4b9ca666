/**
 * CORS for the proxy: one allowed origin (the add-in's). A request from any other origin is
 * refused before the session is even looked at; a preflight is answered only for the allowed
 * origin and only announces the methods on the allow-list and the headers the add-in sends
 * (never `ImpersonationResourceId` or the credential headers). Credentials mode is never allowed
 * (no `Access-Control-Allow-Credentials`): the session travels as an explicit Bearer header.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ALLOWED_METHODS } from './allow-list';

export const ALLOWED_REQUEST_HEADERS = ['authorization', 'content-type', 'x-autotask-command'];
const PREFLIGHT_MAX_AGE_S = 600;

export type OriginCheck = 'same-or-none' | 'allowed' | 'foreign';

/** Browsers send `Origin` on cross-origin requests (and same-origin writes); servers usually none. */
export function checkOrigin(request: FastifyRequest, allowedOrigin: string): OriginCheck {
  const origin = request.headers.origin;
  if (origin === undefined) return 'same-or-none';
  return origin === allowedOrigin ? 'allowed' : 'foreign';
}

export function addCorsHeaders(reply: FastifyReply, allowedOrigin: string): void {
  reply.header('access-control-allow-origin', allowedOrigin);
  reply.header('access-control-expose-headers', 'retry-after');
}

export function isPreflight(request: FastifyRequest): boolean {
  return request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
}

/** Answers a preflight from the allowed origin: 204 when the method may be used, else 403. */
export function answerPreflight(request: FastifyRequest, reply: FastifyReply, allowedOrigin: string): FastifyReply {
  const method = String(request.headers['access-control-request-method']).toUpperCase();
  addCorsHeaders(reply, allowedOrigin);
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return reply.code(403).type('application/json; charset=utf-8').send({ error: 'not_allowed', error_description: 'This method is not used by the add-in.' });
  }
  return reply
    .code(204)
    .header('access-control-allow-methods', ALLOWED_METHODS.join(', '))
    .header('access-control-allow-headers', ALLOWED_REQUEST_HEADERS.join(', '))
    .header('access-control-max-age', String(PREFLIGHT_MAX_AGE_S))
    .send();
}
