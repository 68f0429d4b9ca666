/**
 * Answers kept across panes for a short time, so reopening a form does not ask Autotask again:
 * reference data that changes rarely (entity metadata, a resource's roles) in localStorage for
 * 15 minutes; lookups about one message (its sender's match, the company's contacts and default
 * contract) in sessionStorage for 5 minutes. Per signed-in resource; a damaged or old entry is
 * ignored; storage failures only cost a request. Anything stale is still checked by Autotask on
 * save, whose refusal the form shows.
 */
import { EntityFields, type AutotaskClient, type FieldInfo } from '../../autotask';

/** How long an entry is trusted: an admin's picklist change shows within this time. */
export const REFERENCE_TTL_MS = 15 * 60_000;
/** Lookups about records users edit (contacts, contracts): the time of a pane closed and reopened. */
export const LOOKUP_TTL_MS = 5 * 60_000;
const PREFIX = 'autotask.ref.';

type Where = 'local' | 'session';

function storage(where: Where = 'local'): Storage | null {
  try {
    if (where === 'session') return typeof sessionStorage === 'undefined' ? null : sessionStorage;
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The cached value of `key`, or the loaded one (then cached). Concurrent callers in one pane share a load. */
const inFlight = new Map<string, Promise<unknown>>();
export async function cachedReference<T>(key: string, load: () => Promise<T>, options: { ttlMs?: number; now?: () => number; storage?: Where } = {}): Promise<T> {
  const now = options.now ?? Date.now;
  const full = PREFIX + key;
  const store = storage(options.storage);
  try {
    const raw = store?.getItem(full);
    if (raw) {
      const entry = JSON.parse(raw) as { at?: unknown; value?: unknown };
      if (typeof entry.at === 'number' && now() - entry.at < (options.ttlMs ?? REFERENCE_TTL_MS) && entry.value !== undefined) return entry.value as T;
    }
  } catch {
    // A damaged entry is loaded again.
  }
  const pending = inFlight.get(full) as Promise<T> | undefined;
  if (pending) return pending;
  const p = load().then((value) => {
    try {
      store?.setItem(full, JSON.stringify({ at: now(), value }));
    } catch {
      // Full or blocked storage: the next pane asks again.
    }
    return value;
  });
  inFlight.set(full, p);
  return p.finally(() => inFlight.delete(full));
}

/** Forget every cached entry (sign-out, or a refresh the user asked for). */
export function clearReferenceCache(): void {
  for (const s of [storage('local'), storage('session')]) {
    try {
      for (const key of Object.keys(s ?? {})) if (key.startsWith(PREFIX)) s!.removeItem(key);
    } catch {
      // Nothing to clear.
    }
  }
}

/** A lookup about one message or company, kept for LOOKUP_TTL_MS in this browser session. */
export function cachedLookup<T>(key: string, load: () => Promise<T>): Promise<T> {
  return cachedReference(key, load, { ttlMs: LOOKUP_TTL_MS, storage: 'session' });
}

/** `client.metadata.fields(entity)`, kept across panes for the signed-in resource. */
export async function cachedFields(client: AutotaskClient, entity: string, ownerId: number): Promise<EntityFields> {
  const list = await cachedReference<readonly FieldInfo[]>(`${ownerId}.fields.${entity}`, async () => (await client.metadata.fields(entity)).list);
  return new EntityFields(entity, list);
}
