/** Shared helpers for the sandbox integration tests (real HTTP on port 0, Node's fetch). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../src/sandbox/index';

export const repoRoot = resolve(__dirname, '..', '..', '..');
export const corpusDir = resolve(repoRoot, '..', 'shared', 'corpus', 'autotask');

export function corpus<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(resolve(corpusDir, file), 'utf8')) as T;
}

export interface Api {
  sb: Sandbox;
  rest: string;
  headers: Record<string, string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of many shapes, asserted field by field
  call(method: string, path: string, body?: unknown, extra?: Record<string, string>): Promise<{ status: number; body: any; text: string; headers: Headers }>;
  get(path: string, extra?: Record<string, string>): ReturnType<Api['call']>;
  post(path: string, body: unknown, extra?: Record<string, string>): ReturnType<Api['call']>;
  search(entity: string, search: unknown): ReturnType<Api['call']>;
}

export async function openApi(opts: SandboxOptions = {}): Promise<Api> {
  const sb = await startSandbox(opts);
  const rest = `${sb.zoneUrl}v1.0`;
  const headers = {
    ApiIntegrationCode: sb.credentials.integrationCode,
    UserName: sb.credentials.username,
    Secret: sb.credentials.secret,
    'Content-Type': 'application/json',
  };
  const call: Api['call'] = async (method, path, body, extra = {}) => {
    const url = path.startsWith('http') ? path : `${rest}${path}`;
    const res = await fetch(url, { method, headers: { ...headers, ...extra }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed, text, headers: res.headers };
  };
  return {
    sb,
    rest,
    headers,
    call,
    get: (path, extra) => call('GET', path, undefined, extra),
    post: (path, body, extra) => call('POST', path, body, extra),
    search: (entity, search) => call('GET', `/${entity}/query?search=${encodeURIComponent(JSON.stringify(search))}`),
  };
}

export const ALL = [{ op: 'exist', field: 'id' }];
