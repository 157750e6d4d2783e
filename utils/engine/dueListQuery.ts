import type { IntroGraph } from '../chains/graph';
import { graphOf } from '../chains/graph';
import type { RelaisDB } from '../db/database';
import { asInteractions } from '../db/dueDigest/chainRows';
import { readDueDigest, type DueDigest } from '../db/dueDigest/readDueDigest';
import type { Settings } from '../model/settings';
import type { Contact, ContactId, Introduction, NextStep } from '../model/types';
import type { Rule } from '../rules/context';
import { keepWarm } from '../rules/keep-warm';
import { promiseDue } from '../rules/promise-due';
import { recommenderNotInformed } from '../rules/recommender-not-informed';
import { prepareContexts, withDefaults } from './buildRuleContext';
import { dueEntries, type DueEntry } from './dueEntries';
import { countLeads, groupByPerson, TODAY_MAX } from './duePeople';
import { displayName } from '../people/displayName';
import type { DueCategory, DueItem } from './dueItems';

export interface DueQueryOptions {
  /** How many items to make, from `offset` on; 0 makes none (the counts only). Default: all. */
  limit?: number;
  offset?: number;
  /** Check the digest against the contacts first (readDueDigest): where nobody waits on a write. */
  verify?: boolean;
}

/** One person of the due list and everything owed them, made into items: what the due list shows. */
export interface DueCard {
  /** Whom to write to (one card per person). */
  contactId: ContactId;
  name: string;
  /** Their most valuable reminder (utils/engine/duePeople.ts: rankOf). */
  lead: DueCategory;
  /** When it came due. */
  dueAt: number;
  /** What is owed them, the most valuable first. */
  items: DueItem[];
}

export interface DuePage {
  /** People `offset` to `offset + limit` of the due list, in its order. */
  cards: DueCard[];
  /** How many people the whole list holds, what was snoozed and dismissed left out. */
  total: number;
  /** How many of them "today" holds (TODAY_MAX at most): what the badge and the daily digest count. */
  today: number;
  /** People by their most valuable reminder. */
  counts: Record<DueCategory, number>;
}

const RULES: Record<DueCategory, Rule> = { update: recommenderNotInformed, promise: promiseDue, 'keep-warm': keepWarm };

/**
 * The due list (or one page of it), one card per person, and its length. Every line is dated and
 * ordered from the due digest (utils/db/dueDigest/: each contact's keep-warm clock and exchanges,
 * the chain rows of the people of introductions, the introductions, the next steps not done) and
 * the user's snoozes — two reads, no contact record, no history (dueEntries) — then grouped by
 * the person to write to (groupByPerson). Only the page's cards are made into items, by the same
 * rules as the checklist, from the records of the people they name.
 */
export async function dueListQuery(db: RelaisDB, settingsIn: SettingsSource, now: number, options: DueQueryOptions = {}): Promise<DuePage> {
  const offset = wholeOr(options.offset, 0);
  const limit = wholeOr(options.limit, Infinity);
  const { entries, ...read } = await readEntries(db, settingsIn, now, options.verify);
  const people = groupByPerson(entries, (e) => e);
  const page = people.slice(offset, offset + limit);
  const { items, nameOf } = await makeItems(db, page.flatMap((p) => p.lines), read);
  const byKey = new Map(items.map((i) => [i.finding.key, i]));
  const cards = page
    .map((p) => ({ contactId: p.contactId, name: nameOf(p.contactId), lead: p.lead, dueAt: p.dueAt, items: p.lines.flatMap((l) => byKey.get(l.key) ?? []) }))
    .filter((c) => c.items.length);
  return { cards, total: people.length, today: Math.min(TODAY_MAX, people.length), counts: countLeads(people) };
}

/** The whole due list as entries, no item made: whom each line is about and whom to write to (the dashboard's due column). */
export async function dueListEntries(db: RelaisDB, settingsIn: SettingsSource, now: number): Promise<DueEntry[]> {
  return (await readEntries(db, settingsIn, now)).entries;
}

/** Settings, or settings still being read (read beside the database). */
type SettingsSource = Partial<Settings> | undefined | Promise<Partial<Settings> | undefined>;

interface ReadEntries {
  entries: DueEntry[];
  digest: DueDigest;
  graph: IntroGraph;
  settings: Settings;
  now: number;
}

async function readEntries(db: RelaisDB, settingsIn: SettingsSource, now: number, verify = false): Promise<ReadEntries> {
  // No transaction around it all: a capture's write waits only for the read in progress, not for
  // the whole list. A write in between can only make this answer a little old, and every write
  // asks for a new one (refreshDue).
  const [settings, digest, states] = await Promise.all([Promise.resolve(settingsIn).then(withDefaults), readDueDigest(db, { verify }), db.dueStates.toArray()]);
  const graph = graphOf(digest.introductions as Introduction[]);
  const exists = await existenceOf(db, digest, graph);
  return { entries: dueEntries({ digest, exists, graph, steps: digest.openSteps, states, settings, now }), digest, graph, settings, now };
}

/**
 * The items of `page`, made by their rules from the records of everyone they name. Owed updates
 * read their chain rows; keep-warm reminders are dated from the record alone, as dueEntries dated
 * them (the rule, given no history, asks the record).
 */
async function makeItems(db: RelaisDB, page: readonly DueEntry[], { digest, graph, settings, now }: Omit<ReadEntries, 'entries'>): Promise<MadeItems> {
  if (!page.length) return { items: [], nameOf: (id) => id };
  // The promises' words need the steps whole (their text): those of the page's promises only.
  const promised = [...new Set(page.filter((e) => e.category === 'promise').map((e) => e.contactId))];
  const [contacts, steps] = await Promise.all([
    contactsNamed(db, [...new Set(page.flatMap((e) => [e.contactId, ...e.named]))]),
    promised.length ? db.nextSteps.where('contactId').anyOf(promised).toArray() : ([] as NextStep[]),
  ]);
  const chained = [...new Set(page.filter((e) => e.category === 'update').flatMap((e) => e.named))];
  // Keep-warm reminders are made without histories: the rule takes the exchanges the digest counted.
  const shared = { contacts, introductions: graph, nextSteps: steps, settings, now, exchangesOf: digest.exchangesOf };
  const withChains = prepareContexts({ ...shared, interactions: chained.flatMap((id) => asInteractions(id, digest.chainOf(id))) });
  const recordOnly = prepareContexts({ ...shared, interactions: [] });
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const made = new Map<string, DueItem>();
  const ran = new Set<string>();
  for (const e of page) {
    const contact = byId.get(e.contactId);
    const run = `${e.category} ${e.contactId}`;
    if (!contact || ran.has(run)) continue;
    ran.add(run);
    const ctx = e.category === 'update' ? withChains(contact) : recordOnly(contact);
    let found: ReturnType<Rule> = [];
    try {
      found = RULES[e.category](ctx);
    } catch {
      // A rule that throws for one contact skips that contact's item, not the list.
    }
    for (const finding of found) made.set(finding.key, { category: e.category, finding });
  }
  return { items: page.flatMap((e) => made.get(e.key) ?? []), nameOf: (id) => displayName(byId.get(id), id) };
}

interface MadeItems {
  items: DueItem[];
  nameOf: (id: ContactId) => string;
}

/**
 * Whether someone of the introductions has a contact record, by id or by alias (the rules name and
 * remind only existing people). Ids the digest does not hold are looked up among the aliases:
 * usually there are none.
 */
async function existenceOf(db: RelaisDB, digest: DueDigest, graph: IntroGraph): Promise<(id: ContactId) => boolean> {
  const people = new Set([...graph.recommendersOf.keys(), ...graph.introducedBy.keys()]);
  const unknown = [...people].filter((id) => !digest.isContact(id));
  const aliases = new Set(unknown.length ? ((await db.contacts.where('aliases').anyOf(unknown).keys()) as ContactId[]) : []);
  return (id) => digest.isContact(id) || aliases.has(id);
}

/** The contacts of these ids, an id that is another's alias finding that contact. */
async function contactsNamed(db: RelaisDB, ids: ContactId[]): Promise<Contact[]> {
  const found = await db.contacts.bulkGet(ids);
  const missing = ids.filter((_, k) => !found[k]);
  const byAlias = missing.length ? await db.contacts.where('aliases').anyOf(missing).toArray() : [];
  return [...found.filter((c): c is Contact => !!c), ...byAlias];
}

function wholeOr(n: unknown, fallback: number): number {
  return typeof n === 'number' && n >= 0 && !Number.isNaN(n) ? Math.floor(n) : fallback;
}
