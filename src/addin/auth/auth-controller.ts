/**
 * The pane's sign-in state and the one way Autotask actions get a session.
 *
 * - No prompt until an action needs one: `ensureSession()` answers the session in memory, or
 *   (Microsoft) one got silently, or opens the sign-in prompt and waits for it.
 * - `run(action)`: when the gateway answers 401 `invalid_session`, the session is dropped, the
 *   prompt opens again and the action runs once more after sign-in; the views stay mounted, so
 *   nothing typed is lost.
 * - A stored session is checked once at start (`GET /auth/session`); an expired one is dropped
 *   without a request, and a timer signs the pane out when it expires (no polling).
 *
 * Over 200 lines: this is the one place the session's life cycle and the prompt meet.
 */
import type { Connectivity } from '../connectivity/connectivity';
import { cancelled, isAuthError, type AuthError } from './auth-errors';
import type { GatewayClient } from './gateway-client';
import { acquireMicrosoftToken } from './microsoft-naa';
import type { SessionStore, SignInPreferences } from './session-store';
import { toSessionInfo, type Session, type SessionInfo, type SignInConfig, type SignInMethod } from './session';
import {
  endProviderSession, microsoftByNaa, signInWithKaseyaOne, signInWithMicrosoft, signInWithOtp, type ProviderSignOut,
  type SignInDeps, type SignInOffice,
} from './sign-in-methods';

export type AuthStatus = 'checking' | 'signed-in' | 'signed-out';
/** Why the prompt is open: an action needs a session, the session ended, or the user asked. */
export type SignInReason = 'action' | 'session-ended' | 'user';

export type AuthNotice =
  | { kind: 'session-ended' }
  /** `provider`: how KaseyaOne's own sign-out went, when there was one. */
  | { kind: 'signed-out'; provider?: 'pending' | ProviderSignOut | 'failed' };

export interface AuthState {
  status: AuthStatus;
  session: SessionInfo | null;
  /** The gateway confirmed the session in this pane (GET /auth/session). */
  verified: boolean;
  notice: AuthNotice | null;
  prompt: { id: number; reason: SignInReason } | null;
  config: SignInConfig | null;
}

export interface AuthControllerDeps {
  office: SignInOffice;
  gateway: GatewayClient;
  store: SessionStore;
  connectivity: Connectivity;
  /** The add-in's origin (location.origin). */
  origin: string;
  acquireToken?: typeof acquireMicrosoftToken;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

export class AuthController {
  private state: AuthState = { status: 'signed-out', session: null, verified: false, notice: null, prompt: null, config: null };
  private readonly listeners = new Set<() => void>();
  private waiters: { resolve: (s: Session) => void; reject: (e: AuthError) => void }[] = [];
  private promptSeq = 0;
  private flow: AbortController | undefined;
  private expiryTimer: unknown;
  private configRequest: Promise<SignInConfig> | undefined;
  private verifying: Promise<void> | undefined;
  private commandId: string | undefined;
  private readonly signIn: SignInDeps;

  constructor(private readonly d: AuthControllerDeps) {
    this.signIn = { office: d.office, gateway: d.gateway, origin: d.origin, acquireToken: d.acquireToken ?? acquireMicrosoftToken };
  }

  readonly getState = (): AuthState => this.state;
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** The ribbon command the pane shows (sent as `X-Autotask-Command`). */
  setCommand(id: string | undefined): void {
    this.commandId = id;
  }
  command(): string | undefined {
    return this.commandId;
  }

  preferences(): SignInPreferences {
    return this.d.store.preferences();
  }

  /** Reads the stored session and, only when there is one, asks the gateway whether it still holds. */
  async start(): Promise<void> {
    this.d.connectivity.onResume(() => {
      if (this.state.status === 'signed-in' && !this.state.verified) void this.verify();
    });
    const stored = this.d.store.load();
    if (!stored) return;
    this.set({ status: 'checking', session: toSessionInfo(stored) });
    this.scheduleExpiry();
    await this.verify();
  }

  /** GET /auth/session: confirms the session and refreshes who it belongs to. Never prompts; one at a time. */
  readonly verify = (): Promise<void> => {
    this.verifying ??= this.check().finally(() => (this.verifying = undefined));
    return this.verifying;
  };

  private async check(): Promise<void> {
    const session = this.d.store.current();
    if (!session) return this.endSession();
    try {
      const info = await this.d.gateway.session(session.token);
      if (this.d.store.current()?.token !== session.token) return; // signed out or in again meanwhile
      this.d.store.save({ ...session, ...info });
      this.set({ status: 'signed-in', session: info, verified: true });
    } catch (error) {
      if (this.d.store.current()?.token !== session.token) return;
      if (isAuthError(error, 'SESSION_ENDED')) return this.endSession();
      // Offline or a bad answer: keep the session; it is checked again when the pane is back online.
      this.set({ status: 'signed-in', verified: false });
    }
  }

  /** The sign-in configuration (GET /api/config), read once per pane. */
  loadConfig(): Promise<SignInConfig> {
    if (!this.configRequest) {
      this.configRequest = this.d.gateway.config().then((config) => {
        this.set({ config });
        return config;
      });
      this.configRequest.catch(() => (this.configRequest = undefined));
    }
    return this.configRequest;
  }

  /** A valid session: the one in memory, one got without a prompt, or the user's sign-in. */
  async ensureSession(reason: SignInReason = 'action'): Promise<Session> {
    const current = this.current();
    if (current) return current;
    const silent = await this.silentSignIn();
    return silent ?? this.openPrompt(reason);
  }

  /** Runs an Autotask action with a session; after `invalid_session`, signs in again and runs it once more. */
  async run<T>(action: (session: Session) => Promise<T>): Promise<T> {
    const session = await this.ensureSession('action');
    try {
      return await action(session);
    } catch (error) {
      if (!isSessionEndedError(error)) throw error;
      this.endSession();
      return action(await this.ensureSession('session-ended'));
    }
  }

  /** Closes the prompt; whoever waited for a session gets SIGN_IN_CANCELLED. */
  cancelSignIn(): void {
    this.flow?.abort();
    this.flow = undefined;
    const waiters = this.waiters;
    this.waiters = [];
    this.set({ prompt: null });
    for (const w of waiters) w.reject(cancelled());
  }

  signInWithOtp(code: string): Promise<void> {
    return this.complete('otp', () => signInWithOtp(this.signIn, code));
  }

  async signInWithMicrosoft(): Promise<void> {
    const config = await this.loadConfig();
    return this.complete('microsoft', (signal) => signInWithMicrosoft(this.signIn, config, signal));
  }

  signInWithKaseyaOne(username: string): Promise<void> {
    this.d.store.savePreferences({ kaseyaUsername: username.trim() });
    return this.complete('kaseyaone', (signal) => signInWithKaseyaOne(this.signIn, username, signal));
  }

  /** POST /auth/signout, then KaseyaOne's own sign-out when the gateway hands one over. */
  async signOut(): Promise<void> {
    const session = this.d.store.current();
    let endSessionUrl: string | undefined;
    if (session) {
      try {
        ({ endSessionUrl } = await this.d.gateway.signOut(session.token));
      } catch (error) {
        if (!isAuthError(error, 'SESSION_ENDED')) throw error;
      }
    }
    this.d.store.clear();
    this.clearExpiry();
    this.set({ status: 'signed-out', session: null, verified: false, notice: { kind: 'signed-out', ...(endSessionUrl ? { provider: 'pending' } : {}) } });
    if (!endSessionUrl) return;
    let provider: ProviderSignOut | 'failed';
    try {
      provider = await endProviderSession(this.signIn, endSessionUrl);
    } catch {
      provider = 'failed';
    }
    if (this.state.notice?.kind === 'signed-out') this.set({ notice: { kind: 'signed-out', provider } });
  }

  /** The session is over (401 `invalid_session`, or it expired): forget it and say so. */
  endSession(): void {
    const had = this.state.status !== 'signed-out';
    this.d.store.clear();
    this.clearExpiry();
    this.set({ status: 'signed-out', session: null, verified: false, notice: had ? { kind: 'session-ended' } : this.state.notice });
  }

  /** The session in memory, if it has not expired (an expired one is dropped here, without a request). */
  current(): Session | null {
    const session = this.d.store.current();
    if (!session && this.state.status !== 'signed-out') this.endSession();
    return session;
  }

  private async complete(method: SignInMethod, flow: (signal: AbortSignal) => Promise<Session>): Promise<void> {
    this.flow?.abort();
    const controller = new AbortController();
    this.flow = controller;
    try {
      const session = await flow(controller.signal);
      if (controller.signal.aborted) return;
      this.signedIn(session, method);
    } finally {
      if (this.flow === controller) this.flow = undefined;
    }
  }

  private signedIn(session: Session, method: SignInMethod): void {
    this.d.store.save(session);
    this.d.store.savePreferences({ method });
    this.scheduleExpiry();
    const waiters = this.waiters;
    this.waiters = [];
    this.set({ status: 'signed-in', session: toSessionInfo(session), verified: false, notice: null, prompt: null });
    for (const w of waiters) w.resolve(session);
  }

  /** Microsoft without any prompt (nested app authentication, silent), when that is the user's method. */
  private async silentSignIn(): Promise<Session | null> {
    let config: SignInConfig;
    try {
      config = await this.loadConfig();
    } catch {
      return null; // the prompt says what went wrong
    }
    const method = this.d.store.preferences().method;
    const microsoft = config.methods.includes('microsoft') && (method === 'microsoft' || config.methods.length === 1);
    if (!microsoft || this.state.prompt) return null;
    try {
      const session = await microsoftByNaa(this.signIn, config, false);
      if (session) this.signedIn(session, 'microsoft');
      return session;
    } catch {
      return null;
    }
  }

  private openPrompt(reason: SignInReason): Promise<Session> {
    if (!this.state.prompt) this.set({ prompt: { id: ++this.promptSeq, reason } });
    return new Promise<Session>((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  private scheduleExpiry(): void {
    this.clearExpiry();
    const ms = this.d.store.expiresInMs();
    if (ms === null) return;
    const setTimer = this.d.setTimer ?? ((fn, t) => setTimeout(fn, t));
    this.expiryTimer = setTimer(() => {
      this.expiryTimer = undefined;
      if (this.d.store.current()) this.scheduleExpiry();
      else this.endSession();
    }, Math.min(Math.max(ms, 0), MAX_TIMER_MS));
  }

  private clearExpiry(): void {
    if (this.expiryTimer === undefined) return;
    (this.d.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)))(this.expiryTimer);
    this.expiryTimer = undefined;
  }

  private set(patch: Partial<AuthState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }
}

/**
 * The gateway ended the session: our own AuthError, or the Autotask client's error for a 401
 * from the proxy (behind the gateway, a 401 always means the session: the gateway holds the
 * Autotask credentials and answers their failures itself).
 */
export function isSessionEndedError(error: unknown): boolean {
  if (isAuthError(error, 'SESSION_ENDED')) return true;
  const e = error as { status?: unknown; code?: unknown } | null;
  return e?.status === 401 && e.code === 'AUTOTASK_AUTHENTICATION';
}

