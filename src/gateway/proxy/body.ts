/**
 * Request bodies: read only after the session, the route and the headers passed, with the route's
 * limit (a declared Content-Length over it is refused before reading; a stream that grows past it
 * is abandoned). JSON objects only; what is forwarded is the parsed value, re-serialised.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { proxyErrors, type ProxyError } from './proxy-errors';

export const DEFAULT_BODY_LIMIT = 256 * 1024;
export const DEFAULT_ATTACHMENT_BODY_LIMIT = 9 * 1024 * 1024;

export type BodyResult = { value: Record<string, unknown> | undefined } | { error: ProxyError };

function hasBody(headers: IncomingHttpHeaders): boolean {
  return headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0');
}

function isJson(contentType: string | undefined): boolean {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return media === 'application/json' || media === 'text/json';
}

/**
 * `stream` is what the catch-all content-type parser handed over (the request payload), or
 * undefined when Fastify saw no body.
 */
export async function readJsonBody(method: string, headers: IncomingHttpHeaders, stream: unknown, limit: number, attachments: boolean): Promise<BodyResult> {
  const present = hasBody(headers);
  if (method === 'GET' || method === 'DELETE') {
    return present ? { error: proxyErrors.invalidRequest(`A ${method} request carries no body.`) } : { value: undefined };
  }
  if (!present) return { error: proxyErrors.invalidRequest('This request needs a JSON body.') };
  if (!isJson(headers['content-type'])) return { error: proxyErrors.unsupportedMediaType() };
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return { error: proxyErrors.unsupportedMediaType() };
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return { error: proxyErrors.bodyTooLarge(limit, attachments) };
  if (!stream || typeof (stream as Readable).on !== 'function') return { error: proxyErrors.invalidRequest('This request needs a JSON body.') };

  const text = await readLimited(stream as Readable, limit);
  if (text === undefined) return { error: proxyErrors.bodyTooLarge(limit, attachments) };
  if (text instanceof Error) return { error: proxyErrors.invalidRequest('The request body could not be read.') };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: proxyErrors.invalidRequest('The request body is not valid JSON.') };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: proxyErrors.invalidRequest('The request body must be a JSON object.') };
  }
  return { value: value as Record<string, unknown> };
}

/** The body as UTF-8 text; undefined past `limit` (the rest is left unread); an Error on a stream failure. */
function readLimited(stream: Readable, limit: number): Promise<string | undefined | Error> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
    };
    function onData(chunk: Buffer | string) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > limit) {
        stop();
        resolve(undefined);
        return;
      }
      chunks.push(buf);
    }
    function onEnd() {
      stop();
      resolve(Buffer.concat(chunks, size).toString('utf8'));
    }
    function onError(err: Error) {
      stop();
      resolve(err);
    }
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.resume();
  });
}
