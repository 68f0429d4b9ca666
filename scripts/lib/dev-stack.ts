/**
 * The embedded development stack: the Autotask sandbox, the development identity provider
 * (Entra ID and KaseyaOne stand-ins) and the gateway with the workbench, over HTTPS, with all
 * three sign-in methods on. Used by `npm start`, the end-to-end tests and the benchmarks (port 0).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { createGateway } from '../../src/gateway/app';
import { devSecretKey } from '../../src/gateway/admin';
import { generateSecretKey } from '../../src/gateway/auth/crypto';
import { parseGatewayConfig } from '../../src/gateway/config';
import { loadDevCertificates } from '../../src/gateway/dev-certs';
import { openGatewayStore } from '../../src/gateway/store/sqlite-store';
import type { GatewayStore } from '../../src/gateway/store/store';
import { startDevIdp, type DevIdp } from '../../src/dev-idp';
import { pinnedFetch } from '../../src/dev-idp/pinned-fetch';
import { startSandbox, type Sandbox } from '../../src/sandbox';

export const REPO_ROOT = resolve(__dirname, '..', '..');

export interface DevStack {
  origin: string;
  workbenchUrl: string;
  /** The embedded Autotask (the sandbox) the stack uses as its tenant. */
  sandbox: Sandbox;
  /** The development identity provider. */
  idp: {
    /** `https://localhost:<port>`: the login pages live under the issuers. */
    origin: string;
    /** The Microsoft Entra ID stand-in (tenant on the gateway's allow-list). */
    entraIssuer: string;
    /** Same keys, another tenant: NOT on the allow-list. */
    foreignEntraIssuer: string;
    entraTenantId: string;
    entraClientId: string;
    kaseyaIssuer: string;
    kaseyaClientId: string;
    /** Demo users (password "demo"); they match the sandbox's resources, plus one unknown address. */
    users: { email: string; password: string }[];
    /** Tests only: sign a JWT with the IdP's own keys. */
    sign: DevIdp['sign'];
    /** A Graph access token for a demo user (what the add-in gets; the Graph stand-in trusts it). */
    graphToken: DevIdp['graphToken'];
  };
  /** The next two-factor code the gateway accepts for an enrolled address (demo users are enrolled). */
  otpFor(email: string): string;
  /** The gateway's state (sessions, enrolments, audit log). */
  gatewayStore: GatewayStore;
  gateway: FastifyInstance;
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
  /** Identity provider port. Default 0 (a free one). */
  idpPort?: number;
  /** Folder for the gateway's state (gateway.db) and its sealing key (gateway-secret.key).
   *  Default: the sandbox file's folder when the sandbox persists (npm start: .data/), else memory. */
  gatewayDataDir?: string;
  /** Tests: the gateway's clock (epoch ms). */
  now?: () => number;
  /** Tests: sign-in session lifetime in hours (default 8). */
  sessionHours?: number;
  /** The gateway's logger (pino-compatible); default none. */
  gatewayLogger?: FastifyBaseLogger;
}

function freePort(host: string): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, host, () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => res(port));
    });
  });
}

export async function startDevStack(opts: DevStackOptions = {}): Promise<DevStack> {
  const pkg = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  const tls = await loadDevCertificates(REPO_ROOT);
  const host = opts.host ?? '127.0.0.1';
  // The identity provider must know the gateway's redirect URIs, so the port is fixed first.
  const port = opts.port === 0 ? await freePort(host) : (opts.port ?? 3000);
  const origin = `https://localhost:${port}`;
  const dataDir = opts.gatewayDataDir ?? (opts.sandboxStorage && opts.sandboxStorage !== 'memory' ? dirname(opts.sandboxStorage.file) : undefined);
  const secretKey = dataDir ? devSecretKey(dataDir) : generateSecretKey();
  const closers: (() => Promise<void> | void)[] = [];
  const closeAll = async () => {
    for (const c of closers.reverse()) await c();
  };
  try {
    const sandbox = await startSandbox({ port: opts.sandboxPort ?? 0, storage: opts.sandboxStorage ?? 'memory' });
    closers.push(() => sandbox.close());
    // HTTPS on localhost with the dev certificate: the same site as the gateway, so its cookies
    // work inside the workbench's dialog frame; the gateway trusts it by pinning (pinnedFetch).
    const idp = await startDevIdp({ port: opts.idpPort ?? 0, gatewayOrigin: origin, tls: { key: tls.key, cert: tls.cert } });
    closers.push(() => idp.close());
    // The Graph stand-in accepts only the Entra stand-in's Graph tokens (signature, issuer, audience, expiry).
    sandbox.graph.control.setTokenPolicy({ issuers: [idp.entra.issuer], jwks: idp.entra.jwks });
    const store = openGatewayStore(dataDir ? { file: join(dataDir, 'gateway.db') } : 'memory');
    closers.push(() => store.close());

    const config = parseGatewayConfig({
      host,
      port,
      origin,
      distDir: resolve(REPO_ROOT, 'dist'),
      workbenchDir: resolve(REPO_ROOT, 'build/workbench'),
      manifestPath: resolve(REPO_ROOT, 'manifest.xml'),
      autotaskWebUrl: sandbox.webUrl,
      tls: { key: tls.key, cert: tls.cert },
      version: pkg.version,
      build: process.env.BUILD_ID ?? 'dev',
      autotask: { ...sandbox.credentials, discoveryUrl: sandbox.zoneUrl },
      secretKey,
      store: 'memory', // the store is handed over below
      ...(opts.sessionHours ? { session: { hours: opts.sessionHours } } : {}),
      graph: { baseUrl: sandbox.graph.baseUrl, devTokenUrl: idp.entra.graphTokenUrl },
      signIn: {
        methods: ['otp', 'microsoft', 'kaseyaone'],
        microsoft: { clientId: idp.entra.clientId, tenants: [idp.entra.tenantId], authorityHost: idp.entra.authorityHost },
        kaseyaone: { issuer: idp.kaseyaone.issuer, clientId: idp.kaseyaone.clientId, clientSecret: idp.kaseyaone.clientSecret },
      },
    });
    const now = opts.now ?? Date.now;
    const caFile = join(tls.source, 'ca.crt');
    const fetchIdp = pinnedFetch([tls.cert, ...(existsSync(caFile) ? [readFileSync(caFile, 'utf8')] : [])]);
    const app = createGateway(config, { extraMounts: opts.extraMounts, store, now, fetch: fetchIdp, ...(opts.gatewayLogger ? { loggerInstance: opts.gatewayLogger } : {}) });
    closers.push(() => app.close());
    // Demo users get a two-factor secret at first start (kept in gateway.db when persisted).
    const enrolments = app.auth!.enrolments;
    for (const u of idp.users) if (!enrolments.isEnrolled(u.email)) enrolments.enrol(u.email);
    await app.listen({ port, host });
    return {
      origin,
      workbenchUrl: `${origin}/workbench/`,
      sandbox,
      idp: {
        origin: idp.origin,
        entraIssuer: idp.entra.issuer,
        foreignEntraIssuer: idp.entra.foreignIssuer,
        entraTenantId: idp.entra.tenantId,
        entraClientId: idp.entra.clientId,
        kaseyaIssuer: idp.kaseyaone.issuer,
        kaseyaClientId: idp.kaseyaone.clientId,
        users: idp.users.map((u) => ({ email: u.email, password: u.password })),
        sign: idp.sign,
        graphToken: idp.graphToken,
      },
      otpFor: (email) => enrolments.codeFor(email).code,
      gatewayStore: store,
      gateway: app,
      close: closeAll,
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

