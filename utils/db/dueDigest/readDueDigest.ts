import type { ContactId } from '../../model/types';
import type { RelaisDB } from '../database';
import type { ChainRow } from './chainRows';
import { DUE_DIGEST_TABLE, isBucket, packId, unpackId, type DigestBucket } from './digestBucket';
import { rebuildDueDigest } from './rebuildDueDigest';

/** The due digest as the due list reads it. */
export interface DueDigest {
  buckets: readonly DigestBucket[];
  /** Whether a contact record has this id. */
  isContact(id: ContactId): boolean;
  /** Chain rows of the people of introductions (chainRows.ts); none for others. */
  chainOf(id: ContactId): readonly ChainRow[];
}

/**
 * Every bucket, in one read. A digest marked stale or damaged is made again first, then read.
 * With `verify`, the contacts are counted in the same read, and a digest that does not hold one
 * entry per contact is made again too — what no write through this code can cause (a raw
 * IndexedDB write could), so it is asked only where nobody waits on a write (the background's
 * start, its 30-minute alarm, a settings change, a page asking for a fresh list): counting 10,000
 * contacts costs half as much as reading the digest.
 */
export async function readDueDigest(db: RelaisDB, { verify = false }: { verify?: boolean } = {}): Promise<DueDigest> {
  let stored = await readStored(db, verify);
  if (!stored) {
    await rebuildDueDigest(db);
    stored = (await readStored(db, false))!;
  }
  return digestOf(stored);
}

/** The buckets, or undefined when they cannot be trusted. */
async function readStored(db: RelaisDB, verify: boolean): Promise<DigestBucket[] | undefined> {
  const digest = db.table(DUE_DIGEST_TABLE);
  const [stored, contacts] = verify
    ? await db.transaction('r', [db.contacts, digest], () => Promise.all([digest.toArray(), db.contacts.count()]))
    : [await digest.toArray(), undefined];
  if (!stored.every(isBucket)) return undefined;
  if (contacts !== undefined && stored.reduce((n, b) => n + b.ids.length, 0) !== contacts) return undefined;
  return stored;
}

/** Ids stay packed (as read) for lookups: unpacking ten thousand of them costs more than the read. */
function digestOf(buckets: DigestBucket[]): DueDigest {
  const packed = new Set<string>();
  const chains = new Map<ContactId, ChainRow[]>();
  for (const b of buckets) {
    for (const id of b.ids) packed.add(id);
    for (const [k, chain] of b.chains ?? []) chains.set(unpackId(b.ids[k]), chain.rows);
  }
  return { buckets, isContact: (id) => packed.has(packId(id)), chainOf: (id) => chains.get(id) ?? [] };
}
