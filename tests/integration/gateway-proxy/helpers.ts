/**
 * The proxy over real HTTP: a Fastify app with registerAutotaskProxy and a fake `authenticate`
 * (three Bearer tokens), in front of the real sandbox on port 0. `raw()` sends the request target
 * exactly as written (node:http does not normalise `..` or percent-encoding, fetch would).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registerAutotaskProxy, type AuditEntry, type ProxyDeps, type ProxySession } from '../../../src/gateway/proxy';
import { RESOURCE, startSandbox, type Sandbox, type SandboxOptions } from '../../../src/sandbox';

export const ALLOWED_ORIGIN = 'https://addin.harborline.example';

export const SESSIONS: Record<string, ProxySession> = {
  'sam-token': { resourceId: RESOURCE.samRivera, email: 'sam.rivera@harborline-it.com', sessionId: 'sess-sam' },
  'dan-token': { resourceId: RESOURCE.danOkafor, email: 'dan.okafor@harborline-it.com', sessionId: 'sess-dan' },
};
export const asSam = { authorization: 'Bearer sam-token' };
export const asDan = { authorization: 'Bearer dan-token' };
export const json = { 'content-type': 'application/json' };

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of many shapes, asserted field by field
  body: any;
}

export interface RawOptions {
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in chunks of this size without Content-Length; stop once an answer arrives. */
  chunked?: number;
  /** Declare this Content-Length but send only the first 1 KiB of the body. */
  declaredLength?: number;
}

export function raw(origin: string, method: string, target: string, o: RawOptions = {}): Promise<RawAnswer> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    let answered = false;
    const headers: Record<string, string | number> = { ...o.headers };
    if (o.body !== undefined && !o.chunked) headers['content-length'] = o.declaredLength ?? Buffer.byteLength(o.body);
    const req = httpRequest({ host: url.hostname, port: url.port, method, path: target, headers, agent: false }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
        req.destroy();
      });
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    if (o.body === undefined) return void req.end();
    const data = Buffer.from(o.body);
    if (o.declaredLength !== undefined) return void req.write(data.subarray(0, 1024));
    if (!o.chunked) return void req.end(data);
    const size = o.chunked;
    let at = 0;
    const pump = () => {
      while (!answered && at < data.length) {
        const ok = req.write(data.subarray(at, at + size));
        at += size;
        if (!ok) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

export interface Stack {
  sb: Sandbox;
  app: FastifyInstance;
  origin: string;
  audits: AuditEntry[];
  warnings: object[];
  raw(method: string, path: string, o?: RawOptions): Promise<RawAnswer>;
  /** Requests the sandbox received so far, all endpoints. */
  sandboxHits(): number;
  close(): Promise<void>;
}

export async function startStack(o: { sandbox?: SandboxOptions; deps?: Partial<ProxyDeps>; autotask?: Partial<ProxyDeps['autotask']> } = {}): Promise<Stack> {
  const sb = await startSandbox({ port: 0, storage: 'memory', ...o.sandbox });
  const audits: AuditEntry[] = [];
  const warnings: object[] = [];
  const app = Fastify() as unknown as FastifyInstance;
  registerAutotaskProxy(app, {
    autotask: { credentials: sb.credentials, discoveryUrl: sb.zoneUrl, ...o.autotask },
    authenticate: async (req) => {
      const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
      return (m && SESSIONS[m[1]!]) || null;
    },
    audit: (e) => audits.push(e),
    allowedOrigin: ALLOWED_ORIGIN,
    logger: { info: () => undefined, warn: (e) => warnings.push(e), error: (e) => warnings.push(e) },
    ...o.deps,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    sb,
    app,
    origin,
    audits,
    warnings,
    raw: (method, path, ro) => raw(origin, method, path, ro),
    sandboxHits: () => Object.values(sb.control.requestCounts()).reduce((a, b) => a + b, 0),
    close: async () => {
      await app.close();
      await sb.close();
    },
  };
}

/** Every credential value the browser must never see. */
export function leaks(sb: Sandbox, a: RawAnswer): string[] {
  const all = `${JSON.stringify(a.headers)}\n${a.text}`;
  return [sb.credentials.secret, sb.credentials.integrationCode].filter((v) => all.includes(v));
}
