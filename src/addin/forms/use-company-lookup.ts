/**
 * A value looked up for the chosen company (its contacts, its default contract): one request
 * per company, stale answers dropped when the company changes, nothing sent while offline (the
 * lookup runs when the connection is back). `undefined` while unknown.
 */
import { useEffect, useState } from 'react';
import { useOffline } from '../connectivity/use-connectivity';

export function useCompanyLookup<T>(
  companyID: number | null,
  lookup: (companyId: number, signal: AbortSignal) => Promise<T>,
  fallback: T,
): T | undefined {
  const offline = useOffline();
  const [found, setFound] = useState<{ companyId: number; value: T } | null>(null);
  useEffect(() => {
    if (!companyID || offline) return undefined;
    const controller = new AbortController();
    lookup(companyID, controller.signal).then(
      (value) => !controller.signal.aborted && setFound({ companyId: companyID, value }),
      () => !controller.signal.aborted && setFound({ companyId: companyID, value: fallback }),
    );
    return () => controller.abort();
    // `lookup` and `fallback` are stable per form (module functions / constants).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [companyID, offline]);
  return found && found.companyId === companyID ? found.value : undefined;
}
