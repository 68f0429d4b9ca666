/**
 * Autotask proxy figures (issue 4), loopback only, bounded loops: the same requests (GET
 * /Companies/{id} and a small POST /Contacts/query) sent to the sandbox directly and through the
 * proxy, by one client and by 50 concurrent clients, in the same run.
 *  - `added_ms_*`: proxy latency minus direct latency at the same percentile.
 *  - `throughput_ratio_c50`: requests/s through the proxy ÷ requests/s direct.
 * The sandbox (standing in for Autotask), each proxy and this load generator run in separate
 * processes, as the gateway and Autotask run on separate machines in production; on this 2-core
 * machine they still share the CPU, so the figures are pessimistic.
 * The sandbox's thread limit is off. `limiter50` lifts the proxy's shared limit of 3 requests in
 * flight per entity (Autotask's thread limit) to isolate the proxy's own cost; `limiter3` is what
 * users get: under load they queue at the gateway instead of being refused by Autotask.
 * `cpu_us_per_request`: the proxy process's CPU time per request, next to the sandbox's.
 * BENCH_CPU_PROF_DIR=/tmp/prof writes a V8 CPU profile of each proxy process there.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { COMPANY } from '../src/sandbox';
import type { ChildAnswer, ChildCommand, ChildRequest } from './proxy-process';
import type { Figures } from './results';
import { median, round } from './results';

const C1_ROUNDS = 300;
const C50_CLIENTS = 50;
const C50_PER_CLIENT = 30;
const C50_PER_CLIENT_LATENCY = 6;
const LATENCY_MS = 20;
const WARMUP = 200;
const NOTE = 'Sandbox, proxies and load generator in separate processes on one 2-core machine. limiter50 = the proxy\'s own cost (Autotask\'s thread limit lifted): the goal figures. c50 without suffix (limiter 3) = what users get: the proxy keeps Autotask\'s 3 requests in flight per entity for the whole tenant and queues the rest at the gateway, where direct callers would be refused by Autotask\'s thread limit. At latency 0 the three processes compete for 2 cores (a proxied request is a second HTTP hop), so that throughput is CPU-bound; latency20ms adds Autotask-like latency. Sandbox thread limit off; figures noisy.';

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

const CHILD = resolve(__dirname, 'proxy-process.ts');

interface Child { proc: ChildProcess; send(cmd: ChildCommand): void; next(): Promise<ChildAnswer> }

async function startChild(req: ChildRequest): Promise<{ child: Child; ready: ChildAnswer }> {
  const proc = fork(CHILD, [JSON.stringify(req)], { execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROF_DIR && req.role === 'proxy' ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [])], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const child: Child = {
    proc,
    send: (cmd) => proc.send(cmd),
    next: async () => {
      const [msg] = (await Promise.race([once(proc, 'message'), once(proc, 'exit').then(([code]) => { throw new Error(`bench child ${req.role} exited (${String(code)})`); })])) as [ChildAnswer];
      return msg;
    },
  };
  return { child, ready: await child.next() };
}

async function stopChild(child: Child): Promise<void> {
  if (child.proc.exitCode !== null) return;
  const exited = once(child.proc, 'exit');
  child.send({ close: true });
  await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  if (child.proc.exitCode === null) child.proc.kill();
}

export async function benchProxy(): Promise<Figures> {
  const sandbox = await startChild({ role: 'sandbox' });
  if (!('ready' in sandbox.ready) || sandbox.ready.ready !== 'sandbox') throw new Error('sandbox child did not start');
  const sb = sandbox.ready;
  const proxyChild = async (maxConcurrentPerEndpoint: number) => {
    const p = await startChild({ role: 'proxy', zoneUrl: sb.zoneUrl, credentials: sb.credentials, maxConcurrentPerEndpoint });
    if (!('ready' in p.ready) || p.ready.ready !== 'proxy') throw new Error('proxy child did not start');
    return { child: p.child, base: p.ready.base };
  };
  const limited = await proxyChild(3);
  const open = await proxyChild(C50_CLIENTS);
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
    // CPU time per request inside each process (immune to other load on the machine): the proxy's
    // own work against the work of the Autotask stand-in answering the same requests.
    const cpu = async (c: Child) => {
      c.send({ cpu: true });
      const a = await c.next();
      if (!('cpuUs' in a)) throw new Error('bench child did not report CPU');
      return a.cpuUs;
    };
    const [sb0, px0] = [await cpu(sandbox.child), await cpu(open.child)];
    const cpuRun = await concurrent(proxy50, C50_CLIENTS, C50_PER_CLIENT);
    const [sb1, px1] = [await cpu(sandbox.child), await cpu(open.child)];
    const cpuFigures: Figures = {
      'proxy.cpu_us_per_request': Math.round((px1 - px0) / cpuRun.latencies.length),
      'proxy.sandbox_cpu_us_per_request': Math.round((sb1 - sb0) / cpuRun.latencies.length),
      'proxy.cpu_ratio_to_sandbox': round((px1 - px0) / (sb1 - sb0), 2),
    };
    const figures: Figures = {
      'proxy.direct_ms_median_c1': round(median(d1), 2),
      'proxy.added_ms_median_c1': round(median(p1) - median(d1), 2),
      'proxy.added_ms_p99_c1': added(p1, d1, 99),
      ...(await c50('proxy.', C50_PER_CLIENT)),
      ...cpuFigures,
    };
    // The same with Autotask-like latency: the thread limit, not the proxy, sets what users get.
    sandbox.child.send({ setLatency: LATENCY_MS });
    await sandbox.child.next();
    Object.assign(figures, await c50(`proxy.latency${LATENCY_MS}ms.`, C50_PER_CLIENT_LATENCY));
    figures['proxy.note'] = NOTE;
    return figures;
  } finally {
    await stopChild(limited.child);
    await stopChild(open.child);
    await stopChild(sandbox.child);
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
