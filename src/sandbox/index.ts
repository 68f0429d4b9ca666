/**
 * The Autotask sandbox: a local stand-in for Autotask PSA's REST API (zone discovery, header
 * auth, query/CRUD with Autotask's envelopes, metadata-driven validation, impersonation,
 * switchable limits and faults) seeded with the Harborline IT tenant. See docs/sandbox.md.
 */
import type { AddressInfo } from 'node:net';
import { createSandboxApp } from './app';
import { createGraphStandIn, type GraphControl } from './graph/index';
import type { SandboxOptions } from './options';
import { createSandboxRuntime, type SandboxControl, type SandboxCredentials } from './runtime';

export interface Sandbox {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** What zoneInformation returns as `url`: `${origin}/atservicesrest/` (trailing slash, no version). */
  zoneUrl: string;
  /** `${origin}/web/`, the read-only tenant view (zoneInformation `webUrl`). */
  webUrl: string;
  credentials: SandboxCredentials;
  control: SandboxControl;
  /** The Microsoft Graph stand-in: `baseUrl` is `${origin}/graph/v1.0/`. */
  graph: { baseUrl: string; control: GraphControl };
  close(): Promise<void>;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const rt = createSandboxRuntime(opts);
  const storage = opts.storage ?? 'memory';
  const graph = createGraphStandIn({ ...opts.graph, storage: storage === 'memory' ? 'memory' : { file: storage.file.replace(/(\.db)?$/, '-graph.db') } });
  const app = createSandboxApp(rt, graph);
  const host = opts.host ?? '127.0.0.1';
  try {
    await app.listen({ port: opts.port ?? 0, host });
  } catch (err) {
    rt.close();
    graph.close();
    throw err;
  }
  const port = (app.server.address() as AddressInfo).port;
  const origin = `http://${host}:${port}`;
  rt.origin = origin;
  let closed: Promise<void> | undefined;
  return {
    origin,
    zoneUrl: `${origin}/atservicesrest/`,
    webUrl: `${origin}/web/`,
    credentials: { ...rt.credentials },
    control: rt.control,
    graph: { baseUrl: `${origin}/graph/v1.0/`, control: graph.control },
    close: () => (closed ??= app.close().then(() => { rt.close(); graph.close(); })),
  };
}

export { createSandboxApp } from './app';
export { createSandboxRuntime } from './runtime';
export type { SandboxControl, SandboxCredentials, SandboxRuntime } from './runtime';
export type { FaultRule, SandboxOptions } from './options';
export type { GraphControl, GraphTokenPolicy } from './graph/index';
export { API_CREDENTIALS, BILLING_CODE, COMPANY, CONTACT, CONTRACT, PROJECT, QUEUE, RESOURCE, ROLE, SERVICE_CALL, TASK, TICKET } from './seed/ids';
