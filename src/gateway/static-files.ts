/**
 * Serves the built add-in with caching headers that Office accepts: hashed bundles are
 * immutable, icons are cacheable (Office refuses icons served with no-cache/no-store),
 * HTML and the manifest are revalidated on every load.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The CDN tag, quoted or not (HTML minifiers drop the quotes). */
const OFFICE_JS_TAG = /<script\s+src=["']?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js["']?\s*><\/script>/;
const EMULATOR_TAG = '<script src="/workbench/office-emulator.js"></script>';

export function cacheControlFor(path: string): string {
  if (/\.[0-9a-f]{8}\.(js|css)$/.test(path)) return 'public, max-age=31536000, immutable';
  if (path.startsWith('/assets/')) return 'public, max-age=86400';
  return 'no-cache';
}

/** Resolves a URL path inside root, or undefined when it would leave root. */
export function safeJoin(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const full = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  return full === root || full.startsWith(root + sep) ? full : undefined;
}

interface MountOptions {
  /** URL prefix, with trailing slash ("/" or "/workbench/"). */
  prefix: string;
  root: string;
  /** Rewrites HTML before it is sent (dev-only Office.js swap). */
  transformHtml?: (html: string, query: Record<string, unknown>) => string;
  index?: string;
}

export function mountStatic(app: FastifyInstance, opts: MountOptions): void {
  const root = resolve(opts.root);
  const handler = async (req: { url: string; query: unknown }, reply: FastifyReply) => {
    const urlPath = req.url.split('?')[0] ?? '/';
    let rel = urlPath.slice(opts.prefix.length - 1);
    if (rel === '/' || rel === '') rel = `/${opts.index ?? 'index.html'}`;
    const file = safeJoin(root, rel);
    if (!file) return reply.code(400).send({ error: 'bad_path', error_description: 'The path is not valid.' });
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) {
      return reply.code(404).send({ error: 'not_found', error_description: `Nothing is served at ${urlPath}.` });
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    reply.header('content-type', type).header('cache-control', cacheControlFor(`${opts.prefix.slice(0, -1)}${rel}`));
    reply.header('x-content-type-options', 'nosniff');
    if (extname(file) === '.html' && opts.transformHtml) {
      const html = await readFile(file, 'utf8');
      return reply.send(opts.transformHtml(html, (req.query ?? {}) as Record<string, unknown>));
    }
    return reply.send(await readFile(file));
  };
  const base = opts.prefix === '/' ? '' : opts.prefix.slice(0, -1);
  if (base) app.get(base, (_req, reply) => reply.redirect(`${base}/`));
  app.get(`${base}/*`, handler);
}

/** Development only: pages asked for with ?_host=workbench run on the emulated Office.js. */
export function workbenchOfficeSwap(html: string, query: Record<string, unknown>): string {
  return query._host === 'workbench' ? html.replace(OFFICE_JS_TAG, EMULATOR_TAG) : html;
}
