import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageMessaging } from '../../utils/messaging/pageProtocol';
import { DUE_SNAPSHOT_KEY, isDueSnapshot, isFreshSnapshot, readDueSnapshot, type DueSnapshot } from '../../utils/reminders/dueSnapshot';

/** Without a new snapshot by then (a worker that failed), the page computes the list itself. */
const FALLBACK_MS = 2500;

/**
 * The due list's first items as the background keeps them (utils/reminders/dueSnapshot.ts), read
 * at once and kept current as the background stores each new one. When there is none, or it is
 * old, the background is asked for a new one; `fallback` turns true if none comes in time.
 */
export function useDueSnapshot(): { snapshot?: DueSnapshot; loaded: boolean; fallback: boolean } {
  const [snapshot, setSnapshot] = useState<DueSnapshot | undefined>();
  const [loaded, setLoaded] = useState(false);
  const [fallback, setFallback] = useState(false);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const take = (value: unknown) => {
      if (!live || !isDueSnapshot(value)) return false;
      setSnapshot((old) => (old && old.at > value.at ? old : value));
      return true;
    };
    const onStorage = (changes: Record<string, { newValue?: unknown }>) => {
      if (DUE_SNAPSHOT_KEY in changes && take(changes[DUE_SNAPSHOT_KEY].newValue) && timer) clearTimeout(timer);
    };
    browser.storage.session.onChanged.addListener(onStorage);
    void readDueSnapshot().then((s) => {
      if (!live) return;
      if (s) take(s);
      setLoaded(true);
      if (s && isFreshSnapshot(s, Date.now())) return;
      void pageMessaging.sendMessage('refreshReminders', undefined).catch(() => undefined);
      timer = setTimeout(() => live && setFallback(true), FALLBACK_MS);
    });
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      browser.storage.session.onChanged.removeListener(onStorage);
    };
  }, []);
  return { snapshot, loaded, fallback };
}
