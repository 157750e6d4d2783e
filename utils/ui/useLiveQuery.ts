import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * Dexie's liveQuery as a Preact hook: re-renders when the data it read changes, in this page or in
 * the background (Dexie propagates changes across extension contexts).
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[], initial: T): { value: T; error?: Error; loading: boolean } {
  const [state, setState] = useState<{ value: T; error?: Error; loading: boolean }>({ value: initial, loading: true });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, loading: false }),
      error: (error) => setState((s) => ({ ...s, error: error as Error, loading: false })),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
