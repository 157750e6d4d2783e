/**
 * What the pre-send check reads from the database that does not depend on the draft (the people of
 * the conversation, their histories and chains, the week's outreach), kept between keystrokes so a
 * draft is checked by the rules alone (about a millisecond) instead of re-reading a conversation's
 * whole history each time (60 ms for a busy contact at 10,000 contacts). The owner clears it on
 * any write to the database (`Dexie.on('storagemutated')` hears every context's writes); entries
 * also have a short lifetime, so a write that was somehow not heard is seen within it.
 */
export class CheckCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(
    private readonly maxEntries = 64,
    private readonly maxAgeMs = 60_000,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** The cached value for `key`, or `load()`'s, remembered; a load that fails is forgotten. */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    const now = this.clock();
    if (hit && now - hit.at <= this.maxAgeMs) {
      // Most recently used last: the oldest is the first evicted.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = load();
    const entry = { at: now, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Reads straight through: what callers without a cache (tests, one-off checks) get. */
export const NO_CACHE = {
  get<T>(_key: string, load: () => Promise<T>): Promise<T> {
    return load();
  },
};

export type CheckReads = Pick<CheckCache, 'get'>;
