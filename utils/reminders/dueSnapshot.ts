import { browser } from 'wxt/browser';
import { DUE_CATEGORIES, type DueCategory, type DueItem } from '../engine/dueItems';
import type { DueCard } from '../engine/dueListQuery';

/**
 * Today's due list (its first people, TODAY_MAX at most) and the length of the whole list, as the
 * background last computed them (after every change of the data or the settings, every 30
 * minutes, on request), kept in storage.session so the popup shows its due list without
 * computing it: at 10,000 contacts the query takes tens of milliseconds on a busy machine,
 * reading the snapshot a few. Cleared with the browser session.
 */
export const DUE_SNAPSHOT_KEY = 'due:today';
/**
 * Items fall due as time passes, with no change in the data: a snapshot older than this is still
 * shown, and a new one asked for.
 */
export const DUE_SNAPSHOT_FRESH_MS = 5 * 60_000;

export interface DueSnapshot {
  /** When it was computed (the `now` of the query). */
  at: number;
  /** People in the whole list. */
  total: number;
  /** People today holds: the badge's number. */
  today: number;
  counts: Record<DueCategory, number>;
  /** Today's cards, in the list's order. */
  cards: DueCard[];
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
    whole(s.today) &&
    s.today! <= s.total! &&
    !!s.counts &&
    DUE_CATEGORIES.every((c) => whole(s.counts![c])) &&
    Array.isArray(s.cards) &&
    s.cards.length <= s.today! &&
    s.cards.every((c) => !!c && typeof c.contactId === 'string' && typeof c.name === 'string' && DUE_CATEGORIES.includes(c.lead) && Array.isArray(c.items) && c.items.length > 0 && c.items.every(isItem))
  );
}

function isItem(i: DueItem | undefined): boolean {
  return !!i && DUE_CATEGORIES.includes(i.category) && !!i.finding && typeof i.finding.key === 'string' && typeof i.finding.reason?.en === 'string' && typeof i.finding.reason?.fr === 'string';
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
