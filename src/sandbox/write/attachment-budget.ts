/**
 * Autotask's attachment limits (reference §9, DOC-LIM): about 6 MB per file (the sandbox uses
 * 6,291,456 decoded bytes) and 10,000,000 bytes per 5 minutes, after which attachment creation
 * is refused for 5 minutes. Tracked per API user.
 */
import { apiError, messages } from '../http/api-errors';

export const MAX_ATTACHMENT_BYTES = 6_291_456;
export const WINDOW_BYTES = 10_000_000;
const WINDOW_MS = 5 * 60 * 1000;

export class AttachmentBudget {
  private uploads = new Map<string, { at: number; bytes: number }[]>();
  private blockedUntil = new Map<string, number>();

  constructor(private readonly now: () => Date) {}

  /** Throws when the file is too big or the user's 5-minute budget is spent; else records it. */
  spend(user: string, bytes: number): void {
    if (bytes > MAX_ATTACHMENT_BYTES) {
      throw apiError(messages.attachmentTooLarge(MAX_ATTACHMENT_BYTES, bytes));
    }
    const t = this.now().getTime();
    const until = this.blockedUntil.get(user) ?? 0;
    if (t < until) {
      throw apiError(messages.attachmentWindow(WINDOW_BYTES, new Date(until)));
    }
    const recent = (this.uploads.get(user) ?? []).filter((u) => u.at > t - WINDOW_MS);
    const used = recent.reduce((n, u) => n + u.bytes, 0);
    if (used + bytes > WINDOW_BYTES) {
      this.blockedUntil.set(user, t + WINDOW_MS);
      this.uploads.set(user, recent);
      throw apiError(messages.attachmentWindow(WINDOW_BYTES, new Date(t + WINDOW_MS)));
    }
    recent.push({ at: t, bytes });
    this.uploads.set(user, recent);
  }

  reset(): void {
    this.uploads.clear();
    this.blockedUntil.clear();
  }
}
