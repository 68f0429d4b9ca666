/**
 * Autotask proxy figures (issue 4), loopback only, bounded loops: the same requests (GET
 * /Companies/{id} and a small POST /Contacts/query) sent to the sandbox directly and through the
 * proxy, by one client and by 50 concurrent clients, in the same run.
 *  - `added_ms_*`: proxy latency minus direct latency at the same percentile.
 *  - `throughput_ratio_c50`: requests/s through the proxy ÷ requests/s direct.
 * The sandbox's thread limit is off. The proxy keeps Autotask's 3 requests in flight per entity
 * for the whole process (what users get: under load they queue at the gateway instead of being
 * refused by Autotask); a second proxy with the limiter at 50 isolates the proxy's own cost.
 * Sandbox, proxies and the load generator share one event loop, so the figures are pessimistic.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { registerAutotaskProxy } from '../src/gateway/proxy';
import { COMPANY, RESOURCE, startSandbox, type Sandbox } from '../src/sandbox';
import type { Figures } from './results';
import { median, round } from './results';

const C1_ROUNDS = 300;
const C50_CLIENTS = 50;
const C50_PER_CLIENT = 30;
const C50_PER_CLIENT_LATENCY = 6;
const LATENCY_MS = 20;
const WARMUP = 200;
const NOTE = 'c50 (limiter 3) = what users get: the proxy keeps Autotask\'s 3 requests in flight per entity for the whole tenant and queues the rest at the gateway, where direct callers would be refused by Autotask\'s thread limit. limiter50 = the proxy\'s own cost with that limit lifted. At latency 0 all is CPU in one event loop (sandbox, proxies, load): a proxied request is a second HTTP hop (Fastify in, node:http out) on the same CPU as the sandbox and the load, so c50 throughput is CPU-bound. latency20ms adds Autotask-like latency. Sandbox thread limit off; shared 2-core machine, figures noisy.';

interface Req { method: 'GET' | 'POST'; path: string; body?: string }
const REQUESTS: Req[] = [
  { method: 'GET', path: `Companies/${COMPANY.fabrikam}` },
  { method: 'POST', path: 'Contacts/query', body: JSON.stringify({ filter: [{ op: 'eq', field: 'companyID', value: COMPANY.fabrikam }], MaxRecords: 10 }) },
];

interface Target { base: string; headers: Record<string, string> }

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function send(t: Target, r: Req): Promise<number> {
  const url = new URL(`${t.base}${r.path}`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: url.hostname, port: url.port, path: url.pathname, method: r.method, headers: { ...t.headers, ...(r.body ? { 'content-type': 'application/json' } : {}) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`HTTP ${res.statusCode} from ${url.href}`))));
    });
    req.on('error', reject);
    req.end(r.body);
  });
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

interface Run { latencies: number[]; rps: number }

async function concurrent(t: Target, clients: number, perClient: number): Promise<Run> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    for (let i = 0; i < perClient; i += 1) latencies.push(await send(t, REQUESTS[(c + i) % REQUESTS.length]!));
  }));
  return { latencies, rps: latencies.length / ((performance.now() - started) / 1000) };
}

async function startProxy(sb: Sandbox, maxConcurrentPerEndpoint: number): Promise<{ app: FastifyInstance; base: string }> {
  const app = Fastify() as unknown as FastifyInstance;
  registerAutotaskProxy(app, {
    autotask: { credentials: sb.credentials, discoveryUrl: sb.zoneUrl, maxConcurrentPerEndpoint },
    authenticate: async (req) => (req.headers.authorization === 'Bearer bench' ? { resourceId: RESOURCE.samRivera, email: 'sam.rivera@harborline-it.com', sessionId: 'bench' } : null),
    audit: () => undefined,
    allowedOrigin: 'https://localhost:3000',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/autotask/v1.0/` };
}

export async function benchProxy(): Promise<Figures> {
  const sb = await startSandbox({ port: 0, storage: 'memory', threadLimit: false, latencyMs: 0 });
  const limited = await startProxy(sb, 3);
  const open = await startProxy(sb, C50_CLIENTS);
  try {
    const direct: Target = { base: `${sb.zoneUrl}v1.0/`, headers: { ApiIntegrationCode: sb.credentials.integrationCode, UserName: sb.credentials.username, Secret: sb.credentials.secret } };
    const viaProxy = (base: string): Target => ({ base, headers: { authorization: 'Bearer bench' } });
    const proxy3 = viaProxy(limited.base);
    const proxy50 = viaProxy(open.base);

    for (let i = 0; i < WARMUP; i += 1) for (const t of [direct, proxy3, proxy50]) await send(t, REQUESTS[i % REQUESTS.length]!);

    // One client: interleaved, so drift hits both sides alike.
    const d1: number[] = [];
    const p1: number[] = [];
    for (let i = 0; i < C1_ROUNDS; i += 1) {
      for (const r of REQUESTS) {
        d1.push(await send(direct, r));
        p1.push(await send(proxy3, r));
      }
    }

    // 50 clients: the three sides interleaved, three rounds, the best run of each (the machine is shared).
    const rounds = async (perClient: number) => {
      const runs = { d: [] as Run[], p: [] as Run[], o: [] as Run[] };
      for (let i = 0; i < 3; i += 1) {
        runs.d.push(await concurrent(direct, C50_CLIENTS, perClient));
        runs.p.push(await concurrent(proxy3, C50_CLIENTS, perClient));
        runs.o.push(await concurrent(proxy50, C50_CLIENTS, perClient));
      }
      const best = (xs: Run[]) => xs.reduce((a, b) => (b.rps > a.rps ? b : a));
      return { d: best(runs.d), p: best(runs.p), o: best(runs.o) };
    };
    const c50 = async (prefix: string, perClient: number): Promise<Figures> => {
      const { d, p, o } = await rounds(perClient);
      return {
        [`${prefix}direct_ms_median_c50`]: round(median(d.latencies), 2),
        [`${prefix}added_ms_median_c50`]: round(median(p.latencies) - median(d.latencies), 2),
        [`${prefix}added_ms_p99_c50`]: added(p.latencies, d.latencies, 99),
        [`${prefix}direct_rps_c50`]: Math.round(d.rps),
        [`${prefix}rps_c50`]: Math.round(p.rps),
        [`${prefix}throughput_ratio_c50`]: round(p.rps / d.rps, 2),
        [`${prefix}added_ms_median_c50_limiter50`]: round(median(o.latencies) - median(d.latencies), 2),
        [`${prefix}added_ms_p99_c50_limiter50`]: added(o.latencies, d.latencies, 99),
        [`${prefix}throughput_ratio_c50_limiter50`]: round(o.rps / d.rps, 2),
      };
    };
    const added = (p: number[], d: number[], q: number) => round(percentile(p, q) - percentile(d, q), 2);
    const figures: Figures = {
      'proxy.direct_ms_median_c1': round(median(d1), 2),
      'proxy.added_ms_median_c1': round(median(p1) - median(d1), 2),
      'proxy.added_ms_p99_c1': added(p1, d1, 99),
      ...(await c50('proxy.', C50_PER_CLIENT)),
    };
    // The same with Autotask-like latency: the thread limit, not the proxy, sets what users get.
    sb.control.setLatency(LATENCY_MS);
    Object.assign(figures, await c50(`proxy.latency${LATENCY_MS}ms.`, C50_PER_CLIENT_LATENCY));
    figures['proxy.note'] = NOTE;
    return figures;
  } finally {
    await limited.app.close();
    await open.app.close();
    await sb.close();
    agent.destroy();
  }
}

if (require.main === module) {
  benchProxy().then((f) => {
    for (const [k, v] of Object.entries(f)) console.log(`${k.padEnd(44)} ${v}`);
  }, (err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
