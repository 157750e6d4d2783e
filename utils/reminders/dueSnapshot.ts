import { browser } from 'wxt/browser';
import { DUE_CATEGORIES, type DueCategory, type DueItem } from '../engine/dueItems';

/**
 * The first items of the due list and its length, as the background last computed them (after
 * every change of the data or the settings, every 30 minutes, on request), kept in storage.session
 * so the popup shows its due list without computing it: at 10,000 contacts the query takes
 * 150–250 ms on a busy machine, reading the snapshot a few. Cleared with the browser session.
 */
export const DUE_SNAPSHOT_KEY = 'due:first';
/** How many items the popup shows; the dashboard has the rest. */
export const POPUP_DUE_ITEMS = 12;
/**
 * Items fall due as time passes, with no change in the data: a snapshot older than this is still
 * shown, and a new one asked for.
 */
export const DUE_SNAPSHOT_FRESH_MS = 5 * 60_000;

export interface DueSnapshot {
  /** When it was computed (the `now` of the query). */
  at: number;
  total: number;
  counts: Record<DueCategory, number>;
  /** The first POPUP_DUE_ITEMS items, in the list's order. */
  items: DueItem[];
}

/** Whether `now` may still show it without asking for a new one: recent, and not from the future (a clock set back). */
export function isFreshSnapshot(s: DueSnapshot, now: number): boolean {
  return s.at <= now + 60_000 && now - s.at < DUE_SNAPSHOT_FRESH_MS;
}

/** A stored value shaped like a snapshot, down to what the popup renders (storage holds anything). */
export function isDueSnapshot(v: unknown): v is DueSnapshot {
  if (!v || typeof v !== 'object') return false;
  const s = v as Partial<DueSnapshot>;
  const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  return (
    typeof s.at === 'number' &&
    Number.isFinite(s.at) &&
    whole(s.total) &&
    !!s.counts &&
    DUE_CATEGORIES.every((c) => whole(s.counts![c])) &&
    Array.isArray(s.items) &&
    s.items.length <= s.total! &&
    s.items.every(
      (i) =>
        !!i && DUE_CATEGORIES.includes(i.category) && !!i.finding && typeof i.finding.key === 'string' && typeof i.finding.reason?.en === 'string' && typeof i.finding.reason?.fr === 'string',
    )
  );
}

export async function readDueSnapshot(): Promise<DueSnapshot | undefined> {
  try {
    const value = (await browser.storage.session.get(DUE_SNAPSHOT_KEY))[DUE_SNAPSHOT_KEY];
    return isDueSnapshot(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export async function writeDueSnapshot(s: DueSnapshot): Promise<void> {
  await browser.storage.session.set({ [DUE_SNAPSHOT_KEY]: s });
}
