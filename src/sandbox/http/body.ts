/**
 * Request bodies: JSON only (`application/json`, `text/json`), like Autotask's Web API. Parsing
 * never fails inside Fastify; the API handler turns a malformed or non-JSON body into the
 * Web API answer (400 / 415) after routing, so 404/405 still win.
 */
import type { FastifyInstance } from 'fastify';
import { badRequest, unsupportedMediaType } from './api-errors';

export type ParsedBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'malformed' }
  | { kind: 'unsupported'; type: string };

/** Bodies up to 16 MiB: a 6 MB attachment is ~8.4 MB of base64. */
export const BODY_LIMIT = 16 * 1024 * 1024;

export function registerBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json', 'text/json'], { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, raw, done) => {
    const text = String(raw);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, { kind: 'json', value: JSON.parse(text) } satisfies ParsedBody);
    } catch {
      done(null, { kind: 'malformed' } satisfies ParsedBody);
    }
  });
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (req, raw, done) => {
    const text = String(raw);
    if (text === '') return done(null, undefined);
    done(null, { kind: 'unsupported', type: String(req.headers['content-type'] ?? '') } satisfies ParsedBody);
  });
}

/** The JSON value of a parsed body, or the Web API error for a bad one. */
export function bodyValue(body: unknown): unknown {
  const b = body as ParsedBody | undefined;
  if (!b) return undefined;
  if (b.kind === 'malformed') throw badRequest();
  if (b.kind === 'unsupported') throw unsupportedMediaType(b.type);
  return b.value;
}
