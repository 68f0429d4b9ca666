/**
 * What the workbench keeps in localStorage (all keys start with "workbench:"): settings, the master
 * category list, item categories and custom properties (Exchange keeps those on the server), and
 * roaming settings per mailbox and add-in.
 */
const PREFIX = 'workbench:';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export class Persistence {
  constructor(private readonly storage: KeyValueStorage | undefined) {}

  read<T>(key: string, fallback: T): T {
    try {
      const raw = this.storage?.getItem(PREFIX + key);
      return raw == null ? fallback : (JSON.parse(raw) as T);
    } catch {
      return fallback;
    }
  }

  readText(key: string): string | null {
    try {
      return this.storage?.getItem(PREFIX + key) ?? null;
    } catch {
      return null;
    }
  }

  write(key: string, value: unknown): void {
    try {
      this.storage?.setItem(PREFIX + key, typeof value === 'string' ? value : JSON.stringify(value));
    } catch {
      // Quota or privacy mode: the workbench keeps working from memory.
    }
  }

  remove(key: string): void {
    this.storage?.removeItem(PREFIX + key);
  }

  clearAll(): void {
    if (!this.storage) return;
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const k = this.storage.key(i);
      if (k?.startsWith(PREFIX)) keys.push(k);
    }
    for (const k of keys) this.storage.removeItem(k);
  }
}
