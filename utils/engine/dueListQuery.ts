import Dexie from 'dexie';
import type { RelaisDB } from '../db/database';
import type { Settings } from '../model/settings';
import type { Contact, ContactId, Interaction, Introduction, NextStep } from '../model/types';
import { graphOf, recommendersUpChain, type IntroGraph } from '../chains/graph';
import { keepWarmDue } from '../rules/keepWarmDue';
import { withDefaults } from './buildRuleContext';
import { applyDueStates, compareDue, dueItems, dueStatesByKey, hides, type DueCandidates, type DueCategory, type DueItem, type DueSortKey } from './dueItems';
import { clockOf, keepWarmCandidates } from './keepWarmCandidates';

export interface DueQueryOptions {
  /** How many items to make, from `offset` on; 0 makes none (the counts only). Default: all. */
  limit?: number;
  offset?: number;
}

export interface DuePage {
  /** Items `offset` to `offset + limit` of the due list, in its order. */
  items: DueItem[];
  /** How many items the whole list holds, snoozed and dismissed ones left out. */
  total: number;
  counts: Record<DueCategory, number>;
}

type WarmEntry = DueSortKey & { contact: Contact };

/**
 * The due list (or one page of it) and its length. Owed updates and promises, a few hundred at
 * most, are made by their rules from indexed candidates (loadOwed) and come first. Keep-warm
 * reminders, thousands on a large network, are dated by keepWarmDue from the records of the
 * contacts that can be due (one bulk read), the user's snoozes and dismissals applied by key,
 * sorted as the list sorts; only those on the page are made into items by the rule. So the
 * badge's count makes no keep-warm item, and the popup's twelve make twelve.
 */
export async function dueListQuery(db: RelaisDB, settingsIn: Partial<Settings> | undefined, now: number, options: DueQueryOptions = {}): Promise<DuePage> {
  const settings = withDefaults(settingsIn);
  const offset = wholeOr(options.offset, 0);
  const limit = wholeOr(options.limit, Infinity);
  // No transaction around it all: a capture's write waits only for the read in progress (one chunk
  // of the keep-warm range, or one small read), not for the whole list. A write in between can
  // only make this answer a little old, and every write asks for a new one (refreshDue).
  const [candidates, steps, introductions, states] = await Promise.all([
    keepWarmCandidates(db, settings, now),
    db.nextSteps
      .where('due')
      .belowOrEqual(now)
      .filter((s) => s.doneAt === undefined || s.doneAt === null)
      .toArray(),
    db.introductions.toArray(),
    db.dueStates.toArray(),
  ]);
  const owed = await loadOwed(db, { steps, introductions, known: new Map(candidates.map((c) => [c.id, c])), settings, now });
  const head = applyDueStates(dueItems(owed, ['update', 'promise']), states, now);
  const byKey = dueStatesByKey(states);
  const warm: WarmEntry[] = [];
  for (const contact of candidates) {
    const due = keepWarmDue(clockOf(contact), settings, now);
    if (due && !hides(byKey.get(due.key), now)) warm.push({ category: 'keep-warm', dueAt: due.dueAt, key: due.key, contact });
  }
  warm.sort(compareDue);

  const items = head.slice(offset, offset + limit);
  const from = Math.max(0, offset - head.length);
  items.push(...keepWarmItems(warm.slice(from, from + limit - items.length), settings, now));
  const count = (c: DueCategory) => head.filter((i) => i.category === c).length;
  return { items, total: head.length + warm.length, counts: { update: count('update'), promise: count('promise'), 'keep-warm': warm.length } };
}

/** The keep-warm items of `page`, made by the rule from the records keepWarmDue dated them from, in the page's order. */
function keepWarmItems(page: readonly WarmEntry[], settings: Settings, now: number): DueItem[] {
  if (!page.length) return [];
  const contacts = page.map((e) => e.contact);
  const made = new Map(dueItems({ contacts, candidates: contacts, interactions: [], introductions: [], settings, now }, ['keep-warm']).map((i) => [i.finding.key, i]));
  return page.flatMap((e) => made.get(e.key) ?? []);
}

/**
 * What owed updates and promises are made from: open next steps whose `due` has passed; the
 * introductions (the graph: a small table, read whole); the people in them (to name them, and for
 * their clocks: most are among the keep-warm candidates already read, `known`); then only the
 * histories that can hold an unreported step (`[contactId+at]` ranges, see chainHistories), in one
 * short transaction rather than one per range.
 */
async function loadOwed(
  db: RelaisDB,
  { steps, introductions, known, settings, now }: { steps: NextStep[]; introductions: Introduction[]; known: Map<ContactId, Contact>; settings: Settings; now: number },
): Promise<DueCandidates> {
  const graph = graphOf(introductions);
  const members = [...new Set<ContactId>([...graph.recommendersOf.keys(), ...graph.introducedBy.keys(), ...steps.map((s) => s.contactId)])];
  const people = new Map<ContactId, Contact>();
  const missing = members.filter((id) => {
    const c = known.get(id);
    if (c) people.set(id, c);
    return !c;
  });
  for (const c of await db.contacts.bulkGet(missing)) if (c) people.set(c.id, c);
  const interactions = await db.transaction('r', db.interactions, () => chainHistories(db, graph, people));
  const candidates = [...people.values()];
  return { contacts: candidates, candidates, interactions, introductions, nextSteps: steps, settings, now };
}

const lastOf = (c: Contact | undefined) => (c && Number.isFinite(c.lastInteractionAt) ? c.lastInteractionAt! : -Infinity);

/**
 * The interactions owed updates depend on, with as few reads as the contacts' clocks allow
 * (`lastInteractionAt`, kept by every writer of interactions, is the latest of them):
 * - an introduced contact with nothing since their introduction has no step: not read;
 * - the others are read from their introduction on;
 * - a recommender is read only from the first of those steps on, and only if anything at all
 *   happened with them since (no interaction since the step = not informed, nothing to read).
 */
async function chainHistories(db: RelaisDB, graph: IntroGraph, known: Map<ContactId, Contact>): Promise<Interaction[]> {
  const subjects: [ContactId, number][] = [];
  for (const [id, intros] of graph.recommendersOf) {
    const from = Math.min(...intros.map((i) => i.at));
    if (lastOf(known.get(id)) >= from) subjects.push([id, from]);
  }
  const subjectRows = await Promise.all(subjects.map(([id, from]) => rangeOf(db, id, from)));
  const readFrom = new Map<ContactId, number>();
  subjects.forEach(([id], k) => {
    const rows = subjectRows[k];
    if (!rows.length) return;
    for (const link of recommendersUpChain(id, graph)) {
      const firstAfter = rows.find((r) => r.at >= link.introducedAt);
      if (!firstAfter || lastOf(known.get(link.recommenderId)) < firstAfter.at) continue;
      readFrom.set(link.recommenderId, Math.min(readFrom.get(link.recommenderId) ?? Infinity, firstAfter.at));
    }
  });
  // A recommender already read as a subject is read again only if their part starts earlier.
  const readAsSubject = new Map(subjects);
  const recommenderRows = await Promise.all(
    [...readFrom].filter(([id, from]) => !(from >= (readAsSubject.get(id) ?? Infinity))).map(([id, from]) => rangeOf(db, id, from)),
  );
  const byKey = new Map<string, Interaction>();
  for (const row of ([] as Interaction[]).concat(...subjectRows, ...recommenderRows)) byKey.set(row.key ?? String(row.id), row);
  return [...byKey.values()];
}

function rangeOf(db: RelaisDB, id: ContactId, from: number): Promise<Interaction[]> {
  return db.interactions.where('[contactId+at]').between([id, from], [id, Dexie.maxKey], true, true).toArray();
}

function wholeOr(n: unknown, fallback: number): number {
  return typeof n === 'number' && n >= 0 && !Number.isNaN(n) ? Math.floor(n) : fallback;
}
