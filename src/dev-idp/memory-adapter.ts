/** oidc-provider storage adapter in memory (development only: state is lost at restart). */

type Payload = Record<string, unknown> & { uid?: string; userCode?: string; grantId?: string; consumed?: number };

/** A fresh adapter class with its own maps (one per provider, so stacks in one process stay apart). */
export function memoryAdapter() {
  const rows = new Map<string, { payload: Payload; expiresAt: number }>();
  const grants = new Map<string, Set<string>>();
  return class MemoryAdapter {
    constructor(private readonly model: string) {}

    private key(id: string) {
      return `${this.model}:${id}`;
    }

    async upsert(id: string, payload: Payload, expiresIn: number): Promise<void> {
      const key = this.key(id);
      rows.set(key, { payload, expiresAt: Date.now() + expiresIn * 1000 });
      if (payload.grantId) {
        const set = grants.get(payload.grantId) ?? new Set<string>();
        set.add(key);
        grants.set(payload.grantId, set);
      }
    }

    async find(id: string): Promise<Payload | undefined> {
      const row = rows.get(this.key(id));
      if (!row) return undefined;
      if (row.expiresAt <= Date.now()) {
        rows.delete(this.key(id));
        return undefined;
      }
      return row.payload;
    }

    async findByUid(uid: string): Promise<Payload | undefined> {
      for (const [key, row] of rows) {
        if (key.startsWith(`${this.model}:`) && row.payload.uid === uid && row.expiresAt > Date.now()) return row.payload;
      }
      return undefined;
    }

    async findByUserCode(userCode: string): Promise<Payload | undefined> {
      for (const [key, row] of rows) {
        if (key.startsWith(`${this.model}:`) && row.payload.userCode === userCode && row.expiresAt > Date.now()) return row.payload;
      }
      return undefined;
    }

    async consume(id: string): Promise<void> {
      const row = rows.get(this.key(id));
      if (row) row.payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      rows.delete(this.key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const key of grants.get(grantId) ?? []) rows.delete(key);
      grants.delete(grantId);
    }
  };
}
