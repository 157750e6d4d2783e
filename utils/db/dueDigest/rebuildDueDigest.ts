import type { Table } from 'dexie';
import type { Contact, ContactId, Interaction, Introduction, NextStep } from '../../model/types';
import type { RelaisDB } from '../database';
import { chainStateOf, introTimesOf } from './chainRows';
import { bucketOf, DUE_DIGEST_TABLE, encodeBucket, entryOf, type DigestEntry } from './digestBucket';
import { introductionsRecord, openStepsRecord } from './digestLists';

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
 * adds it) — every contact's clock, the chain state of the people of introductions (their
 * histories read by `[contactId+at]` ranges), the introductions and the next steps not done — and
 * replaces what was stored.
 */
export async function fillDueDigest(t: DigestTables): Promise<void> {
  const [contacts, introductions, steps] = await Promise.all([t.contacts.toArray(), t.introductions.toArray(), t.nextSteps.toArray()]);
  const ids = new Set(contacts.map((c) => c.id));
  const introTimes = introTimesOf(introductions, (id) => ids.has(id));
  const members = [...introTimes.keys()];
  const histories = await Promise.all(members.map((id) => t.interactions.where('[contactId+at]').between([id, -Infinity], [id, Infinity], true, true).toArray()));
  const chains = new Map(members.map((id, k) => [id, chainStateOf(histories[k], introTimes.get(id)!)]));
  const buckets = new Map<number, Map<ContactId, DigestEntry>>();
  for (const c of contacts) {
    const n = bucketOf(c.id);
    if (!buckets.has(n)) buckets.set(n, new Map());
    buckets.get(n)!.set(c.id, entryOf(c, chains.get(c.id)));
  }
  await t.digest.clear();
  await t.digest.bulkPut([...[...buckets].map(([n, entries]) => encodeBucket(n, entries)), introductionsRecord(introductions), openStepsRecord(steps)]);
}

/** fillDueDigest in a transaction of its own: what a reader does with a digest it cannot trust. */
export async function rebuildDueDigest(db: RelaisDB): Promise<void> {
  const t = digestTablesOf(db);
  await db.transaction('rw', [t.contacts, t.interactions, t.introductions, t.nextSteps, t.digest], () => fillDueDigest(t));
}
