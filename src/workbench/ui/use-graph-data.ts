/** Loads Graph stand-in data for a view, again on Refresh and every few seconds while shown (sync runs change it). */
import { useEffect, useRef, useState } from 'react';

export interface GraphData<T> {
  data: T | undefined;
  error: string | undefined;
  /** True until the first answer for the current `key`. */
  loading: boolean;
  refresh(): void;
}

/** `key` names what `load` reads (e.g. the folder id): a new key loads anew and hides the old data. */
export function useGraphData<T>(load: () => Promise<T>, key: string, pollMs = 5000): GraphData<T> {
  const [state, setState] = useState<{ key?: string; data?: T; error?: string }>({});
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => { loadRef.current = load; });
  useEffect(() => {
    let live = true;
    const run = () => loadRef.current().then(
      (data) => { if (live) setState({ key, data }); },
      (e: unknown) => { if (live) setState((s) => ({ ...s, key, error: e instanceof Error ? e.message : String(e) })); },
    );
    void run();
    const timer = setInterval(() => void run(), pollMs);
    return () => { live = false; clearInterval(timer); };
  }, [key, tick, pollMs]);
  return {
    data: state.key === key ? state.data : undefined,
    error: state.key === key ? state.error : undefined,
    loading: state.key !== key,
    refresh: () => setTick((t) => t + 1),
  };
}
