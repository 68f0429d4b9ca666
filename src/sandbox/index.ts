/**
 * The Autotask sandbox: a local stand-in for Autotask PSA's REST API (zone discovery, header
 * auth, query/CRUD with Autotask's envelopes, metadata-driven validation, impersonation,
 * switchable limits and faults) seeded with the Harborline IT tenant. See docs/sandbox.md.
 */
import type { AddressInfo } from 'node:net';
import { createSandboxApp } from './app';
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
  close(): Promise<void>;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const rt = createSandboxRuntime(opts);
  const app = createSandboxApp(rt);
  const host = opts.host ?? '127.0.0.1';
  try {
    await app.listen({ port: opts.port ?? 0, host });
  } catch (err) {
    rt.close();
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
    close: () => (closed ??= app.close().then(() => rt.close())),
  };
}

export { createSandboxApp } from './app';
export { createSandboxRuntime } from './runtime';
export type { SandboxControl, SandboxCredentials, SandboxRuntime } from './runtime';
export type { FaultRule, SandboxOptions } from './options';
export { API_CREDENTIALS, BILLING_CODE, COMPANY, CONTACT, CONTRACT, PROJECT, QUEUE, RESOURCE, ROLE, SERVICE_CALL, TASK, TICKET } from './seed/ids';
