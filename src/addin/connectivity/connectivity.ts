/**
 * One connectivity state for the whole pane, from three sources: `navigator.onLine`, the window's
 * `online`/`offline` events, and failures reaching the gateway (a fetch that throws, or a 502/503/504
 * that is not one of the gateway's own JSON answers). Nothing here polls or retries: the pane
 * resumes on the `online` event, or when the user asks to try again (one request to /healthz).
 */

export type ConnectivityState =
  | { online: true }
  /** `offline`: the browser says so; `unreachable`: the browser is online but the gateway does not answer. */
  | { online: false; reason: 'offline' | 'unreachable' };

/** The parts of `window` the monitor uses (tests pass a fake). */
export interface ConnectivityWindow {
  navigator?: { onLine?: boolean };
  addEventListener(type: 'online' | 'offline', listener: () => void): void;
  removeEventListener(type: 'online' | 'offline', listener: () => void): void;
}

export interface ConnectivityOptions {
  win?: ConnectivityWindow | undefined;
  /** For "Try again" (GET /healthz). */
  fetch?: ((input: string, init?: RequestInit) => Promise<Pick<Response, 'status' | 'headers'>>) | undefined;
  healthUrl?: string;
}

const ONLINE: ConnectivityState = { online: true };

export class Connectivity {
  private state: ConnectivityState;
  private readonly listeners = new Set<() => void>();
  private readonly resumeListeners = new Set<() => void>();
  private readonly win: ConnectivityWindow | undefined;
  private started = false;

  constructor(private readonly options: ConnectivityOptions = {}) {
    this.win = options.win;
    this.state = this.win?.navigator?.onLine === false ? { online: false, reason: 'offline' } : ONLINE;
  }

  readonly get = (): ConnectivityState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Calls `listener` each time the pane comes back online (to finish what waited for the connection). */
  onResume(listener: () => void): () => void {
    this.resumeListeners.add(listener);
    return () => void this.resumeListeners.delete(listener);
  }

  /** Listens to the window's online/offline events; returns the matching stop function. */
  start(): () => void {
    const win = this.win;
    if (!win || this.started) return () => undefined;
    this.started = true;
    const onOnline = () => this.set(ONLINE);
    const onOffline = () => this.set({ online: false, reason: 'offline' });
    win.addEventListener('online', onOnline);
    win.addEventListener('offline', onOffline);
    return () => {
      this.started = false;
      win.removeEventListener('online', onOnline);
      win.removeEventListener('offline', onOffline);
    };
  }

  /** A request to the gateway failed for lack of a connection. */
  reportUnreachable(): void {
    if (!this.state.online) return;
    this.set({ online: false, reason: this.win?.navigator?.onLine === false ? 'offline' : 'unreachable' });
  }

  /** The gateway answered: whatever the browser said, the connection works. */
  reportReachable(): void {
    if (!this.state.online) this.set(ONLINE);
  }

  /** The user's "Try again": one request to the gateway's health check. Resolves whether it answered. */
  async check(): Promise<boolean> {
    const fetchImpl = this.options.fetch;
    if (!fetchImpl) return this.state.online;
    try {
      const response = await fetchImpl(this.options.healthUrl ?? '/healthz', { cache: 'no-store' });
      if (isUnreachableStatus(response)) throw new Error(`HTTP ${response.status}`);
      this.reportReachable();
      return true;
    } catch {
      this.reportUnreachable();
      return false;
    }
  }

  private set(next: ConnectivityState): void {
    const before = this.state;
    if (before.online === next.online && (before.online || (next as { reason: string }).reason === (before as { reason: string }).reason)) return;
    this.state = next;
    for (const l of [...this.listeners]) l();
    if (!before.online && next.online) for (const l of [...this.resumeListeners]) l();
  }
}

/**
 * A 502/503/504 that does not come from the gateway itself or from Autotask (whose answers are
 * JSON): a proxy or load balancer in front of a gateway that is down.
 */
export function isUnreachableStatus(response: Pick<Response, 'status' | 'headers'>): boolean {
  if (response.status !== 502 && response.status !== 503 && response.status !== 504) return false;
  const type = response.headers?.get?.('content-type') ?? '';
  return !/json/i.test(type);
}

/** fetch rejects with a TypeError when no response arrived (offline, DNS, refused, CORS), or an AbortError on timeout. */
export function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}
