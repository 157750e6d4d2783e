import { RangeSet, type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type Middleware } from 'dexie';
import type { Contact, ContactId, Interaction, Introduction, NextStep } from '../../model/types';
import { DUE_DIGEST_TABLE } from './digestBucket';
import { exchangeDeltas } from './digestExchanges';
import { stepLite, type StepLite } from './digestLists';
import type { Change } from './digestChange';
import { DigestWriter } from './digestWriter';

/** The tables the digest is made from. */
const SOURCES = ['contacts', 'interactions', 'introductions', 'nextSteps'] as const;
type Source = (typeof SOURCES)[number];
const isSource = (name: string): name is Source => (SOURCES as readonly string[]).includes(name);

// DBCoreRangeType is a const enum of Dexie's typings, which isolated modules cannot read.
const ANY = 3;

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
    const exchanges = exchangeDeltas(before, written);
    if (req.type !== 'add') return { kind: 'histories', ids, exchanges };
    const added = new Map<ContactId, Interaction[]>();
    for (const row of written as Interaction[]) if (row && isId(row.contactId)) added.set(row.contactId, [...(added.get(row.contactId) ?? []), row]);
    return { kind: 'histories', ids, added, exchanges };
  }
  return whole ? { kind: 'all-introductions-cleared' } : { kind: 'introductions', ids: unique(rows.flatMap((r) => [r?.contactId, r?.recommenderId])) };
}

const isId = (id: unknown): id is ContactId => typeof id === 'string';
const isNumber = (k: unknown): k is number => typeof k === 'number';
const unique = (ids: unknown[]): ContactId[] => [...new Set(ids.filter(isId))];
