import type { RelaisDB } from '../../../utils/db/database';
import { dueItems, type DueItem } from '../../../utils/engine/dueItems';
import type { DuePage } from '../../../utils/engine/dueListQuery';
import { groupByPerson, lineKeyOfItem } from '../../../utils/engine/duePeople';
import type { Settings } from '../../../utils/model/settings';

/**
 * The due list from a scan of every table, each contact with its whole history: the reference.
 * Its items in the due list's order: grouped by the person to write to, people by their most
 * valuable reminder (as a page's cards, flattened).
 */
export async function fullScan(db: RelaisDB, settings: Partial<Settings> | undefined, now: number): Promise<DueItem[]> {
  const [contacts, interactions, introductions, nextSteps, dueStates] = await Promise.all([
    db.contacts.toArray(),
    db.interactions.toArray(),
    db.introductions.toArray(),
    db.nextSteps.toArray(),
    db.dueStates.toArray(),
  ]);
  return byPerson(dueItems({ contacts, interactions, introductions, nextSteps, dueStates, settings, now }));
}

/** Items grouped by person, in the due list's order, flattened. */
export const byPerson = (items: DueItem[]) => groupByPerson(items, lineKeyOfItem).flatMap((p) => p.lines);

/** A page's items, card after card. */
export const itemsOf = (page: Pick<DuePage, 'cards'>) => page.cards.flatMap((c) => c.items);

/** What a user sees of an item: its kind and its key (the key names the contact and the cycle). */
export const keysOf = (items: readonly DueItem[]) => items.map((i) => `${i.category} ${i.finding.key}`);
