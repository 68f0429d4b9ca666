/**
 * Starts the real development stack (gateway + workbench over HTTPS, sandbox, development
 * identity provider; port 0) once for all end-to-end tests. The builds must exist: `npm test`
 * builds first.
 *
 * Tests run in worker processes, so what they need from the stack travels in environment
 * variables: E2E_ORIGIN (the gateway), E2E_IDP_ORIGIN, and E2E_CONTROL, a loopback HTTP endpoint
 * that hands out two-factor codes (`GET /otp?email=`): each code once, waiting for the next
 * 30-second step when the current ones are spent, so tests in parallel never share a code.
 * The same endpoint reaches the sandbox for tests that check records or inject faults:
 * `POST /sandbox/fault` (`{ method?, path: regex source, status, body?, times? }`), `DELETE /sandbox/faults`,
 * `POST /sandbox/query/{Entity}` (an Autotask query body; answers `{ items }` as the API user).
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startDevStack, type DevStack } from '../../scripts/lib/dev-stack';

declare global {
  var __E2E_STACK__: DevStack | undefined;
  var __E2E_CONTROL__: Server | undefined;
}

const STEP_MS = 30_000;

/** Two-factor codes for the tests, each handed out once. */
function codeDesk(stack: DevStack) {
  const handed = new Map<string, Set<string>>();
  let queue = Promise.resolve();
  const next = async (email: string): Promise<string> => {
    const seen = handed.get(email) ?? new Set<string>();
    handed.set(email, seen);
    for (let attempt = 0; attempt < 6; attempt++) {
      try {
        const code = stack.otpFor(email);
        if (!seen.has(code)) {
          seen.add(code);
          return code;
        }
      } catch {
        // "used up for now": the next step comes within 30 s
      }
      await new Promise((r) => setTimeout(r, STEP_MS - (Date.now() % STEP_MS) + 250));
    }
    throw new Error(`no fresh two-factor code for ${email}`);
  };
  // One request at a time, so two tests never get the same code.
  return (email: string): Promise<string> => {
    const result = queue.then(() => next(email));
    queue = result.then(() => undefined, () => undefined);
    return result;
  };
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolveBody, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => { text += chunk; });
    req.on('end', () => {
      try {
        resolveBody(text ? JSON.parse(text) : {});
      } catch (e) {
        reject(e as Error);
      }
    });
  });
}

/** The sandbox's side of the control endpoint: faults and read-only queries as the API user. */
async function sandboxControl(stack: DevStack, method: string, path: string, body: unknown): Promise<[number, unknown]> {
  const sb = stack.sandbox;
  if (path === '/sandbox/fault' && method === 'POST') {
    const f = body as { method?: string; path: string; status: number; body?: unknown; times?: number };
    sb.control.addFault({ match: { ...(f.method ? { method: f.method } : {}), path: new RegExp(f.path) }, kind: 'status', status: f.status, body: f.body, ...(f.times ? { times: f.times } : {}) });
    return [200, { ok: true }];
  }
  if (path === '/sandbox/faults' && method === 'DELETE') {
    sb.control.clearFaults();
    return [200, { ok: true }];
  }
  const query = /^\/sandbox\/query\/([A-Za-z]+)$/.exec(path);
  if (query && method === 'POST') {
    const c = sb.credentials;
    const res = await fetch(`${sb.zoneUrl}v1.0/${query[1]}/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', UserName: c.username, Secret: c.secret, ApiIntegrationCode: c.integrationCode },
      body: JSON.stringify(body),
    });
    return [res.status, await res.json()];
  }
  return [404, { error: 'unknown' }];
}

function startControl(stack: DevStack): Promise<Server> {
  const otp = codeDesk(stack);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (url.pathname === '/otp') {
      otp(url.searchParams.get('email') ?? '').then((code) => reply(200, { code }), (e: Error) => reply(409, { error: e.message }));
      return;
    }
    if (url.pathname.startsWith('/sandbox/')) {
      readBody(req)
        .then((body) => sandboxControl(stack, req.method ?? 'GET', url.pathname, body))
        .then(([status, body]) => {
          res.setHeader('connection', 'close'); // no idle keep-alive socket holding a test worker open
          reply(status, body);
        }, (e: Error) => reply(500, { error: e.message }));
      return;
    }
    reply(404, { error: 'unknown' });
  });
  return new Promise((res) => server.listen(0, '127.0.0.1', () => res(server)));
}

export default async function globalSetup(): Promise<void> {
  const root = resolve(__dirname, '../..');
  for (const f of ['dist/taskpane.html', 'dist/commands.html', 'build/workbench/index.html']) {
    if (!existsSync(resolve(root, f))) throw new Error(`${f} is missing: run npm run build (npm test does it) before the end-to-end tests.`);
  }
  const stack = await startDevStack({ port: 0 });
  globalThis.__E2E_STACK__ = stack;
  process.env.E2E_ORIGIN = stack.origin;
  process.env.E2E_IDP_ORIGIN = stack.idp.origin;
  const control = await startControl(stack);
  control.unref();
  globalThis.__E2E_CONTROL__ = control;
  process.env.E2E_CONTROL = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;
}
