/**
 * Request accounting and Autotask's two limits (reference §11): the hourly threshold per
 * database (rolling 60 minutes, every authenticated call counts) and the thread limit per
 * integration code + endpoint. Also the per-endpoint counters tests read through control.
 */
import type { LimitSettings } from '../options';
import { AUTOTASK_HOURLY_THRESHOLD } from '../options';
import { messages, tooManyRequests } from './api-errors';

const HOUR_MS = 60 * 60 * 1000;

export class RequestLimits {
  private hourly: number[] = [];
  private inFlight = new Map<string, number>();
  private inFlightByEndpoint = new Map<string, number>();
  private counts = new Map<string, number>();
  private maxSeen = new Map<string, number>();

  constructor(
    public settings: LimitSettings,
    private readonly now: () => Date,
  ) {}

  /** Every request, authenticated or not, by endpoint (entity name or special route). */
  countRequest(endpoint: string): void {
    this.counts.set(endpoint, (this.counts.get(endpoint) ?? 0) + 1);
  }

  /** Rolling-hour count; refuses once the threshold is reached. */
  checkHourly(): void {
    const t = this.now().getTime();
    this.hourly = this.hourly.filter((x) => x > t - HOUR_MS);
    const limit = this.settings.hourlyThreshold;
    if (limit !== false && this.hourly.length >= limit) {
      throw tooManyRequests(messages.hourlyThreshold(this.hourly.length, limit), this.settings.retryAfterSeconds);
    }
    this.hourly.push(t);
  }

  /** Take a thread for integration code + endpoint; returns its release. */
  acquireThread(integrationCode: string, endpoint: string): () => void {
    const key = `${integrationCode.toLowerCase()}|${endpoint}`;
    const current = this.inFlight.get(key) ?? 0;
    const limit = this.settings.threadLimit;
    if (limit !== false && current >= limit) {
      throw tooManyRequests(messages.threadThreshold(limit, endpoint), this.settings.retryAfterSeconds, this.settings.threadLimitStatus);
    }
    this.inFlight.set(key, current + 1);
    const total = (this.inFlightByEndpoint.get(endpoint) ?? 0) + 1;
    this.inFlightByEndpoint.set(endpoint, total);
    this.maxSeen.set(endpoint, Math.max(this.maxSeen.get(endpoint) ?? 0, total));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1);
      this.inFlightByEndpoint.set(endpoint, (this.inFlightByEndpoint.get(endpoint) ?? 1) - 1);
    };
  }

  threshold(): { externalRequestThreshold: number; requestThresholdTimeframe: number; currentTimeframeRequestCount: number } {
    const t = this.now().getTime();
    this.hourly = this.hourly.filter((x) => x > t - HOUR_MS);
    const limit = this.settings.hourlyThreshold;
    return {
      externalRequestThreshold: limit === false ? AUTOTASK_HOURLY_THRESHOLD : limit,
      requestThresholdTimeframe: 60,
      currentTimeframeRequestCount: this.hourly.length,
    };
  }

  requestCounts(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  maxConcurrency(): Record<string, number> {
    return Object.fromEntries(this.maxSeen);
  }

  resetCounters(): void {
    this.hourly = [];
    this.counts.clear();
    this.maxSeen.clear();
  }
}
