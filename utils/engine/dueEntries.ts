import type { IntroGraph } from '../chains/graph';
import { asInteractions } from '../db/dueDigest/chainRows';
import { chosenAt, clockAt, unpackId } from '../db/dueDigest/digestBucket';
import type { DueDigest } from '../db/dueDigest/readDueDigest';
import type { Settings } from '../model/settings';
import type { StepLite } from '../db/dueDigest/digestLists';
import type { ContactId, DueState, Interaction } from '../model/types';
import { DAY } from '../rules/calendar';
import { cadenceDaysOf } from '../rules/cadence';
import { keepWarmDue } from '../rules/keepWarmDue';
import { keepInTouchMin } from '../rules/keptInTouch';
import { duePromises, promiseKey } from '../rules/promise-due';
import { dueOwedUpdates } from '../rules/recommender-not-informed';
import { compareDue, dueStatesByKey, hides, type DueSortKey } from './dueItems';

/** One line of the due list before it is made an item: enough to count it, order it, and say whom it is about. */
export interface DueEntry extends DueSortKey {
  /** The contact whose rule makes the item: the introduced person of an owed update, else the contact. */
  contactId: ContactId;
  /** Whom the item asks you to write to: the recommender of an owed update, else the contact. */
  writeTo: ContactId;
  /** Everyone its words name: an owed update's whole chain. */
  named: readonly ContactId[];
}

export interface DueEntryInput {
  digest: DueDigest;
  /** Whether a contact has this id or alias (the people the rules can name). */
  exists: (id: ContactId) => boolean;
  graph: IntroGraph;
  /** Next steps not done (more is harmless): what the digest keeps of them is enough. */
  steps: readonly StepLite[];
  states: readonly DueState[];
  settings: Settings;
  now: number;
}

/**
 * The whole due list as entries, in its order (compareDue), what the user snoozed or dismissed left
 * out: from the digest alone, with the rules' own deciding functions, so each entry is exactly a
 * finding the rule would make (dueOwedUpdates, duePromises, keepWarmDue) — a few milliseconds for
 * thousands, where making findings means reading every contact.
 */
export function dueEntries({ digest, exists, graph, steps, states, settings, now }: DueEntryInput): DueEntry[] {
  const byKey = dueStatesByKey(states);
  const out: DueEntry[] = [];
  const seen = new Set<string>();
  const NONE: readonly ContactId[] = [];
  const add = (e: DueEntry) => {
    if (seen.has(e.key) || hides(byKey.get(e.key), now)) return;
    seen.add(e.key);
    out.push(e);
  };

  const histories = new Map<ContactId, readonly Interaction[]>();
  const historyOf = (id: ContactId) => histories.get(id) ?? histories.set(id, asInteractions(id, digest.chainOf(id))).get(id)!;
  for (const subject of graph.recommendersOf.keys()) {
    if (!digest.isContact(subject)) continue;
    for (const owed of dueOwedUpdates(subject, graph, historyOf, settings, now, exists))
      add({ category: 'update', dueAt: owed.dueAt, depth: owed.depth, key: owed.key, contactId: subject, writeTo: owed.recommenderId, named: owed.path });
  }

  const stepsOf = new Map<ContactId, StepLite[]>();
  for (const s of steps) if (s && typeof s.contactId === 'string') stepsOf.set(s.contactId, [...(stepsOf.get(s.contactId) ?? []), s]);
  for (const [contactId, theirs] of stepsOf) {
    if (!digest.isContact(contactId)) continue;
    for (const step of duePromises(contactId, theirs, now)) add({ category: 'promise', dueAt: step.due, key: promiseKey(contactId, step), contactId, writeTo: contactId, named: NONE });
  }

  // One key per contact and cycle: no two alike, so only the user's choices are looked up. Most
  // contacts are far from due: a look at their last exchange, against the shortest cadence anyone
  // in the bucket has (with keepWarmDue's own two days of margin), skips them without a clock.
  const warm: DueEntry[] = [];
  const minExchanges = keepInTouchMin(settings);
  const tierShortest = Math.min(...TIERS.map((tier) => cadenceDaysOf({ tier }, settings)));
  for (const bucket of digest.buckets) {
    let shortest = tierShortest;
    for (const own of bucket.cadence?.values() ?? []) if (Number.isFinite(own) && own > 0 && own < shortest) shortest = own;
    const notBefore = now - (shortest - 2) * DAY;
    for (let k = 0; k < bucket.ids.length; k++) {
      if (!(bucket.last[k] <= notBefore)) continue;
      // Whom keeping in touch applies to (keptInTouch): a tier or rhythm chosen, or enough exchanges each way.
      if (!chosenAt(bucket, k) && Math.min(bucket.sent[k], bucket.received[k]) < minExchanges) continue;
      const id = unpackId(bucket.ids[k]);
      const due = keepWarmDue(clockAt(bucket, k, id), settings, now);
      if (due && !hides(byKey.get(due.key), now)) warm.push({ category: 'keep-warm', dueAt: due.dueAt, key: due.key, contactId: id, writeTo: id, named: NONE });
    }
  }
  // In the list's order (compareDue): the categories one after the other, each sorted on its own.
  const update = out.filter((e) => e.category === 'update').sort(compareDue);
  const promise = out.filter((e) => e.category === 'promise').sort(compareDue);
  return [...update, ...promise, ...warm.sort(byDateThenKey)];
}

const TIERS = ['close', 'regular', 'weak'] as const;

/** compareDue within keep-warm reminders (same category, no depth), without its lookups: thousands of them. */
function byDateThenKey(a: DueEntry, b: DueEntry): number {
  return a.dueAt! - b.dueAt! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
