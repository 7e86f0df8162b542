import { useCallback, useEffect, useRef, useState } from 'react';

/** A read the console shows: its last good answer, the last failure, whether one is in flight, and when it last succeeded. */
export interface Refreshable<T> {
  data: T | null;
  error: unknown;
  busy: boolean;
  loadedAt: number | null;
  refresh: () => void;
}

/**
 * Runs `load` now, whenever `key` changes and on `refresh()`. A newer read cancels the one in flight, so an
 * old answer never lands over a newer filter; a failed refresh keeps the last good answer on screen.
 */
export function useRefreshable<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Refreshable<T> {
  const [state, setState] = useState<Omit<Refreshable<T>, 'refresh'>>({ data: null, error: null, busy: true, loadedAt: null });
  const inFlight = useRef<AbortController | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;

  const refresh = useCallback(() => {
    inFlight.current?.abort();
    const abort = new AbortController();
    inFlight.current = abort;
    setState((s) => ({ ...s, busy: true }));
    loadRef.current(abort.signal).then(
      (data) => {
        if (!abort.signal.aborted) setState({ data, error: null, busy: false, loadedAt: Date.now() });
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setState((s) => ({ ...s, error, busy: false }));
      },
    );
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is what makes a new read necessary
  useEffect(() => {
    refresh();
    return () => inFlight.current?.abort();
  }, [key, refresh]);

  return { ...state, refresh };
}
