import Dexie from 'dexie';
import { graphOf, type IntroGraph } from '../../chains/graph';
import type { RelaisDB } from '../../db/database';
import type { KnownPerson } from '../../people/names';
import type { Contact, ContactId, Interaction, Introduction, NextStep, RecommendationMade } from '../../model/types';
import type { RecommendedPerson } from '../../rules/context';
import { findRecommendedPeople } from '../../rules/findRecommendedPeople';
import type { CheckReads } from '../checkCache';

// What the pre-send check reads from the database, through indexes only (the popup must answer in
// well under 100 ms with 10,000 contacts). Whatever does not depend on the draft goes through
// `reads`, which the background keeps between keystrokes.

const MAX_CHAIN = 200;
const MAX_NAME_MATCHES = 100;

export interface CheckData {
  contacts: Contact[];
  interactions: Interaction[];
  introductions: Introduction[];
  graph: IntroGraph;
  nextSteps: NextStep[];
  recommendationsMade: RecommendationMade[];
  recommends?: RecommendedPerson[];
  contactsById: Map<ContactId, Contact>;
  /** Each person's loaded interactions, oldest first. */
  historyOf: Map<ContactId, Interaction[]>;
}

/** What does not depend on the draft: the chains of the subjects and everyone's history in them. */
interface Chains {
  introductions: Introduction[];
  chainContacts: Contact[];
  historyOf: Map<ContactId, Interaction[]>;
  nextSteps: NextStep[];
  recommendationsMade: RecommendationMade[];
}

/**
 * What the rules read about these contacts: their whole history, everyone up and down their
 * recommendation chains with their history since they entered it, their next steps and the
 * recommendations about them (all remembered in `reads` between keystrokes); and the people the
 * draft recommends, found by name.
 */
export async function loadCheckData(db: RelaisDB, reads: CheckReads, subjects: Contact[], draftText: string | undefined): Promise<CheckData> {
  const ids = subjects.map((c) => c.id);
  const recommendedNames = draftText ? findRecommendedPeople(draftText) : [];
  const [chains, named] = await Promise.all([
    reads.get(`chains:${ids.join(' ')}`, () => loadChains(db, ids)),
    Promise.all(
      recommendedNames.map((p) => reads.get(`named:${p.name.toLowerCase()}`, () => db.contacts.where('name').equalsIgnoreCase(p.name).limit(2).toArray())),
    ),
  ]);
  const contacts = new Map<ContactId, Contact>();
  for (const c of [...subjects, ...chains.chainContacts, ...named.flat()]) if (c && !contacts.has(c.id)) contacts.set(c.id, c);
  const recommends = recommendedNames.map((p, k) => (named[k].length === 1 ? { ...p, contactId: named[k][0].id } : p));
  return {
    contacts: [...contacts.values()],
    contactsById: contacts,
    historyOf: chains.historyOf,
    interactions: [...chains.historyOf.values()].flat(),
    introductions: chains.introductions,
    graph: graphOf(chains.introductions),
    nextSteps: chains.nextSteps,
    recommendationsMade: chains.recommendationsMade,
    recommends: draftText ? recommends : undefined,
  };
}

async function loadChains(db: RelaisDB, ids: ContactId[]): Promise<Chains> {
  const introductions = await chainIntroductions(db, ids);
  const since = new Map<ContactId, number>();
  for (const i of introductions) for (const id of [i.contactId, i.recommenderId]) since.set(id, Math.min(since.get(id) ?? Infinity, i.at));
  for (const id of ids) since.set(id, -Infinity);

  const [histories, chainContacts, nextSteps, recs] = await Promise.all([
    Promise.all(
      [...since].map(([id, from]) =>
        db.interactions
          .where('[contactId+at]')
          .between([id, Number.isFinite(from) ? from : Dexie.minKey], [id, Dexie.maxKey], true, true)
          .toArray(),
      ),
    ),
    db.contacts.bulkGet([...since.keys()].filter((id) => !ids.includes(id))),
    db.nextSteps.where('contactId').anyOf(ids).toArray(),
    Promise.all([db.recommendationsMade.where('candidateId').anyOf(ids).toArray(), db.recommendationsMade.where('toContactId').anyOf(ids).toArray()]),
  ]);
  const byId = new Map<number, RecommendationMade>();
  for (const r of recs.flat()) if (r.id !== undefined) byId.set(r.id, r);
  return {
    introductions,
    chainContacts: chainContacts.filter((c): c is Contact => !!c),
    // One indexed range per person, already in time order.
    historyOf: new Map<ContactId, Interaction[]>([...since.keys()].map((id, k) => [id, histories[k]])),
    nextSteps,
    recommendationsMade: [...byId.values()],
  };
}

/** Every introduction up and down the chains of these contacts, walked level by level (cycle-safe, bounded). */
async function chainIntroductions(db: RelaisDB, ids: ContactId[]): Promise<Introduction[]> {
  const found = new Map<number | string, Introduction>();
  const add = (list: Introduction[]) => list.forEach((i) => found.set(i.id ?? `${i.recommenderId}>${i.contactId}`, i));
  for (const [index, next] of [
    ['contactId', (i: Introduction) => i.recommenderId],
    ['recommenderId', (i: Introduction) => i.contactId],
  ] as const) {
    const seen = new Set<ContactId>(ids);
    let frontier = [...ids];
    while (frontier.length && seen.size < MAX_CHAIN) {
      const level = await db.introductions.where(index).anyOf(frontier).toArray();
      add(level);
      frontier = [];
      for (const i of level) {
        const id = next(i);
        if (!seen.has(id)) {
          seen.add(id);
          frontier.push(id);
        }
      }
    }
  }
  return [...found.values()];
}

/**
 * The people a draft may name as its recommender: the contacts already loaded (the chains), and the
 * known contacts whose name starts with a capitalised word of the draft — found through the name
 * index, a few at most, never a scan of every contact.
 */
export async function knownPeople(db: RelaisDB, reads: CheckReads, text: string, loaded: Contact[]): Promise<KnownPerson[]> {
  const out = new Map<ContactId, KnownPerson>(loaded.map((c) => [c.id, { id: c.id, name: c.name }]));
  // "Jean–Noël" typed with another dash is looked up as it is usually stored, "Jean-Noël".
  const written = text.slice(0, 5000).match(/\p{Lu}[\p{L}\p{M}'’\-\u2010-\u2015]{1,}/gu) ?? [];
  const words = [...new Set(written.flatMap((w) => [w, w.replace(/[\u2010-\u2015]/g, '-')]))].slice(0, 30);
  if (words.length) {
    // Case-sensitive on purpose: names are stored as LinkedIn shows them, capitalised like the
    // words picked from the draft, and the case-insensitive range walk costs ten times more.
    const found = await reads.get(`names:${words.join(' ')}`, () =>
      db.contacts
        .where('name')
        .startsWithAnyOf(words.map((w) => `${w} `))
        .limit(MAX_NAME_MATCHES)
        .toArray(),
    );
    for (const c of found) out.set(c.id, { id: c.id, name: c.name });
  }
  return [...out.values()];
}
