/**
 * JSON batching: any number of requests go as `$batch` calls of at most 20 (Graph's limit), the
 * calls themselves through the transport (so at most 4 in flight). Items Graph throttled inside a
 * batch (per-item 429) are sent again in a later batch after their Retry-After; every other item
 * result comes back as it is, in input order: a value or a typed GraphError.
 */
import { z } from 'zod';
import { GraphError, GraphResponseShapeError, GraphThrottledError, graphErrorFrom, parseRetryAfter } from './errors';
import type { GraphHttp, GraphMethod } from './http';

export const MAX_BATCH = 20;

export interface BatchRequest {
  method: GraphMethod;
  /** Relative to the version root, e.g. `/me/contacts/{id}`. */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export type BatchResult =
  | { ok: true; status: number; body: unknown }
  | { ok: false; status: number; error: GraphError };

const BatchResponseSchema = z.looseObject({
  responses: z.array(z.looseObject({
    id: z.string(),
    status: z.number(),
    headers: z.record(z.string(), z.string()).nullish(),
    body: z.unknown().optional(),
  })),
});

export interface BatchOptions {
  signal?: AbortSignal;
  /** Rounds of re-sending throttled items (default 5). */
  maxRounds?: number;
  sleep?: (ms: number) => Promise<void>;
}

export function chunk<T>(items: readonly T[], size = MAX_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function runBatch(http: GraphHttp, requests: readonly BatchRequest[], options: BatchOptions = {}): Promise<BatchResult[]> {
  const results = new Array<BatchResult | undefined>(requests.length);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let pending = requests.map((_, i) => i);
  for (let round = 0; pending.length > 0; round += 1) {
    const throttled: number[] = [];
    let waitMs = 0;
    // allSettled: when one call fails for good, the others finish before the error surfaces (nothing left in flight).
    const calls = await Promise.allSettled(chunk(pending).map(async (indexes) => {
      const body = {
        requests: indexes.map((i) => {
          const r = requests[i]!;
          const headers = { ...(r.body !== undefined ? { 'content-type': 'application/json' } : {}), ...r.headers };
          return { id: String(i), method: r.method, url: r.url.startsWith('/') ? r.url : `/${r.url}`, ...(r.body !== undefined ? { body: r.body } : {}), ...(Object.keys(headers).length ? { headers } : {}) };
        }),
      };
      const res = await http.send({ method: 'POST', url: '$batch', body, ...(options.signal ? { signal: options.signal } : {}) });
      const parsed = BatchResponseSchema.safeParse(res.body);
      if (!parsed.success) throw new GraphResponseShapeError('Microsoft Graph answered $batch with an unexpected shape', { status: res.status, cause: parsed.error });
      for (const item of parsed.data.responses) {
        const i = Number(item.id);
        if (!indexes.includes(i)) continue;
        if (item.status >= 200 && item.status < 300) {
          results[i] = { ok: true, status: item.status, body: item.body };
          continue;
        }
        const retryAfter = parseRetryAfter(headerOf(item.headers, 'retry-after'));
        const error = graphErrorFrom(item.status, item.body, { request: { method: requests[i]!.method, url: requests[i]!.url }, ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}) });
        results[i] = { ok: false, status: item.status, error };
        if (error instanceof GraphThrottledError) {
          throttled.push(i);
          waitMs = Math.max(waitMs, error.retryAfterMs ?? 1000);
        }
      }
      for (const i of indexes) {
        results[i] ??= { ok: false, status: 0, error: new GraphResponseShapeError('Microsoft Graph left a $batch item unanswered', { request: { method: requests[i]!.method, url: requests[i]!.url } }) };
      }
    }));
    const failed = calls.find((c): c is PromiseRejectedResult => c.status === 'rejected');
    if (failed) throw failed.reason;
    if (throttled.length === 0 || round + 1 >= (options.maxRounds ?? 5)) break;
    await sleep(waitMs);
    pending = throttled.sort((a, b) => a - b);
  }
  return results as BatchResult[];
}

function headerOf(headers: Record<string, string> | null | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}
