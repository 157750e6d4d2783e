import type { Table } from 'dexie';
import type { Contact, ContactId, Interaction, Introduction, NextStep } from '../../model/types';
import type { RelaisDB } from '../database';
import { chainStateOf, introTimesOf } from './chainRows';
import { exchangeSides, type Exchanges } from '../../rules/keptInTouch';
import { bucketOf, countCode, DUE_DIGEST_TABLE, encodeBucket, entryOf, type DigestEntry } from './digestBucket';
import { introductionsRecord, openStepsRecord, ORPHANS_KEY, type OrphansRecord } from './digestLists';

/** The tables the digest is made from, and itself: of a database, or of an upgrade's transaction. */
export interface DigestTables {
  contacts: Table<Contact, ContactId>;
  interactions: Table<Interaction, number>;
  introductions: Table<Introduction, number>;
  nextSteps: Table<NextStep, number>;
  digest: Table;
}

export const digestTablesOf = (db: { table(name: string): Table }): DigestTables => ({
  contacts: db.table('contacts'),
  interactions: db.table('interactions'),
  introductions: db.table('introductions'),
  nextSteps: db.table('nextSteps'),
  digest: db.table(DUE_DIGEST_TABLE),
});

/**
 * Makes the whole digest from the tables, inside the caller's transaction (the schema upgrade that
 * adds it, or a reader that found it stale) — every contact's clock and exchanges counted, the
 * chain state of the people of introductions, the introductions, the next steps not done, the
 * exchanges of people without a record — and replaces what was stored. It reads every interaction
 * once: counting exchanges needs them all.
 */
export async function fillDueDigest(t: DigestTables): Promise<void> {
  const [contacts, interactions, introductions, steps] = await Promise.all([t.contacts.toArray(), t.interactions.toArray(), t.introductions.toArray(), t.nextSteps.toArray()]);
  const ids = new Set(contacts.map((c) => c.id));
  const introTimes = introTimesOf(introductions, (id) => ids.has(id));
  const histories = new Map<ContactId, Interaction[]>();
  const counts = new Map<ContactId, Exchanges>();
  for (const i of interactions) {
    if (!i || typeof i.contactId !== 'string') continue;
    if (introTimes.has(i.contactId)) (histories.get(i.contactId) ?? histories.set(i.contactId, []).get(i.contactId)!).push(i);
    const sides = exchangeSides(i.kind);
    if (!sides.sent && !sides.received) continue;
    const c = counts.get(i.contactId) ?? counts.set(i.contactId, { sent: 0, received: 0 }).get(i.contactId)!;
    c.sent += sides.sent;
    c.received += sides.received;
  }
  const buckets = new Map<number, Map<ContactId, DigestEntry>>();
  for (const c of contacts) {
    const n = bucketOf(c.id);
    if (!buckets.has(n)) buckets.set(n, new Map());
    const chain = introTimes.has(c.id) ? chainStateOf(histories.get(c.id) ?? [], introTimes.get(c.id)!) : undefined;
    buckets.get(n)!.set(c.id, entryOf(c, chain, counts.get(c.id)));
  }
  const orphans: OrphansRecord = { bucket: ORPHANS_KEY, counts: new Map() };
  for (const [id, c] of counts) if (!ids.has(id)) orphans.counts.set(id, [countCode(c.sent), countCode(c.received)]);
  await t.digest.clear();
  await t.digest.bulkPut([...[...buckets].map(([n, entries]) => encodeBucket(n, entries)), introductionsRecord(introductions), openStepsRecord(steps), orphans]);
}

/** fillDueDigest in a transaction of its own: what a reader does with a digest it cannot trust. */
export async function rebuildDueDigest(db: RelaisDB): Promise<void> {
  const t = digestTablesOf(db);
  await db.transaction('rw', [t.contacts, t.interactions, t.introductions, t.nextSteps, t.digest], () => fillDueDigest(t));
}
