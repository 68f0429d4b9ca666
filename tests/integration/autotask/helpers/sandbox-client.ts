/**
 * The client against the sandbox over real HTTP on port 0, with a recording axios adapter so a
 * test can see exactly what was sent (method, URL, headers, body) without touching the sandbox.
 */
import axios, { type AxiosAdapter, type InternalAxiosRequestConfig } from 'axios';
import { createAutotaskClient, type DirectClientOptions } from '../../../../src/autotask';
import { startSandbox, type SandboxOptions } from '../../../../src/sandbox';

export interface Sent {
  method: string;
  url: string;
  /** URL path relative to `/atservicesrest/v1.0/` (e.g. `Tickets/12/Notes`), without the query. */
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

export function recordingAdapter(sent: Sent[]): AxiosAdapter {
  const http = axios.getAdapter('http');
  return (config: InternalAxiosRequestConfig) => {
    const url = new URL(config.url!);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(config.headers.toJSON())) if (typeof v === 'string') headers[k] = v;
    sent.push({
      method: (config.method ?? 'get').toUpperCase(),
      url: url.href,
      path: url.pathname.replace(/^\/atservicesrest\/v1\.0\//i, ''),
      headers,
      body: typeof config.data === 'string' && config.data ? JSON.parse(config.data) : undefined,
    });
    return http(config);
  };
}

export async function sandboxClient(sandboxOptions: SandboxOptions = {}, clientOptions: Partial<DirectClientOptions> = {}) {
  const sb = await startSandbox({ port: 0, storage: 'memory', ...sandboxOptions });
  const sent: Sent[] = [];
  const at = createAutotaskClient({ mode: 'direct', credentials: sb.credentials, discoveryUrl: sb.zoneUrl, adapter: recordingAdapter(sent), ...clientOptions });
  const last = () => {
    const s = sent[sent.length - 1]!;
    return `${s.method} ${s.path}`;
  };
  return { sb, at, sent, last, close: () => sb.close() };
}
