/** Options of the sandbox, with every default documented where it is defined. */
import type { GraphStandInOptions } from './graph/index';

export type FaultRule = {
  /** Method (any casing; omitted = any) and a regex tested against the URL path (no query string). */
  match: { method?: string; path: RegExp };
  /** How many matching requests this rule affects; omitted = every one. */
  times?: number;
} & (
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Destroy the socket without a response, before anything is done. */
  | { kind: 'drop' }
  /** Perform the request (the write commits), then destroy the socket instead of answering. */
  | { kind: 'drop-after-commit' }
  /** Hold the request this long, then continue normally. */
  | { kind: 'delay'; ms: number }
);

export interface SandboxOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind; loopback only (default '127.0.0.1'). */
  host?: '127.0.0.1';
  /** 'memory' (default) or a SQLite file that keeps what users create across restarts. */
  storage?: 'memory' | { file: string };
  /** Load the Harborline IT tenant into an empty store (default true); false = system minimum only. */
  seed?: boolean;
  /** Extra milliseconds added to every API request (default 0). */
  latencyMs?: number;
  /** Concurrent requests per integration code + endpoint (Autotask: 3); false (default) = unlimited. */
  threadLimit?: number | false;
  /** Requests per rolling 60 minutes for the database (Autotask: 10,000); false (default) = unlimited. */
  hourlyThreshold?: number | false;
  /** Injected failures, checked in order; the first matching rule with times left applies. */
  faults?: FaultRule[];
  /** Status of a thread-limit refusal (default 429; Autotask may send others, see reference §11). */
  threadLimitStatus?: number;
  /** Retry-After seconds on 429 answers (default: header not sent, as Autotask documents none). */
  retryAfterSeconds?: number;
  /** The Microsoft Graph stand-in at `/graph/v1.0/` (storage follows `storage`: `<file>-graph.db`). */
  graph?: Omit<GraphStandInOptions, 'storage'>;
  /** Clock for timestamps, ticket numbers and the rolling windows (default: real time). */
  clock?: () => Date;
}

export interface LimitSettings {
  latencyMs: number;
  threadLimit: number | false;
  hourlyThreshold: number | false;
  threadLimitStatus: number;
  retryAfterSeconds: number | undefined;
}

export function limitDefaults(opts: SandboxOptions): LimitSettings {
  return {
    latencyMs: opts.latencyMs ?? 0,
    threadLimit: opts.threadLimit ?? false,
    hourlyThreshold: opts.hourlyThreshold ?? false,
    threadLimitStatus: opts.threadLimitStatus ?? 429,
    retryAfterSeconds: opts.retryAfterSeconds,
  };
}

/** Autotask's published hourly threshold, reported by ThresholdInformation when no limit is set. */
export const AUTOTASK_HOURLY_THRESHOLD = 10_000;
