/**
 * The selected item as a summary, re-read when a pinned pane moves to another item.
 * Errors are rethrown during render so the route's error boundary shows them.
 */
import { useEffect, useState } from 'react';
import type { MailboxItemSummary, OfficeFacade } from '../office';

export type MailboxItemState =
  | { status: 'loading' }
  | { status: 'ready'; item: MailboxItemSummary | null };

/** The item the pane's boot read while the route chunk downloaded (consumed by the first render). */
let primed: { item: MailboxItemSummary | null } | undefined;

/**
 * Boot-time read of the selected item, in parallel with the route's chunk, so the first render
 * already shows it (no loading state, no second render). A failure leaves the hook to read again.
 */
export async function primeMailboxItem(office: Pick<OfficeFacade, 'getMailboxItemSummary'>): Promise<void> {
  try {
    primed = { item: await office.getMailboxItemSummary() };
  } catch {
    primed = undefined;
  }
}

export function useMailboxItem(office: Pick<OfficeFacade, 'getMailboxItemSummary' | 'onItemChanged'>): MailboxItemState {
  const [state, setState] = useState<MailboxItemState>(() => {
    const first = primed;
    primed = undefined;
    return first ? { status: 'ready', item: first.item } : { status: 'loading' };
  });
  const primedAtMount = state.status === 'ready';
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

    if (!primedAtMount) load();
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- primedAtMount only matters for the first load
  }, [office]);

  if (error) throw error.error;
  return state;
}
