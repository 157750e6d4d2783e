import type { RelaisDB } from '../db/database';
import type { Settings } from '../model/settings';
import type { Contact, ContactId } from '../model/types';
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
 * The clocks of every contact whose keep-warm reminder may be due at `now`, each as the record
 * holds it, to be decided by keepWarmDue. With schema 2 they come from index keys alone, never a
 * record: the last exchange and the id from one key cursor over `lastInteractionAt`, bounded by the
 * shortest cadence anyone has; the tier, own cadence and creation date from their indexes. With
 * schema 1 (a database the upgrade has not reached yet) every contact with a history is read.
 * Must run inside a read transaction over `contacts`.
 */
export async function keepWarmClocks(db: RelaisDB, settings: Settings, now: number): Promise<KeepWarmClock[]> {
  if (!hasIndexes(db, ['cadenceDays', 'createdAt'])) return (await db.contacts.where('lastInteractionAt').belowOrEqual(now + MARGIN).toArray()).map(clockOf);

  const own = await keyMap(db, 'cadenceDays');
  const shortest = Math.min(...TIERS.map((tier) => cadenceDaysOf({ tier }, settings)), ...[...own.values()].map((d) => cadenceDaysOf({ cadenceDays: d as number }, settings)));
  const lasts = new Map<ContactId, number>();
  const tiers = new Map<ContactId, unknown>();
  await Promise.all([
    db.contacts
      .where('lastInteractionAt')
      .belowOrEqual(now - shortest * DAY + MARGIN)
      .eachKey((last, cursor) => {
        if (typeof last === 'number' && Number.isFinite(last)) lasts.set(cursor.primaryKey as ContactId, last);
      }),
    // Few distinct tiers: one short unique-key walk, then one bulk key read per tier.
    db.contacts
      .orderBy('tier')
      .uniqueKeys()
      .then((values) => Promise.all(values.map(async (tier) => (await db.contacts.where('tier').equals(tier).primaryKeys()).forEach((id) => tiers.set(id, tier))))),
  ]);
  // Creation dates matter only where a last exchange older than the record would read as imported.
  const oldest = Math.min(...lasts.values());
  const created = Number.isFinite(oldest) ? await keyMap(db, 'createdAt', oldest) : new Map<ContactId, unknown>();

  const clocks: KeepWarmClock[] = [];
  for (const [id, last] of lasts) clocks.push({ id, last, tier: tiers.get(id), cadenceDays: own.get(id), createdAt: created.get(id) });
  return clocks;
}

function clockOf(c: Contact): KeepWarmClock {
  return { id: c.id, last: Number.isFinite(c.lastInteractionAt) ? c.lastInteractionAt! : -Infinity, tier: c.tier, cadenceDays: c.cadenceDays, createdAt: c.createdAt };
}

/** Index key by contact id, for every contact the index holds (above `after` when given). */
async function keyMap(db: RelaisDB, index: 'cadenceDays' | 'createdAt', after?: number): Promise<Map<ContactId, unknown>> {
  const out = new Map<ContactId, unknown>();
  const keys = after === undefined ? db.contacts.orderBy(index) : db.contacts.where(index).above(after);
  await keys.eachKey((key, cursor) => void out.set(cursor.primaryKey as ContactId, key));
  return out;
}

function hasIndexes(db: RelaisDB, names: string[]): boolean {
  const indexes = new Set(db.contacts.schema.indexes.map((i) => i.name));
  return names.every((n) => indexes.has(n));
}
