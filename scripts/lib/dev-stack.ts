/**
 * The embedded development stack: the gateway with the workbench, over HTTPS.
 * Used by `npm start`, the end-to-end tests and the benchmarks (port 0 there).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGateway } from '../../src/gateway/app';
import { parseGatewayConfig } from '../../src/gateway/config';
import { loadDevCertificates } from '../../src/gateway/dev-certs';
import { startSandbox, type Sandbox } from '../../src/sandbox';

export const REPO_ROOT = resolve(__dirname, '..', '..');

export interface DevStack {
  origin: string;
  workbenchUrl: string;
  /** The embedded Autotask (the sandbox) the stack uses as its tenant. */
  sandbox: Sandbox;
  close(): Promise<void>;
}

export interface DevStackOptions {
  port?: number;
  host?: string;
  /** Extra static folders, e.g. the benchmark baseline page (never in production). */
  extraMounts?: { prefix: string; root: string }[];
  /** Sandbox state: a SQLite file (npm start) or memory (tests, default). */
  sandboxStorage?: 'memory' | { file: string };
  sandboxPort?: number;
}

export async function startDevStack(opts: DevStackOptions = {}): Promise<DevStack> {
  const pkg = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  const tls = await loadDevCertificates(REPO_ROOT);
  const port = opts.port ?? 3000;
  const sandbox = await startSandbox({ port: opts.sandboxPort ?? 0, storage: opts.sandboxStorage ?? 'memory' });
  const host = opts.host ?? '127.0.0.1';
  const config = parseGatewayConfig({
    host,
    port,
    origin: `https://localhost:${port || 3000}`,
    distDir: resolve(REPO_ROOT, 'dist'),
    workbenchDir: resolve(REPO_ROOT, 'build/workbench'),
    manifestPath: resolve(REPO_ROOT, 'manifest.xml'),
    autotaskWebUrl: sandbox.webUrl,
    tls: { key: tls.key, cert: tls.cert },
    version: pkg.version,
    build: process.env.BUILD_ID ?? 'dev',
  });
  const app = createGateway(config, { extraMounts: opts.extraMounts });
  try {
    await app.listen({ port, host });
  } catch (err) {
    await sandbox.close();
    throw err;
  }
  const actual = (app.server.address() as AddressInfo).port;
  const origin = `https://localhost:${actual}`;
  return {
    origin,
    workbenchUrl: `${origin}/workbench/`,
    sandbox,
    close: async () => {
      await app.close();
      await sandbox.close();
    },
  };
}
