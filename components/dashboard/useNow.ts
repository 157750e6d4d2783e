import { useEffect, useState } from 'preact/hooks';

/** The time, refreshed every `everyMs`: relative dates and due items move on while the tab stays open. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
