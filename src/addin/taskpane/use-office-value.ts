/** A value read once through the Office facade; failures are rethrown during render for the error boundary. */
import { useEffect, useState } from 'react';
import type { OfficeFacade } from '../office';

export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; value: T };

/** Runs `load` once per `office` (pass a module-level function); rethrows its failure during render for the error boundary. */
export function useOfficeValue<T>(office: OfficeFacade, load: (office: OfficeFacade) => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [error, setError] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    let active = true;
    load(office).then(
      (value) => active && setState({ status: 'ready', value }),
      (reason: unknown) => active && setError({ error: reason }),
    );
    return () => {
      active = false;
    };
  }, [office, load]);
  if (error) throw error.error;
  return state;
}
