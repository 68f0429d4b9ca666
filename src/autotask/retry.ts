/**
 * Retry policy: ONE pure predicate (`shouldRetry`) and ONE back-off function (`backoffDelay`).
 * Reads are retried on anything transient; writes only when Autotask refused before doing
 * anything (thread limit, rate limit / 429), never after an ambiguous failure.
 */
import {
  AutotaskConnectionError, AutotaskRateLimitedError, AutotaskServerError, AutotaskThreadLimitedError,
  type AutotaskError,
} from './errors';

/** `read`: GET, query/count POSTs, next-page POSTs. `write`: create/update/replace/delete. */
export type RequestKind = 'read' | 'write';

export interface RetryOptions {
  /** Retries after the first attempt (default 5). */
  maxRetries: number;
  /** First back-off ceiling in ms (default 500). */
  baseDelayMs: number;
  /** Ceiling for any computed back-off in ms (default 30 000). */
  maxDelayMs: number;
  /** Longest Retry-After the client will wait for in ms; longer → the error surfaces (default 120 000). */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxRetries: 5, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };

export type RetryDecision = { retry: false; reason: string } | { retry: true; reason: string };

/**
 * Pure: decides from typed fields only. `attempt` counts retries already made (0 after the first failure).
 */
export function shouldRetry(error: AutotaskError, kind: RequestKind, attempt: number, options: RetryOptions = DEFAULT_RETRY): RetryDecision {
  if (attempt >= options.maxRetries) return { retry: false, reason: 'retries exhausted' };
  if (error.retryAfterMs !== undefined && error.retryAfterMs > options.maxRetryAfterMs) {
    return { retry: false, reason: 'Retry-After longer than allowed' };
  }
  if (error instanceof AutotaskThreadLimitedError) return { retry: true, reason: 'thread limit: refused before processing' };
  if (error instanceof AutotaskRateLimitedError) return { retry: true, reason: 'rate limit: refused before processing' };
  if (error instanceof AutotaskConnectionError) {
    if (error.reason === 'aborted') return { retry: false, reason: 'aborted by caller' };
    if (kind === 'read') return { retry: true, reason: 'connection failure on a read' };
    return error.mayHaveReachedServer
      ? { retry: false, reason: 'write may have reached Autotask: caller must check before retrying' }
      : { retry: true, reason: 'write never left the client' };
  }
  if (error instanceof AutotaskServerError && (error.status ?? 0) >= 500) {
    return kind === 'read' ? { retry: true, reason: 'server error on a read' } : { retry: false, reason: 'server error on a write is ambiguous' };
  }
  return { retry: false, reason: `${error.code} is not transient` };
}

/**
 * Exponential back-off with full jitter, capped; a server's Retry-After wins when present.
 * `random` is injectable (returns [0, 1)).
 */
export function backoffDelay(attempt: number, error: AutotaskError | undefined, options: RetryOptions = DEFAULT_RETRY, random: () => number = Math.random): number {
  if (error?.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, options.maxRetryAfterMs);
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
