/**
 * Graph's Outlook throttling, switchable: at most `concurrent` requests in flight per mailbox (the
 * next one gets 429 with Retry-After, as Graph answers "MailboxConcurrency"), and optionally a 429
 * every Nth request (batch items count one each). Also the added latency and the request counts.
 */

export interface GraphThrottleSettings {
  /** Requests in flight per mailbox before a 429 (Graph: 4); false = unlimited. Default 4. */
  concurrent: number | false;
  /** Answer every Nth request (and batch item) with 429; false (default) = never. */
  every: number | false;
  /** Retry-After seconds on those 429s (default 1). */
  retryAfterSeconds: number;
  /** Milliseconds added to every HTTP request (default 0). */
  latencyMs: number;
}

export interface GraphCounts {
  /** HTTP requests received (a $batch counts once). */
  requests: number;
  /** Requests inside $batch calls. */
  batchItems: number;
  batches: number;
  /** 429s sent (concurrency and every-N). */
  throttled: number;
  /** Highest number of requests in flight at once. */
  maxInFlight: number;
  /** Per route: `GET me/contactFolders/{id}/contacts/delta` → n (HTTP requests and batch items). */
  byRoute: Record<string, number>;
}

export const throttleDefaults = (s: Partial<GraphThrottleSettings> = {}): GraphThrottleSettings =>
  ({ concurrent: 4, every: false, retryAfterSeconds: 1, latencyMs: 0, ...s });

export class GraphThrottle {
  settings: GraphThrottleSettings;
  private inFlight = 0;
  private seen = 0;
  counts: GraphCounts = emptyCounts();

  constructor(private readonly initial: GraphThrottleSettings) {
    this.settings = { ...initial };
  }

  /** Enter a request; returns false when the concurrency limit refuses it. */
  enter(): boolean {
    this.counts.requests += 1;
    if (this.settings.concurrent !== false && this.inFlight >= this.settings.concurrent) {
      this.counts.throttled += 1;
      return false;
    }
    this.inFlight += 1;
    this.counts.maxInFlight = Math.max(this.counts.maxInFlight, this.inFlight);
    return true;
  }

  leave(): void {
    this.inFlight -= 1;
  }

  /** Counts one unit of work (a request or batch item); true when every-N throttling hits it. */
  hitEvery(route: string, inBatch: boolean): boolean {
    this.counts.byRoute[route] = (this.counts.byRoute[route] ?? 0) + 1;
    if (inBatch) this.counts.batchItems += 1;
    this.seen += 1;
    if (this.settings.every !== false && this.seen % this.settings.every === 0) {
      this.counts.throttled += 1;
      return true;
    }
    return false;
  }

  resetCounts(): void {
    this.counts = emptyCounts();
    this.seen = 0;
  }

  reset(): void {
    this.settings = { ...this.initial };
    this.resetCounts();
  }
}

function emptyCounts(): GraphCounts {
  return { requests: 0, batchItems: 0, batches: 0, throttled: 0, maxInFlight: 0, byRoute: {} };
}

/** `GET me/contactFolders/AAMk…/contacts` → `GET me/contactFolders/{id}/contacts`. */
export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.split('?')[0]!.replace(/\/(AAMk[\w-]+|cat-\d+)/g, '/{id}')}`;
}
