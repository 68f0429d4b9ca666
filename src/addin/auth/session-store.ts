/**
 * Where the pane keeps its session: in memory, and in localStorage under a key prefixed with
 * `Office.context.partitionKey` when Office gives one (docs: persisting add-in state). Never in
 * roamingSettings, which other services can read. An expired session is dropped on read, without
 * asking the gateway. Small non-secret preferences (the last sign-in method and KaseyaOne
 * username) live beside it.
 */
import { parseSession, type Session, type SignInMethod, SIGN_IN_METHODS } from './session';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const SESSION_KEY = 'autotask-outlook.session';
export const PREFERENCES_KEY = 'autotask-outlook.sign-in';

export interface SessionStoreOptions {
  /** Default: localStorage (null when the browser blocks it: memory only). */
  storage?: KeyValueStorage | null;
  /** `Office.context.partitionKey`; undefined where storage is not partitioned. */
  partitionKey?: string | undefined;
  now?: () => number;
}

export interface SignInPreferences {
  /** The method the user last signed in with (opened first next time). */
  method?: SignInMethod;
  /** The Autotask username last used with KaseyaOne. */
  kaseyaUsername?: string;
}

function defaultStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export class SessionStore {
  private session: Session | null = null;
  private readonly storage: KeyValueStorage | null;
  private readonly now: () => number;
  readonly key: string;
  private readonly preferencesKey: string;

  constructor(options: SessionStoreOptions = {}) {
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.now = options.now ?? Date.now;
    // As Microsoft's sample does: the partition key is a plain prefix.
    this.key = `${options.partitionKey ?? ''}${SESSION_KEY}`;
    this.preferencesKey = `${options.partitionKey ?? ''}${PREFERENCES_KEY}`;
  }

  /** Reads the stored session into memory; a damaged or expired one is removed. */
  load(): Session | null {
    let parsed: Session | null = null;
    try {
      const text = this.storage?.getItem(this.key);
      parsed = text ? parseSession(JSON.parse(text)) : null;
    } catch {
      parsed = null;
    }
    this.session = parsed;
    if (!this.current()) this.remove();
    return this.session;
  }

  /** The session in memory, or null once it has expired (then it is forgotten everywhere). */
  current(): Session | null {
    if (this.session && this.msLeft(this.session) <= 0) this.clear();
    return this.session;
  }

  save(session: Session): void {
    this.session = session;
    try {
      this.storage?.setItem(this.key, JSON.stringify(session));
    } catch {
      // Blocked or full: the session still lives for this pane.
    }
  }

  clear(): void {
    this.session = null;
    this.remove();
  }

  /** Milliseconds until the current session expires, or null without one. */
  expiresInMs(): number | null {
    const s = this.current();
    return s ? this.msLeft(s) : null;
  }

  preferences(): SignInPreferences {
    try {
      const raw = JSON.parse(this.storage?.getItem(this.preferencesKey) ?? '{}') as Record<string, unknown>;
      const method = SIGN_IN_METHODS.find((m) => m === raw.method);
      return {
        ...(method ? { method } : {}),
        ...(typeof raw.kaseyaUsername === 'string' ? { kaseyaUsername: raw.kaseyaUsername } : {}),
      };
    } catch {
      return {};
    }
  }

  savePreferences(patch: SignInPreferences): void {
    try {
      this.storage?.setItem(this.preferencesKey, JSON.stringify({ ...this.preferences(), ...patch }));
    } catch {
      // Preferences are a convenience.
    }
  }

  private msLeft(session: Session): number {
    return Date.parse(session.expiresAt) - this.now();
  }

  private remove(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to remove where storage is blocked.
    }
  }
}
