/** Shared by the ticket and note forms: a form's saved draft over its initial state, and the blank "message". */
import type { MailboxItemSummary } from '../office';

/** What a blank form (Add to Autotask) maps from: no message at all. */
export const NO_MESSAGE: MailboxItemSummary = {
  itemType: 'message', subject: '', from: null, to: [], cc: [], dateTimeCreated: null, internetMessageId: null, conversationId: null, attachments: [],
};

/**
 * The draft (JSON from useDraft) over the initial state; a draft saved by an older form lacks
 * newer fields, which keep their initial values; a damaged draft is ignored.
 */
export function restoreDraft<T extends object>(raw: string | null, initial: T): T {
  try {
    const state: unknown = raw ? JSON.parse(raw) : null;
    if (!state || typeof state !== 'object' || Array.isArray(state)) return initial;
    const merged = { ...initial, ...state } as T & { values?: unknown };
    const init = initial as { values?: unknown };
    const values = (state as { values?: unknown }).values;
    if (init.values && typeof init.values === 'object') {
      if (!values || typeof values !== 'object') return initial;
      merged.values = { ...init.values, ...values };
    }
    return merged;
  } catch {
    return initial;
  }
}
