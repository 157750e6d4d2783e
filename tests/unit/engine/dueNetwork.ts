// A network where the keep-warm due date is hard to get right from indexes: contacts with their own
// rhythm (shorter than every tier's, and much longer), tiers the user changed (set to `regular` on
// purpose, which lifts the import window), history imported long ago and recently, and the user's
// snoozes (ending before and after now) and dismissals on every kind of item. Deterministic.
import type { RelaisDB } from '../../../utils/db/database';
import type { DueItem } from '../../../utils/engine/dueItems';
import type { Contact, DueState, Interaction } from '../../../utils/model/types';
import { buildNetwork, type NetworkSize } from './bigNetwork';

const DAY = 86_400_000;

export type DueNetwork = ReturnType<typeof buildNetwork> & { dueStates: DueState[] };

/**
 * `buildNetwork`, then: every 13th contact keeps its own cadence (7 or 12 days: shorter than any
 * tier's; or 400), every 17th moves tier, every 19th was created by an import (its history marked
 * imported and older than its record, the import 10 or 300 days ago), a few of those with a tier
 * the user chose afterwards.
 */
export function dueNetwork(size: NetworkSize, now: number, seed = 3): DueNetwork {
  const data = buildNetwork(size, now, seed);
  const byId = new Map<string, Contact>(data.contacts.map((c) => [c.id, c]));
  data.contacts.forEach((c, k) => {
    if (k % 13 === 0) c.cadenceDays = [7, 12, 400][k % 3];
    if (k % 17 === 0) c.tier = (['close', 'weak', 'regular'] as const)[k % 3];
    if (k % 19 === 0) {
      c.createdAt = now - (k % 2 ? 10 : 300) * DAY;
      if (k % 5 === 0) c.tier = 'regular';
    }
  });
  const importedIds = new Set(data.contacts.filter((_, k) => k % 19 === 0).map((c) => c.id));
  const kept: Interaction[] = [];
  for (const i of data.interactions) {
    const c = byId.get(i.contactId)!;
    if (!importedIds.has(c.id)) {
      kept.push(i);
      continue;
    }
    // An exported history only holds what happened before the export: older than the record.
    if (i.at < c.createdAt) kept.push({ ...i, source: 'import' });
  }
  // Some imported exchanges came due recently (a regular cadence is 90 days; the window 30).
  data.contacts.forEach((c, k) => {
    if (k % 38 === 19) kept.push({ key: `imported-${k}`, contactId: c.id, kind: 'message-sent', at: now - (100 + (k % 7)) * DAY, site: 'linkedin', source: 'import' });
  });
  for (const c of data.contacts) delete c.lastInteractionAt;
  for (const i of kept) {
    const c = byId.get(i.contactId)!;
    if ((c.lastInteractionAt ?? -Infinity) < i.at) c.lastInteractionAt = i.at;
  }
  return { ...data, interactions: kept, dueStates: [] };
}

/**
 * The user's choices on a due list: every 7th item dismissed, every 5th snoozed a week, every 11th
 * snoozed until yesterday (over: it shows again), and stale keys of earlier cycles.
 */
export function choicesOn(items: readonly DueItem[], now: number): DueState[] {
  const states: DueState[] = [];
  items.forEach(({ finding }, k) => {
    if (k % 7 === 3) states.push({ key: finding.key, dismissedAt: now - DAY });
    else if (k % 5 === 1) states.push({ key: finding.key, snoozedUntil: now + 7 * DAY });
    else if (k % 11 === 2) states.push({ key: finding.key, snoozedUntil: now - DAY });
    else if (k % 23 === 4 && finding.contactId) states.push({ key: `keep-warm:${finding.contactId}:1`, dismissedAt: now - 400 * DAY });
  });
  return states;
}

export async function fillAll(db: RelaisDB, data: DueNetwork): Promise<void> {
  await db.transaction('rw', [db.contacts, db.interactions, db.introductions, db.nextSteps, db.dueStates], async () => {
    await db.contacts.bulkAdd(data.contacts);
    await db.interactions.bulkAdd(data.interactions);
    await db.introductions.bulkAdd(data.introductions);
    await db.nextSteps.bulkAdd(data.nextSteps);
    await db.dueStates.bulkPut(data.dueStates);
  });
}
