import type { RelaisDB } from '../db/database';
import type { Settings } from '../model/settings';
import type { Contact } from '../model/types';
import { DAY } from '../rules/calendar';
import { cadenceDaysOf } from '../rules/cadence';
import type { KeepWarmClock } from '../rules/keepWarmDue';

/**
 * Far more than a daylight-saving change can take off a cadence counted in local days
 * (addLocalDays): the range read is a superset, keepWarmDue decides the exact date.
 */
const MARGIN = DAY;
const TIERS = ['close', 'regular', 'weak'] as const;
/**
 * Records per read: each read is its own short transaction (outside a caller's), so a capture's
 * write waits for one chunk, not for the whole range (about 15 ms each at 10,000 contacts).
 */
export const CHUNK = 1500;

/**
 * Every contact whose keep-warm reminder may be due at `now`: last exchange older than the
 * shortest cadence anyone has (their tier's, or their own: schema 2 indexes own cadences, so the
 * shortest is one key away; a schema-1 database is read whole). One bulk read over the
 * `lastInteractionAt` range: in Chromium, IndexedDB hands out a range of records (getAll) for
 * about what a key cursor costs per key, so reading the tier, cadence and creation date from
 * three index cursors would cost three times as much (measured: tests/bench, due-list). Read in
 * chunks of CHUNK, in `lastInteractionAt` order.
 */
export async function keepWarmCandidates(db: RelaisDB, settings: Settings, now: number): Promise<Contact[]> {
  let bound = now + MARGIN;
  if (db.contacts.schema.indexes.some((i) => i.name === 'cadenceDays')) {
    const shortestOwn = await db.contacts.where('cadenceDays').above(0).first();
    const cadences = TIERS.map((tier) => cadenceDaysOf({ tier }, settings));
    if (shortestOwn) cadences.push(cadenceDaysOf(shortestOwn, settings));
    bound = now - Math.min(...cadences) * DAY + MARGIN;
  }
  return rangeInChunks(db, bound);
}

async function rangeInChunks(db: RelaisDB, bound: number): Promise<Contact[]> {
  const out: Contact[] = [];
  const seen = new Set<string>();
  const add = (rows: Contact[]) => {
    for (const c of rows) if (!seen.has(c.id)) (seen.add(c.id), out.push(c));
  };
  let from = -Infinity;
  let withFrom = true;
  for (;;) {
    const rows = await db.contacts.where('lastInteractionAt').between(from, bound, withFrom, true).limit(CHUNK).toArray();
    add(rows);
    if (rows.length < CHUNK) return out;
    const last = rows[rows.length - 1].lastInteractionAt!;
    if (last === from && withFrom) {
      // A whole chunk shares one value: read all who have it, then go on above it.
      add(await db.contacts.where('lastInteractionAt').equals(last).toArray());
      withFrom = false;
    } else {
      // Others may share the last value read: the next chunk starts with it (read twice, kept once).
      from = last;
      withFrom = true;
    }
  }
}

/** What keepWarmDue decides from: the record alone (no history rows, as the rule without them). */
export function clockOf(c: Contact): KeepWarmClock {
  return { id: c.id, last: Number.isFinite(c.lastInteractionAt) ? c.lastInteractionAt! : -Infinity, tier: c.tier, cadenceDays: c.cadenceDays, createdAt: c.createdAt };
}
