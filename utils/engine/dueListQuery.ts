import Dexie from 'dexie';
import type { RelaisDB } from '../db/database';
import type { Settings } from '../model/settings';
import type { Contact, ContactId, Interaction, NextStep } from '../model/types';
import { graphOf, recommendersUpChain, type IntroGraph } from '../chains/graph';
import { DAY } from '../rules/calendar';
import { cadenceDaysOf } from '../rules/cadence';
import { withDefaults } from './buildRuleContext';
import { applyDueStates, dueItems, type DueCandidates, type DueItem } from './dueItems';

/** Daylight-saving and quiet-day shifts only move a due date later: this margin keeps the range a superset. */
const MARGIN = 2 * 3_600_000;

/**
 * Loads only what can be due, through indexes, never a scan of the big tables:
 * - keep-warm: contacts whose `lastInteractionAt` is older than the shortest tier cadence
 *   (plus, when the schema indexes `cadenceDays`, contacts with their own cadence);
 * - promises: open next steps whose `due` has passed;
 * - updates owed: the introductions (the graph: a small table, read whole), the people in it (to
 *   name them, and for their clocks), then only the histories that can hold an unreported step
 *   (`[contactId+at]` ranges, see chainHistories).
 */
export async function loadDueCandidates(db: RelaisDB, settingsIn: Partial<Settings> | undefined, now: number): Promise<DueCandidates> {
  const settings = withDefaults(settingsIn);
  const cadences = Object.values(settings.cadenceDays).filter((d) => Number.isFinite(d) && d > 0);
  const shortest = cadences.length ? Math.min(...cadences) : 30;

  return db.transaction('r', [db.contacts, db.interactions, db.introductions, db.nextSteps], async () => {
    const [stale, ownCadence, steps, introductions] = await Promise.all([
      keepWarmCandidates(db, settings, now, shortest),
      hasIndex(db, 'contacts', 'cadenceDays') ? db.contacts.where('cadenceDays').above(0).toArray() : Promise.resolve([] as Contact[]),
      db.nextSteps
        .where('due')
        .belowOrEqual(now)
        .filter((s) => s.doneAt === undefined || s.doneAt === null)
        .toArray(),
      db.introductions.toArray(),
    ]);

    const known = new Map<ContactId, Contact>();
    for (const c of [...stale, ...ownCadence]) known.set(c.id, c);
    const graph = graphOf(introductions);
    const members = new Set<ContactId>([...graph.recommendersOf.keys(), ...graph.introducedBy.keys(), ...steps.map((s: NextStep) => s.contactId)]);
    const missing = [...members].filter((id) => !known.has(id));
    for (const c of await db.contacts.bulkGet(missing)) if (c) known.set(c.id, c);

    const interactions = await chainHistories(db, graph, known);
    const candidates = [...known.values()];
    return {
      contacts: candidates,
      candidates,
      interactions,
      introductions,
      nextSteps: steps,
      settings,
      now,
    };
  });
}

/**
 * Contacts whose keep-warm reminder may have come: last exchange older than the shortest cadence.
 * When the schema indexes `cadenceDays` (so contacts with their own rhythm are fetched apart),
 * the tier of each is read from the `tier` index and only those past their tier's cadence are
 * loaded; otherwise every contact past the shortest cadence is, since an own cadence can only be
 * read from the record.
 */
async function keepWarmCandidates(db: RelaisDB, settings: Settings, now: number, shortest: number): Promise<Contact[]> {
  // Schema 1 (a database not upgraded yet): an own cadence, maybe shorter than every tier's, is only
  // in the record, so every contact with a history is read.
  if (!hasIndex(db, 'contacts', 'cadenceDays')) return db.contacts.where('lastInteractionAt').belowOrEqual(now + MARGIN).toArray();
  const past = db.contacts.where('lastInteractionAt').belowOrEqual(now - shortest * DAY + MARGIN);
  const [lasts, ids, close, weak] = await Promise.all([
    past.clone().keys(),
    past.clone().primaryKeys(),
    db.contacts.where('tier').equals('close').primaryKeys(),
    db.contacts.where('tier').equals('weak').primaryKeys(),
  ]);
  const tierOf = new Map<ContactId, 'close' | 'weak'>([...close.map((id) => [id, 'close'] as const), ...weak.map((id) => [id, 'weak'] as const)]);
  const due = ids.filter((id, k) => (lasts[k] as number) + cadenceDaysOf({ tier: tierOf.get(id) }, settings) * DAY <= now + MARGIN);
  return (await db.contacts.bulkGet(due)).filter((c): c is Contact => !!c);
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

/** The due list, computed from indexed candidates; user snoozes and dismissals applied. */
export async function dueListQuery(db: RelaisDB, settings: Partial<Settings> | undefined, now: number): Promise<DueItem[]> {
  const candidates = await loadDueCandidates(db, settings, now);
  const items = dueItems(candidates);
  if (!items.length) return items;
  const states = await db.dueStates.bulkGet(items.map((i) => i.finding.key));
  return applyDueStates(items, states, now);
}

function hasIndex(db: RelaisDB, table: 'contacts', index: string): boolean {
  return db.table(table).schema.indexes.some((i) => i.name === index);
}
