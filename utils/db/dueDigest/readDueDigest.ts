import type { ContactId } from '../../model/types';
import type { RelaisDB } from '../database';
import type { ChainRow } from './chainRows';
import { bucketOf, DUE_DIGEST_TABLE, isBucket, packId, unpackId, type DigestBucket } from './digestBucket';
import { introductionsRecord, isIntroductionsRecord, isOpenStepsRecord, isOrphansRecord, openStepsRecord, type IntroLite, type StepLite } from './digestLists';
import type { Exchanges } from '../../rules/keptInTouch';
import { rebuildDueDigest } from './rebuildDueDigest';

/** The due digest as the due list reads it. */
export interface DueDigest {
  buckets: readonly DigestBucket[];
  /** Whether a contact record has this id. */
  isContact(id: ContactId): boolean;
  /** Chain rows of the people of introductions (chainRows.ts); none for others. */
  chainOf(id: ContactId): readonly ChainRow[];
  /** A contact's exchanges each way, as counted (undefined for an id without a record). */
  exchangesOf(id: ContactId): Exchanges | undefined;
  introductions: readonly IntroLite[];
  /** Next steps not done. */
  openSteps: readonly StepLite[];
}

interface Stored {
  buckets: DigestBucket[];
  introductions: IntroLite[];
  openSteps: StepLite[];
}

/**
 * The whole digest, in one read. A digest marked stale or damaged is made again first, then read.
 * With `verify`, the contacts are counted and the introductions and next steps read in the same
 * transaction, and a digest that does not match them is made again too — what no write through
 * this code can cause (a raw IndexedDB write could), so it is asked only where nobody waits on a
 * write (the background's start, its 30-minute alarm, a settings change, a page asking for a
 * fresh list): those reads cost as much as the digest's.
 */
export async function readDueDigest(db: RelaisDB, { verify = false }: { verify?: boolean } = {}): Promise<DueDigest> {
  let stored = await readStored(db, verify);
  if (!stored) {
    await rebuildDueDigest(db);
    stored = (await readStored(db, false))!;
  }
  return digestOf(stored);
}

/** What is stored, or undefined when it cannot be trusted. */
async function readStored(db: RelaisDB, verify: boolean): Promise<Stored | undefined> {
  const digest = db.table(DUE_DIGEST_TABLE);
  if (!verify) return trusted(await digest.toArray());
  return db.transaction('r', [db.contacts, db.introductions, db.nextSteps, digest], async () => {
    const [records, contacts, introductions, steps] = await Promise.all([digest.toArray(), db.contacts.count(), db.introductions.toArray(), db.nextSteps.toArray()]);
    const stored = trusted(records);
    if (!stored || stored.buckets.reduce((n, b) => n + b.ids.length, 0) !== contacts) return undefined;
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const byId = (rows: StepLite[]) => [...rows].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    if (!same(stored.introductions, introductionsRecord(introductions).rows)) return undefined;
    if (!same(byId(stored.openSteps), byId([...openStepsRecord(steps).rows.values()]))) return undefined;
    return stored;
  });
}

/**
 * The records sorted out, when every one of them is what it should be and no write left the
 * digest stale. A list not written yet is empty: each is written with the first change of its table.
 */
function trusted(records: unknown[]): Stored | undefined {
  const stored: Stored = { buckets: [], introductions: [], openSteps: [] };
  for (const r of records) {
    if (isBucket(r)) stored.buckets.push(r);
    else if (isIntroductionsRecord(r)) stored.introductions = r.rows;
    else if (isOpenStepsRecord(r)) stored.openSteps = [...r.rows.values()];
    else if (isOrphansRecord(r)) continue; // what a write needs, not the due list
    else return undefined; // the stale mark (STALE_KEY), or something damaged
  }
  return stored;
}

/**
 * Ids stay packed (as read): someone is looked up in their own bucket. Unpacking or indexing ten
 * thousand ids costs more than the few hundred lookups the due list makes.
 */
function digestOf({ buckets, introductions, openSteps }: Stored): DueDigest {
  const byNumber = new Map(buckets.map((b) => [b.bucket, b]));
  const chains = new Map<ContactId, ChainRow[]>();
  for (const b of buckets) for (const [k, chain] of b.chains ?? []) chains.set(unpackId(b.ids[k]), chain.rows);
  const positionOf = (id: ContactId): [DigestBucket, number] | undefined => {
    const b = byNumber.get(bucketOf(id));
    const k = b ? b.ids.indexOf(packId(id)) : -1;
    return b && k >= 0 ? [b, k] : undefined;
  };
  const isContact = (id: ContactId) => positionOf(id) !== undefined;
  const exchangesOf = (id: ContactId) => {
    const at = positionOf(id);
    return at && { sent: at[0].sent[at[1]], received: at[0].received[at[1]] };
  };
  return { buckets, introductions, openSteps, isContact, exchangesOf, chainOf: (id) => chains.get(id) ?? [] };
}

