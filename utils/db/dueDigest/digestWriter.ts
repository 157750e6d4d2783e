import type { DBCore, DBCoreIndex, DBCoreKeyRange, DBCoreTable, DBCoreTransaction } from 'dexie';
import type { ContactId, Interaction, Introduction } from '../../model/types';
import type { Exchanges } from '../../rules/keptInTouch';
import type { Change } from './digestChange';
import { appendToChain, chainStateOf, introTimesOf, type ChainState } from './chainRows';
import { BUCKETS, bucketOf, decodeBucket, DUE_DIGEST_TABLE, encodeBucket, entryOf, isBucket, STALE_KEY, type DigestEntry } from './digestBucket';
import { addToEntry, addToOrphan, emptyOrphans, takeOrphan } from './digestExchanges';
import { introductionsRecord, isIntroductionsRecord, isOpenStepsRecord, isOrphansRecord, INTRODUCTIONS_KEY, OPEN_STEPS_KEY, ORPHANS_KEY, stepLite, type IntroLite, type OpenStepsRecord, type OrphansRecord } from './digestLists';

// DBCoreRangeType is a const enum of Dexie's typings, which isolated modules cannot read.
const RANGE = 2;
const ANY = 3;
export const ANY_RANGE: DBCoreKeyRange = { type: ANY, lower: -Infinity, upper: [[]] };
/** The buckets and the stale mark (numbers), not the lists (strings): what erasing the contacts clears. */
const BUCKET_RANGE: DBCoreKeyRange = { type: RANGE, lower: STALE_KEY, upper: BUCKETS };


type Buckets = Map<number, Map<ContactId, DigestEntry>>;

/** Reads and rewrites the digest's records, and makes people's chain states, at the DBCore level of one transaction. */
export class DigestWriter {
  /** Buckets read or written by each transaction, decoded: only this writer writes them. */
  private readonly seen = new WeakMap<DBCoreTransaction, Buckets>();
  /** The introductions each transaction has read or written, for whether someone is in one. */
  private readonly introductionsSeen = new WeakMap<DBCoreTransaction, IntroLite[]>();
  /** The exchanges of people without a record, as each transaction read or wrote them. */
  private readonly orphansSeen = new WeakMap<DBCoreTransaction, OrphansRecord>();
  private readonly digest: DBCoreTable;
  private readonly interactions: DBCoreTable;
  private readonly introductions: DBCoreTable;
  private readonly historyIndex: DBCoreIndex;

  constructor(core: DBCore) {
    this.digest = core.table(DUE_DIGEST_TABLE);
    this.interactions = core.table('interactions');
    this.introductions = core.table('introductions');
    const history = this.interactions.schema.getIndexByKeyPath(['contactId', 'at']);
    if (!history) throw new Error('the due digest needs the index [contactId+at] of interactions');
    this.historyIndex = history;
  }

  async apply(trans: DBCoreTransaction, change: Change): Promise<void> {
    switch (change.kind) {
      case 'contacts-cleared': {
        // Their histories may stay: what was counted for them waits for their records.
        const orphans = await this.orphans(trans);
        for (const entries of (await this.allBuckets(trans)).values()) for (const [id, e] of entries) addToOrphan(orphans, id, e);
        await this.put(trans, [orphans]);
        this.seen.delete(trans);
        const res = await this.digest.mutate({ type: 'deleteRange', trans, range: BUCKET_RANGE });
        if (res.numFailures) throw Object.values(res.failures)[0];
        return;
      }
      case 'contacts-put': {
        const byId = new Map(change.contacts.map((c) => [c.id, c]));
        const newcomers: ContactId[] = [];
        const buckets = await this.read(trans, [...byId.keys()]);
        // A newcomer's exchanges were counted while they had no record, if they had any history.
        const orphans = [...byId.keys()].some((id) => !buckets.get(bucketOf(id))!.has(id)) ? await this.orphans(trans) : undefined;
        const orphansBefore = orphans?.counts.size;
        await this.update(trans, [...byId.keys()], (entries, id) => {
          const before = entries.get(id);
          if (!before) newcomers.push(id);
          entries.set(id, entryOf(byId.get(id)!, before?.chain, before ?? (orphans && takeOrphan(orphans, id))));
        });
        if (orphans && orphans.counts.size !== orphansBefore) await this.put(trans, [orphans]);
        // Someone new may already be in an introduction (written before their contact record).
        await this.remakeChains(trans, newcomers, 'membership');
        return;
      }
      case 'contacts-deleted': {
        const orphans = await this.orphans(trans);
        const orphansBefore = orphans.counts.size;
        await this.update(trans, change.ids, (entries, id) => {
          const gone = entries.get(id);
          if (gone) addToOrphan(orphans, id, gone);
          entries.delete(id);
        });
        if (orphans.counts.size !== orphansBefore) await this.put(trans, [orphans]);
        return;
      }
      case 'histories':
        await this.countExchanges(trans, change.exchanges);
        await this.remakeChains(trans, change.ids, 'rows', change.added);
        return;
      case 'introductions':
        await this.rereadIntroductions(trans);
        await this.remakeChains(trans, change.ids, 'membership');
        return;
      case 'all-histories-cleared':
        await this.updateAll(trans, (e) => {
          if (e.chain) e.chain = { times: e.chain.times, rows: [], end: -Infinity };
          e.sent = 0;
          e.received = 0;
        });
        this.orphansSeen.set(trans, emptyOrphans());
        await this.put(trans, [emptyOrphans()]);
        return;
      case 'all-introductions-cleared':
        await this.rereadIntroductions(trans);
        await this.updateAll(trans, (e) => delete e.chain);
        return;
      case 'steps': {
        const steps = await this.openSteps(trans);
        for (const id of change.deleted) steps.rows.delete(id);
        for (const [id, lite] of change.written) {
          if (lite) steps.rows.set(id, lite);
          else steps.rows.delete(id);
        }
        await this.put(trans, [steps]);
        return;
      }
      case 'all-steps-cleared':
        await this.put(trans, [{ bucket: OPEN_STEPS_KEY, rows: new Map() }]);
        return;
    }
  }

  async markStale(trans: DBCoreTransaction): Promise<void> {
    await this.put(trans, [{ bucket: STALE_KEY }]);
  }

  /** Dexie's lowest layer reports a refused write (a full disk) in its answer, not by rejecting. */
  private async put(trans: DBCoreTransaction, values: unknown[]): Promise<void> {
    const res = await this.digest.mutate({ type: 'put', trans, values });
    if (res.numFailures) throw Object.values(res.failures)[0] ?? new Error('the due digest could not be written');
  }

  /** Adds each person's change of exchanges to their entry, or to the orphans when they have no record. */
  private async countExchanges(trans: DBCoreTransaction, deltas: Map<ContactId, Exchanges>): Promise<void> {
    if (!deltas.size) return;
    const buckets = await this.read(trans, [...deltas.keys()]);
    const changed = new Set<number>();
    let orphans: OrphansRecord | undefined;
    for (const [id, d] of deltas) {
      const n = bucketOf(id);
      const entry = buckets.get(n)!.get(id);
      if (entry) {
        addToEntry(entry, d);
        changed.add(n);
      } else addToOrphan((orphans ??= await this.orphans(trans)), id, d);
    }
    await this.write(trans, buckets, changed);
    if (orphans) await this.put(trans, [orphans]);
  }

  /** The orphans record, read once per transaction (a damaged one throws: the digest is then stale). */
  private async orphans(trans: DBCoreTransaction): Promise<OrphansRecord> {
    let record = this.orphansSeen.get(trans);
    if (!record) {
      const stored: unknown = await this.digest.get({ trans, key: ORPHANS_KEY });
      if (stored !== undefined && !isOrphansRecord(stored)) throw new Error('the due digest’s orphan exchanges are damaged');
      record = stored ?? emptyOrphans();
      this.orphansSeen.set(trans, record);
    }
    return record;
  }

  /**
   * Makes again the chain state of those of `ids` who have a contact record: of everyone, or, for
   * `rows`, only of those already in an introduction (a history alone never makes someone one),
   * from the rows `added` when they come after the whole history (a capture), else from the history.
   */
  private async remakeChains(trans: DBCoreTransaction, ids: ContactId[], what: 'rows' | 'membership', added?: Map<ContactId, Interaction[]>): Promise<void> {
    if (!ids.length) return;
    const buckets = await this.read(trans, ids);
    const entryOfId = (id: ContactId) => buckets.get(bucketOf(id))!.get(id);
    const targets = ids.filter((id) => {
      const entry = entryOfId(id);
      return entry && (what === 'membership' || entry.chain);
    });
    if (!targets.length) return;
    const next = new Map<ContactId, ChainState | undefined>();
    const slow: ContactId[] = [];
    for (const id of targets) {
      const appended = what === 'rows' && added?.has(id) ? appendToChain(id, entryOfId(id)!.chain!, added.get(id)!) : undefined;
      if (appended) next.set(id, appended);
      else slow.push(id);
    }
    // Intro times: of the state for history changes, of the introductions for membership changes.
    const introTimes = what === 'rows' ? new Map(slow.map((id) => [id, entryOfId(id)!.chain!.times])) : await this.introTimesOf(trans, slow);
    const states = await Promise.all(slow.map((id) => (introTimes.has(id) ? this.chainState(trans, id, introTimes.get(id)!) : undefined)));
    slow.forEach((id, k) => next.set(id, states[k]));
    // Only buckets where someone's state came, changed or went are written (an import's thousands
    // of new contacts are mostly in no introduction).
    const changed = new Set<number>();
    for (const [id, state] of next) {
      const entry = entryOfId(id)!;
      if (!state && !entry.chain) continue;
      if (state) entry.chain = state;
      else delete entry.chain;
      changed.add(bucketOf(id));
    }
    await this.write(trans, buckets, changed);
  }

  /** introTimesOf these people, from the introductions as this transaction left them. */
  private async introTimesOf(trans: DBCoreTransaction, ids: ContactId[]): Promise<Map<ContactId, number[]>> {
    if (!ids.length) return new Map();
    let list = this.introductionsSeen.get(trans);
    if (!list) {
      const stored: unknown = await this.digest.get({ trans, key: INTRODUCTIONS_KEY });
      if (stored !== undefined && !isIntroductionsRecord(stored)) throw new Error('the due digest’s introductions are damaged');
      list = stored?.rows ?? [];
      this.introductionsSeen.set(trans, list);
    }
    const wanted = new Set(ids);
    return introTimesOf(list as Introduction[], (id) => wanted.has(id));
  }

  /** The introductions read whole (a small table) and kept: after any change of them. */
  private async rereadIntroductions(trans: DBCoreTransaction): Promise<void> {
    const all = await this.introductions.query({ trans, values: true, query: { index: this.introductions.schema.primaryKey, range: ANY_RANGE } });
    const record = introductionsRecord(all.result as Introduction[]);
    await this.put(trans, [record]);
    this.introductionsSeen.set(trans, record.rows);
  }

  private async openSteps(trans: DBCoreTransaction): Promise<OpenStepsRecord> {
    const stored: unknown = await this.digest.get({ trans, key: OPEN_STEPS_KEY });
    if (stored !== undefined && !isOpenStepsRecord(stored)) throw new Error('the due digest’s next steps are damaged');
    return stored ?? { bucket: OPEN_STEPS_KEY, rows: new Map() };
  }

  private async chainState(trans: DBCoreTransaction, id: ContactId, introTimes: number[]): Promise<ChainState> {
    const history = await this.interactions.query({
      trans,
      values: true,
      query: { index: this.historyIndex, range: { type: RANGE, lower: [id, -Infinity], upper: [id, Infinity] } },
    });
    return chainStateOf(history.result as Interaction[], introTimes);
  }

  /** Applies `change` to the entries of these people; writes the buckets where it changed anything. */
  private async update(trans: DBCoreTransaction, ids: ContactId[], change: (entries: Map<ContactId, DigestEntry>, id: ContactId) => void): Promise<void> {
    if (!ids.length) return;
    const buckets = await this.read(trans, ids);
    const before = new Map([...buckets].map(([n, entries]) => [n, fingerprint(entries)]));
    for (const id of ids) change(buckets.get(bucketOf(id))!, id);
    // Most edits of a contact (a name, a headline, when it was last seen) leave its clock as it was.
    await this.write(trans, buckets, new Set([...buckets.keys()].filter((n) => fingerprint(buckets.get(n)!) !== before.get(n))));
  }

  private async updateAll(trans: DBCoreTransaction, change: (entry: DigestEntry) => unknown): Promise<void> {
    const buckets = await this.allBuckets(trans);
    for (const entries of buckets.values()) for (const e of entries.values()) change(e);
    await this.write(trans, buckets, new Set(buckets.keys()));
  }

  private async allBuckets(trans: DBCoreTransaction): Promise<Buckets> {
    const stored = await this.digest.query({ trans, values: true, query: { index: this.digest.schema.primaryKey, range: ANY_RANGE } });
    const buckets: Buckets = new Map();
    for (const b of stored.result) if (isBucket(b)) buckets.set(b.bucket, decodeBucket(b));
    return buckets;
  }

  /**
   * The buckets of these people, decoded (empty for a bucket not written yet), from what this
   * transaction already read or wrote when it can (a capture changes the same bucket two or three
   * times). A damaged one throws: the digest is then stale.
   */
  private async read(trans: DBCoreTransaction, ids: ContactId[]): Promise<Buckets> {
    const known = this.seen.get(trans) ?? new Map<number, Map<ContactId, DigestEntry>>();
    this.seen.set(trans, known);
    const numbers = [...new Set(ids.map(bucketOf))];
    const missing = numbers.filter((n) => !known.has(n));
    const stored = missing.length ? await this.digest.getMany({ trans, keys: missing }) : [];
    missing.forEach((n, k) => {
      if (stored[k] !== undefined && !isBucket(stored[k])) throw new Error(`due digest bucket ${n} is damaged`);
      known.set(n, decodeBucket(stored[k]));
    });
    return new Map(numbers.map((n) => [n, known.get(n)!]));
  }

  private async write(trans: DBCoreTransaction, buckets: Buckets, which: Set<number>): Promise<void> {
    const values = [...which].map((n) => encodeBucket(n, buckets.get(n)!));
    if (values.length) await this.put(trans, values);
    const known = this.seen.get(trans);
    if (known) for (const n of which) known.set(n, buckets.get(n)!);
  }
}

/** What a bucket's entries hold, to tell whether a change changed anything. */
function fingerprint(entries: Map<ContactId, DigestEntry>): string {
  let out = '';
  for (const [id, e] of entries) out += `${id} ${e.last} ${e.tier} ${e.imported} ${e.cadence} ${e.sent} ${e.received} ${e.chain ? 'c' : ''}\n`;
  return out;
}
