import { RangeSet, type DBCore, type DBCoreIndex, type DBCoreKeyRange, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import type { Contact, ContactId, Interaction, Introduction, NextStep } from '../../model/types';
import { appendToChain, chainStateOf, introTimesOf, type ChainState } from './chainRows';
import { BUCKETS, bucketOf, decodeBucket, DUE_DIGEST_TABLE, encodeBucket, entryOf, isBucket, STALE_KEY, type DigestEntry } from './digestBucket';
import { introductionsRecord, isIntroductionsRecord, isOpenStepsRecord, OPEN_STEPS_KEY, stepLite, INTRODUCTIONS_KEY, type IntroLite, type OpenStepsRecord, type StepLite } from './digestLists';

/** The tables the digest is made from. */
const SOURCES = ['contacts', 'interactions', 'introductions', 'nextSteps'] as const;
type Source = (typeof SOURCES)[number];
const isSource = (name: string): name is Source => (SOURCES as readonly string[]).includes(name);

// DBCoreRangeType is a const enum of Dexie's typings, which isolated modules cannot read.
const RANGE = 2;
const ANY = 3;
const ANY_RANGE: DBCoreKeyRange = { type: ANY, lower: -Infinity, upper: [[]] };
/** The buckets and the stale mark (numbers), not the lists (strings): what erasing the contacts clears. */
const BUCKET_RANGE: DBCoreKeyRange = { type: RANGE, lower: STALE_KEY, upper: BUCKETS };

/** What a write did to the people the digest describes. */
type Change =
  | { kind: 'contacts-put'; contacts: Contact[] }
  | { kind: 'contacts-deleted'; ids: ContactId[] }
  | { kind: 'contacts-cleared' }
  /**
   * Their histories changed: the chain state of those in an introduction follows — from the rows
   * added alone when that is all the write did (`added`, by person), else from their history.
   */
  | { kind: 'histories'; ids: ContactId[]; added?: Map<ContactId, Interaction[]> }
  /** Their introductions changed: the list is read again; whether they are in one, and their rows, made again. */
  | { kind: 'introductions'; ids: ContactId[] }
  | { kind: 'all-histories-cleared' }
  | { kind: 'all-introductions-cleared' }
  /** Next steps written (kept while not done) or deleted, by id. */
  | { kind: 'steps'; written: [number, StepLite | undefined][]; deleted: number[] }
  | { kind: 'all-steps-cleared' };

type Buckets = Map<number, Map<ContactId, DigestEntry>>;

/**
 * Keeps the due digest (digestBucket.ts, digestLists.ts) in step with every write to contacts,
 * interactions, introductions and next steps, whoever makes it (captures, the dashboard's edits,
 * merges, imports, backups, erase, upgrades), inside the write's own transaction: both land, or
 * neither. A read-write transaction on any of those tables is widened to the digest (and to the
 * interactions, read for someone's history).
 * If keeping it fails for another reason than the transaction itself, the write still lands and the
 * digest is marked stale, for its next reader to rebuild (readDueDigest.ts).
 */
export const dueDigestMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'relais-due-digest',
  // Right above IndexedDB, below Dexie's own layers (hooks, live-query cache, observability): those
  // read the Dexie transaction of the calling zone, which this middleware's own awaited reads and
  // writes are no longer in. Writes to the sources still pass through them on their way down.
  level: -2,
  create(down) {
    const names = new Set(down.schema.tables.map((t) => t.name));
    // A database at a schema without the digest (an older version, opened by the upgrade tests).
    if (!names.has(DUE_DIGEST_TABLE) || !SOURCES.every((s) => names.has(s))) return down;
    const digest = new DigestWriter(down);
    // Dexie's live queries hear of a write through the parts it says it changed. Written below
    // them, the digest's own change is added to the write's parts: a page showing the due list
    // follows a capture.
    const digestPart = `idb://${down.schema.name}/${DUE_DIGEST_TABLE}/`;
    const announce = (req: DBCoreMutateRequest) => {
      const parts = (req.mutatedParts ??= {});
      parts[digestPart] = new RangeSet(down.MIN_KEY, down.MAX_KEY);
    };
    return {
      ...down,
      transaction(stores, mode, options) {
        return down.transaction(mode === 'readwrite' ? widened(stores) : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isSource(name)) return table;
        return { ...table, mutate: (req) => (announce(req), mutateKeepingDigest(digest, name, table, req)) };
      },
    };
  },
};

/**
 * A read-write transaction's stores and what keeping the digest reads besides: a contact new to
 * the digest, or someone's introductions, may need their history.
 */
function widened(stores: string[]): string[] {
  if (!stores.some(isSource)) return stores;
  const extra = stores.includes('contacts') || stores.includes('introductions') ? ['interactions', DUE_DIGEST_TABLE] : [DUE_DIGEST_TABLE];
  return [...new Set([...stores, ...extra])];
}

async function mutateKeepingDigest(digest: DigestWriter, source: Source, table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  let before: unknown[] | undefined;
  let unread = false;
  try {
    before = await rowsBefore(source, table, req);
  } catch {
    unread = true;
  }
  const res = await table.mutate(req);
  try {
    if (unread) throw new Error('what the write replaced could not be read');
    await digest.apply(req.trans, changeOf(source, req, res, before ?? []));
  } catch {
    // The digest cannot follow this write: its next reader rebuilds it. If even that cannot be
    // written (a full disk), the whole transaction is aborted: the write fails as any other would
    // (a capture stays pending and is retried), never lands beside a digest that ignores it.
    try {
      await digest.markStale(req.trans);
    } catch (error) {
      req.trans.abort();
      throw error;
    }
  }
  return res;
}

/**
 * What a write replaces or deletes, read before it: the old rows of interactions and introductions
 * (whose people must be made again), the keys of contacts deleted by range. Puts of contacts need
 * nothing (the key says who), so an import of thousands of contacts reads nothing more.
 */
async function rowsBefore(source: Source, table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[] | undefined> {
  const { trans } = req;
  const keysOnly = source === 'contacts' || source === 'nextSteps';
  if (req.type === 'deleteRange') {
    if (req.range.type === ANY) return undefined;
    return (await table.query({ trans, values: !keysOnly, query: { index: table.schema.primaryKey, range: req.range } })).result;
  }
  if (keysOnly || req.type === 'add') return undefined;
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey?.(v)));
  const known = keys.filter((k) => k !== undefined && k !== null);
  return known.length ? (await table.getMany({ trans, keys: known })).filter(Boolean) : [];
}

function changeOf(source: Source, req: DBCoreMutateRequest, res: DBCoreMutateResponse, before: unknown[]): Change {
  // A bulk write whose caller caught a failed row keeps the others: only those count.
  const written = req.type === 'add' || req.type === 'put' ? req.values.filter((_, k) => !res.failures?.[k]) : [];
  const whole = req.type === 'deleteRange' && req.range.type === ANY;
  if (source === 'contacts') {
    if (whole) return { kind: 'contacts-cleared' };
    if (req.type === 'delete') return { kind: 'contacts-deleted', ids: req.keys.filter(isId) };
    if (req.type === 'deleteRange') return { kind: 'contacts-deleted', ids: before.filter(isId) };
    return { kind: 'contacts-put', contacts: written.filter((c): c is Contact => !!c && isId((c as Contact).id)) };
  }
  if (source === 'nextSteps') {
    if (whole) return { kind: 'all-steps-cleared' };
    if (req.type === 'delete') return { kind: 'steps', written: [], deleted: req.keys.filter(isNumber) };
    if (req.type === 'deleteRange') return { kind: 'steps', written: [], deleted: before.filter(isNumber) };
    // Keys of added rows are the ones IndexedDB gave them.
    const keys = res.results ?? req.keys ?? [];
    const stepsWritten: [number, StepLite | undefined][] = [];
    req.values.forEach((v, k) => {
      if (!res.failures?.[k] && isNumber(keys[k])) stepsWritten.push([keys[k], stepLite({ ...(v as NextStep), id: keys[k] })]);
    });
    return { kind: 'steps', written: stepsWritten, deleted: [] };
  }
  const rows = [...before, ...written] as (Partial<Interaction & Introduction> | undefined)[];
  if (source === 'interactions') {
    if (whole) return { kind: 'all-histories-cleared' };
    const ids = unique(rows.map((r) => r?.contactId));
    if (req.type !== 'add') return { kind: 'histories', ids };
    const added = new Map<ContactId, Interaction[]>();
    for (const row of written as Interaction[]) if (row && isId(row.contactId)) added.set(row.contactId, [...(added.get(row.contactId) ?? []), row]);
    return { kind: 'histories', ids, added };
  }
  return whole ? { kind: 'all-introductions-cleared' } : { kind: 'introductions', ids: unique(rows.flatMap((r) => [r?.contactId, r?.recommenderId])) };
}

const isId = (id: unknown): id is ContactId => typeof id === 'string';
const isNumber = (k: unknown): k is number => typeof k === 'number';
const unique = (ids: unknown[]): ContactId[] => [...new Set(ids.filter(isId))];

/** Reads and rewrites the digest's records, and makes people's chain states, at the DBCore level of one transaction. */
class DigestWriter {
  /** Buckets read or written by each transaction, decoded: only this writer writes them. */
  private readonly seen = new WeakMap<DBCoreTransaction, Buckets>();
  /** The introductions each transaction has read or written, for whether someone is in one. */
  private readonly introductionsSeen = new WeakMap<DBCoreTransaction, IntroLite[]>();
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
        this.seen.delete(trans);
        const res = await this.digest.mutate({ type: 'deleteRange', trans, range: BUCKET_RANGE });
        if (res.numFailures) throw Object.values(res.failures)[0];
        return;
      }
      case 'contacts-put': {
        const byId = new Map(change.contacts.map((c) => [c.id, c]));
        const newcomers: ContactId[] = [];
        await this.update(trans, [...byId.keys()], (entries, id) => {
          const before = entries.get(id);
          if (!before) newcomers.push(id);
          entries.set(id, entryOf(byId.get(id)!, before?.chain));
        });
        // Someone new may already be in an introduction (written before their contact record).
        await this.remakeChains(trans, newcomers, 'membership');
        return;
      }
      case 'contacts-deleted':
        await this.update(trans, change.ids, (entries, id) => entries.delete(id));
        return;
      case 'histories':
        await this.remakeChains(trans, change.ids, 'rows', change.added);
        return;
      case 'introductions':
        await this.rereadIntroductions(trans);
        await this.remakeChains(trans, change.ids, 'membership');
        return;
      case 'all-histories-cleared':
        await this.updateAll(trans, (e) => {
          if (e.chain) e.chain = { times: e.chain.times, rows: [], end: -Infinity };
        });
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
    const stored = await this.digest.query({ trans, values: true, query: { index: this.digest.schema.primaryKey, range: ANY_RANGE } });
    const buckets: Buckets = new Map();
    for (const b of stored.result) if (isBucket(b)) buckets.set(b.bucket, decodeBucket(b));
    for (const entries of buckets.values()) for (const e of entries.values()) change(e);
    await this.write(trans, buckets, new Set(buckets.keys()));
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
  for (const [id, e] of entries) out += `${id} ${e.last} ${e.tier} ${e.imported} ${e.cadence} ${e.chain ? 'c' : ''}\n`;
  return out;
}
