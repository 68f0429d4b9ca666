/**
 * A child process of the proxy benchmark (bench/proxy.ts): either the Autotask stand-in
 * (`sandbox`) or a gateway proxy (`proxy`), each in its own process, as in production where the
 * gateway and Autotask run on different machines from the users' browsers.
 * Speaks to the parent over IPC: it answers `{ ready, … }` once listening, and takes
 * `{ setLatency }` (sandbox), `{ cpu }` (its CPU time so far, µs) and `{ close }`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { registerAutotaskProxy } from '../src/gateway/proxy';
import { RESOURCE, startSandbox, type SandboxCredentials } from '../src/sandbox';

export type ChildRequest =
  | { role: 'sandbox' }
  | { role: 'proxy'; zoneUrl: string; credentials: SandboxCredentials; maxConcurrentPerEndpoint: number };

export type ChildAnswer =
  | { ready: 'sandbox'; zoneUrl: string; credentials: SandboxCredentials }
  | { ready: 'proxy'; base: string }
  | { done: 'latency' }
  | { cpuUs: number };

export type ChildCommand = { setLatency: number } | { cpu: true } | { close: true };

const BENCH_TOKEN = 'Bearer bench';

async function startProxy(req: Extract<ChildRequest, { role: 'proxy' }>): Promise<{ app: FastifyInstance; base: string }> {
  const app = Fastify() as unknown as FastifyInstance;
  registerAutotaskProxy(app, {
    autotask: { credentials: req.credentials, discoveryUrl: req.zoneUrl, maxConcurrentPerEndpoint: req.maxConcurrentPerEndpoint },
    authenticate: async (r) => (r.headers.authorization === BENCH_TOKEN ? { resourceId: RESOURCE.samRivera, email: 'sam.rivera@harborline-it.com', sessionId: 'bench' } : null),
    audit: () => undefined,
    allowedOrigin: 'https://localhost:3000',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/autotask/v1.0/` };
}

function answer(a: ChildAnswer) {
  process.send?.(a);
}

async function main() {
  const req = JSON.parse(process.argv[2] ?? '{}') as ChildRequest;
  let close: () => Promise<void>;
  if (req.role === 'sandbox') {
    const sb = await startSandbox({ port: 0, storage: 'memory', threadLimit: false, latencyMs: 0 });
    close = () => sb.close();
    process.on('message', (m: ChildCommand) => {
      if ('setLatency' in m) {
        sb.control.setLatency(m.setLatency);
        answer({ done: 'latency' });
      }
    });
    answer({ ready: 'sandbox', zoneUrl: sb.zoneUrl, credentials: sb.credentials });
  } else {
    const proxy = await startProxy(req);
    close = () => proxy.app.close();
    answer({ ready: 'proxy', base: proxy.base });
  }
  process.on('message', (m: ChildCommand) => {
    if ('cpu' in m) {
      const u = process.cpuUsage();
      answer({ cpuUs: u.user + u.system });
    }
    if ('close' in m) void close().finally(() => process.exit(0));
  });
  process.on('disconnect', () => void close().finally(() => process.exit(0)));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
