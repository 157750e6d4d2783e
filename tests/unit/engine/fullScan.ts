import type { RelaisDB } from '../../../utils/db/database';
import { dueItems, type DueItem } from '../../../utils/engine/dueItems';
import type { Settings } from '../../../utils/model/settings';

/** The due list from a scan of every table, each contact with its whole history: the reference. */
export async function fullScan(db: RelaisDB, settings: Partial<Settings> | undefined, now: number): Promise<DueItem[]> {
  const [contacts, interactions, introductions, nextSteps, dueStates] = await Promise.all([
    db.contacts.toArray(),
    db.interactions.toArray(),
    db.introductions.toArray(),
    db.nextSteps.toArray(),
    db.dueStates.toArray(),
  ]);
  return dueItems({ contacts, interactions, introductions, nextSteps, dueStates, settings, now });
}

/** What a user sees of an item: its kind and its key (the key names the contact and the cycle). */
export const keysOf = (items: readonly DueItem[]) => items.map((i) => `${i.category} ${i.finding.key}`);
