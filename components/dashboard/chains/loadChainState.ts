import Dexie from 'dexie';
import { owedUpdates, type OwedUpdate } from '../../../utils/chains/owedUpdates';
import type { RelaisDB } from '../../../utils/db/database';
import { withDefaults } from '../../../utils/engine/buildRuleContext';
import type { Settings } from '../../../utils/model/settings';
import type { Contact, ContactId, Interaction, Introduction } from '../../../utils/model/types';
import { shiftOffQuietDays } from '../../../utils/rules/calendar';

export interface PendingUpdate extends OwedUpdate {
  /** The reminder date has come (quiet days skipped, as in the due list); otherwise it is only pending. */
  due: boolean;
}

export interface ChainState {
  introductions: Introduction[];
  /** Everyone in the graph, to name them. */
  people: Map<ContactId, Contact>;
  /** Updates owed up the chains and not dismissed by the user, due or not yet. */
  pending: PendingUpdate[];
}

/**
 * The recommendation graph and what is owed along it. Reads the introductions whole (a small
 * table) and, for each person in them, only their interactions since their first introduction
 * ([contactId+at] ranges), as the due list does.
 */
export async function loadChainState(db: RelaisDB, settingsIn: Partial<Settings> | undefined, now: number): Promise<ChainState> {
  const settings = withDefaults(settingsIn);
  return db.transaction('r', [db.contacts, db.interactions, db.introductions, db.dueStates], async () => {
    const introductions = await db.introductions.toArray();
    const since = new Map<ContactId, number>();
    for (const i of introductions) {
      if (!i || !Number.isFinite(i.at)) continue;
      for (const id of [i.contactId, i.recommenderId]) since.set(id, Math.min(since.get(id) ?? Infinity, i.at));
    }
    const ids = [...since.keys()];
    const [contacts, histories] = await Promise.all([
      db.contacts.bulkGet(ids),
      Promise.all([...since].map(([id, from]) => db.interactions.where('[contactId+at]').between([id, from], [id, Dexie.maxKey], true, true).toArray())),
    ]);
    const people = new Map<ContactId, Contact>();
    for (const c of contacts) if (c) people.set(c.id, c);
    const owed = owedUpdates('all', introductions, ([] as Interaction[]).concat(...histories), settings, now, { exists: (id) => people.has(id) });
    const states = owed.length ? await db.dueStates.bulkGet(owed.map((o) => o.key)) : [];
    const pending = owed
      .filter((_, k) => states[k]?.dismissedAt === undefined || states[k]?.dismissedAt === null)
      .map((o) => ({ ...o, due: shiftOffQuietDays(o.dueAt, settings.quietDays) <= now }));
    return { introductions, people, pending };
  });
}
