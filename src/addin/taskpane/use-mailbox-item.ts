/**
 * The selected item as a summary, re-read when a pinned pane moves to another item.
 * Errors are rethrown during render so the route's error boundary shows them.
 */
import { useEffect, useState } from 'react';
import type { MailboxItemSummary, OfficeFacade } from '../office';

export type MailboxItemState =
  | { status: 'loading' }
  | { status: 'ready'; item: MailboxItemSummary | null };

export function useMailboxItem(office: Pick<OfficeFacade, 'getMailboxItemSummary' | 'onItemChanged'>): MailboxItemState {
  const [state, setState] = useState<MailboxItemState>({ status: 'loading' });
  const [error, setError] = useState<{ error: unknown } | null>(null);

  useEffect(() => {
    let active = true;
    let generation = 0;
    let unsubscribe: (() => Promise<void>) | undefined;

    const load = (): void => {
      const current = ++generation;
      office.getMailboxItemSummary().then(
        (item) => {
          if (active && current === generation) setState({ status: 'ready', item });
        },
        (reason: unknown) => {
          if (active && current === generation) setError({ error: reason });
        },
      );
    };

    load();
    office
      .onItemChanged(() => {
        if (!active) return;
        setState({ status: 'loading' });
        load();
      })
      .then((off) => {
        if (active) unsubscribe = off;
        else void off().catch(() => undefined);
      })
      // Non-pinned panes and older clients: the pane simply does not follow selection.
      .catch((reason: unknown) => console.warn('[pane] item changes are not reported', reason));

    return () => {
      active = false;
      void unsubscribe?.().catch(() => undefined);
    };
  }, [office]);

  if (error) throw error.error;
  return state;
}
