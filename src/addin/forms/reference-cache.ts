/**
 * Reference data that changes rarely (entity metadata, a resource's roles) kept across panes in
 * localStorage for a short time, so reopening a form does not ask Autotask again. Per signed-in
 * resource; a damaged or old entry is ignored; storage failures only cost a request.
 */
import { EntityFields, type AutotaskClient, type FieldInfo } from '../../autotask';

/** How long an entry is trusted: an admin's picklist change shows within this time. */
export const REFERENCE_TTL_MS = 15 * 60_000;
const PREFIX = 'autotask.ref.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The cached value of `key`, or the loaded one (then cached). Concurrent callers in one pane share a load. */
const inFlight = new Map<string, Promise<unknown>>();
export async function cachedReference<T>(key: string, load: () => Promise<T>, options: { ttlMs?: number; now?: () => number } = {}): Promise<T> {
  const now = options.now ?? Date.now;
  const full = PREFIX + key;
  try {
    const raw = storage()?.getItem(full);
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
      storage()?.setItem(full, JSON.stringify({ at: now(), value }));
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
  const s = storage();
  if (!s) return;
  try {
    for (const key of Object.keys(s)) if (key.startsWith(PREFIX)) s.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/** `client.metadata.fields(entity)`, kept across panes for the signed-in resource. */
export async function cachedFields(client: AutotaskClient, entity: string, ownerId: number): Promise<EntityFields> {
  const list = await cachedReference<readonly FieldInfo[]>(`${ownerId}.fields.${entity}`, async () => (await client.metadata.fields(entity)).list);
  return new EntityFields(entity, list);
}
