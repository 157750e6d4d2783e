import type { Contact, ContactId } from '../../model/types';
import type { KeepWarmClock } from '../../rules/keepWarmDue';
import type { Exchanges } from '../../rules/keptInTouch';
import type { ChainState } from './chainRows';

/**
 * What the due list reads, kept beside the data by every write (digestMiddleware.ts): each
 * contact's keep-warm clock, and for the people of introductions the rows their owed updates need
 * (chainRows.ts). Contacts are spread over BUCKETS records by a hash of their id, each record
 * holding its contacts column by column. In Chromium, IndexedDB charges per record and per byte
 * far more than anything the due list computes (measured: 10,000 small records in 180–220 ms; the
 * same clocks in 32 column records, 16–20 ms), so the columns hold only what keepWarmDue reads,
 * in as few bytes as keep it exact; a write rewrites one small record. Derived data: made again
 * from the tables whenever in doubt (rebuildDueDigest.ts), never in backups.
 */
export const DUE_DIGEST_TABLE = 'dueDigest';
export const BUCKETS = 32;
/**
 * The key of a record that says the digest can no longer be trusted (a write could not update it):
 * the next reader rebuilds it.
 */
export const STALE_KEY = -1;

export interface DigestBucket {
  bucket: number;
  /** Contact ids, `linkedin:in/` left out (see packId). */
  ids: string[];
  /** `lastInteractionAt` when it is a finite number, else -Infinity (no exchange yet). */
  last: Float64Array;
  /** The tier (TIER_CODES, bits 0–2) and whether that last exchange is older than the record (IMPORTED). */
  flags: Uint8Array;
  /**
   * Exchanges each way (utils/rules/keptInTouch.ts: whether keeping in touch applies), counted
   * up to MAX_COUNT — far above any threshold the settings allow.
   */
  sent: Uint16Array;
  received: Uint16Array;
  /** Own cadences, by position, for the few contacts that have a value there (see cadenceCode). */
  cadence?: Map<number, number>;
  /** What is kept of the people of introductions only (recommenders and contacts), by position. */
  chains?: Map<number, ChainState>;
}

/** One contact's part of a bucket, decoded for a change. */
export interface DigestEntry {
  last: number;
  tier: number;
  /** History older than the record can only have come from an import (keepWarmDue's import window). */
  imported: boolean;
  /** NaN when the contact has none. */
  cadence: number;
  sent: number;
  received: number;
  /** Present exactly when the contact is part of an introduction (even with no rows). */
  chain?: ChainState;
}

/**
 * The tier as stored, in three bits. keepWarmDue tells a value the user set (a string or a number)
 * from none, and cadenceDaysOf reads a tier name or falls back to `regular`: a stored value that is
 * not a tier name (OTHER) behaves as `regular` chosen by the user, anything else as no tier.
 */
const OTHER = 'other';
const TIER_CODES = [undefined, 'close', 'regular', 'weak', OTHER] as const;
const TIER_BITS = 0b111;
const IMPORTED = 0b1000;

function tierCode(tier: unknown): number {
  if (tier === 'close') return 1;
  if (tier === 'regular') return 2;
  if (tier === 'weak') return 3;
  return typeof tier === 'string' || (typeof tier === 'number' && !Number.isNaN(tier)) ? 4 : 0;
}

/** A number as stored; NaN for none; 0 for a string (set by the user to keepWarmDue, never a cadence to cadenceDaysOf, as 0). */
function cadenceCode(cadence: unknown): number {
  if (typeof cadence === 'number') return cadence;
  return typeof cadence === 'string' ? 0 : NaN;
}

const PREFIX = 'linkedin:in/';
/** Ids without their common prefix (a third of the bytes); any other id kept whole behind a NUL. */
export function packId(id: ContactId): string {
  return id.startsWith(PREFIX) && id.charCodeAt(PREFIX.length) !== 0 ? id.slice(PREFIX.length) : `\u0000${id}`;
}

export function unpackId(packed: string): ContactId {
  return packed.charCodeAt(0) === 0 ? packed.slice(1) : PREFIX + packed;
}

export const MAX_COUNT = 0xffff;
/** A count as stored: whole, from 0 to MAX_COUNT. */
export const countCode = (n: number): number => (n > 0 ? Math.min(MAX_COUNT, Math.floor(n)) : 0);

/** A contact's entry, with its chain state when it is in an introduction, and its exchanges counted. */
export function entryOf(contact: Contact, chain?: ChainState, exchanges: Exchanges = { sent: 0, received: 0 }): DigestEntry {
  const last = Number.isFinite(contact.lastInteractionAt) ? contact.lastInteractionAt! : -Infinity;
  const entry: DigestEntry = {
    last,
    tier: tierCode(contact.tier),
    imported: typeof contact.createdAt === 'number' && last < contact.createdAt,
    cadence: cadenceCode(contact.cadenceDays),
    sent: countCode(exchanges.sent),
    received: countCode(exchanges.received),
  };
  if (chain) entry.chain = chain;
  return entry;
}

/** FNV-1a over the id's UTF-16 code units: stable across browsers and releases. */
export function bucketOf(id: ContactId): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) {
    h ^= id.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

export function decodeBucket(b: DigestBucket | undefined): Map<ContactId, DigestEntry> {
  const out = new Map<ContactId, DigestEntry>();
  if (!isBucket(b)) return out;
  b.ids.forEach((packed, k) => {
    const entry: DigestEntry = {
      last: b.last[k],
      tier: b.flags[k] & TIER_BITS,
      imported: (b.flags[k] & IMPORTED) !== 0,
      cadence: b.cadence?.get(k) ?? NaN,
      sent: b.sent[k],
      received: b.received[k],
    };
    const chain = b.chains?.get(k);
    if (chain) entry.chain = chain;
    out.set(unpackId(packed), entry);
  });
  return out;
}

export function encodeBucket(bucket: number, entries: ReadonlyMap<ContactId, DigestEntry>): DigestBucket {
  const ids = [...entries.keys()];
  const n = ids.length;
  const b: DigestBucket = { bucket, ids: ids.map(packId), last: new Float64Array(n), flags: new Uint8Array(n), sent: new Uint16Array(n), received: new Uint16Array(n) };
  ids.forEach((id, k) => {
    const e = entries.get(id)!;
    b.last[k] = e.last;
    b.flags[k] = e.tier | (e.imported ? IMPORTED : 0);
    b.sent[k] = countCode(e.sent);
    b.received[k] = countCode(e.received);
    if (!Number.isNaN(e.cadence)) (b.cadence ??= new Map()).set(k, e.cadence);
    if (e.chain) (b.chains ??= new Map()).set(k, e.chain);
  });
  return b;
}

/** What keepWarmDue decides from, for the k-th contact of a bucket (the same answer as the record gives). */
export function clockAt(b: DigestBucket, k: number, id: ContactId): KeepWarmClock {
  return { id, last: b.last[k], tier: TIER_CODES[b.flags[k] & TIER_BITS], cadenceDays: b.cadence?.get(k), lastFromImport: (b.flags[k] & IMPORTED) !== 0 };
}

/** Whether the k-th contact of a bucket is someone keeping in touch applies to (keptInTouch, from the columns). */
export function chosenAt(b: DigestBucket, k: number): boolean {
  return (b.flags[k] & TIER_BITS) !== 0 || b.cadence?.has(k) === true;
}

/** A stored value shaped like a bucket (anything else makes the digest stale to its reader). */
export function isBucket(v: unknown): v is DigestBucket {
  if (!v || typeof v !== 'object') return false;
  const b = v as DigestBucket;
  return (
    Number.isInteger(b.bucket) &&
    b.bucket >= 0 &&
    b.bucket < BUCKETS &&
    Array.isArray(b.ids) &&
    b.last instanceof Float64Array &&
    b.flags instanceof Uint8Array &&
    b.sent instanceof Uint16Array &&
    b.received instanceof Uint16Array &&
    b.last.length === b.ids.length &&
    b.flags.length === b.ids.length &&
    b.sent.length === b.ids.length &&
    b.received.length === b.ids.length &&
    (b.cadence === undefined || b.cadence instanceof Map) &&
    (b.chains === undefined || b.chains instanceof Map)
  );
}
