import { isDeepStrictEqual } from 'node:util';
import { RelaisDB } from '../../../utils/db/database';
import { decodeBucket, DUE_DIGEST_TABLE, isBucket } from '../../../utils/db/dueDigest/digestBucket';
import { isIntroductionsRecord, isOpenStepsRecord, isOrphansRecord } from '../../../utils/db/dueDigest/digestLists';
import { rebuildDueDigest } from '../../../utils/db/dueDigest/rebuildDueDigest';
import type { SchemaVersion } from '../../../utils/db/schema';
import { countRecords, danglingReferences, expectedIndexKeys, indexesOf, primaryKeyOf, storesAt, type Row, type Tables } from './tables';

/**
 * What reaching `version` from the version before must do to the data, as a pure function. A
 * version that only adds indexes needs none (identity); a version whose upgrade function
 * transforms data must say how, and the harness checks the real upgrade did exactly that.
 */
export type UpgradeExpectation = (before: Tables) => Tables;

export interface UpgradeCase {
  /** Every version up to the one under test, oldest first (the last one is opened). */
  versions: readonly SchemaVersion[];
  /** The version the database is created at and populated. */
  from: number;
  sample: Tables;
  expectations?: Record<number, UpgradeExpectation>;
  /** Database name; one per case. */
  name: string;
}

export interface UpgradeReport {
  from: number;
  to: number;
  recordsBefore: number;
  recordsAfter: number;
  /** `table key` of every expected record that is gone. */
  missing: string[];
  /** Records present that the upgrade should not have produced. */
  extra: string[];
  /** Records present but not as expected (a field lost, a text cut, a relation rewritten). */
  changed: string[];
  /** References that no longer resolve. */
  dangling: string[];
  /** Indexes whose keys differ from what the records imply (lookups would miss records). */
  badIndexes: string[];
  /** People whose due digest entry differs from the one made again from the upgraded records. */
  badDigest: string[];
  /** The open failed: the error, as a line. */
  error?: string;
  ok: boolean;
}

let n = 0;
export const uniqueDbName = (label: string) => `relais-upgrade-${label}-${process.pid}-${++n}`;

/** A database at `version`, as the release of that version created it, holding `tables`. */
export async function createAtVersion(name: string, versions: readonly SchemaVersion[], version: number, tables: Tables): Promise<void> {
  const db = new RelaisDB(name, { versions: versions.filter((v) => v.version <= version) });
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkAdd(rows);
  });
  db.close();
}

/** Tables made from the others (never records of their own): checked by checkDigest, not record by record. */
const DERIVED = new Set([DUE_DIGEST_TABLE]);

/** Every row of every table of an open database (derived tables left out). */
export async function readAll(db: RelaisDB): Promise<Tables> {
  const out: Tables = {};
  for (const table of db.tables) if (!DERIVED.has(table.name)) out[table.name] = (await table.toArray()) as Row[];
  return out;
}

/**
 * The due digest as stored, person by person, then its two lists (`list:introductions`,
 * `list:nextSteps`: in id order, absent when empty); undefined at a schema without it.
 */
export async function digestEntries(db: RelaisDB): Promise<Map<string, unknown> | undefined> {
  if (!db.tables.some((t) => t.name === DUE_DIGEST_TABLE)) return undefined;
  const out = new Map<string, unknown>();
  for (const b of await db.table(DUE_DIGEST_TABLE).toArray()) {
    if (isBucket(b)) for (const [id, entry] of decodeBucket(b)) out.set(id, entry);
    else if (isIntroductionsRecord(b)) {
      if (b.rows.length) out.set('list:introductions', b.rows);
    } else if (isOpenStepsRecord(b)) {
      if (b.rows.size) out.set('list:nextSteps', [...b.rows].sort(([x], [y]) => x - y));
    } else if (isOrphansRecord(b)) {
      if (b.counts.size) out.set('list:orphanExchanges', [...b.counts].sort(([x], [y]) => (x < y ? -1 : 1)));
    } else out.set(`(damaged: ${JSON.stringify(b)})`, b);
  }
  return out;
}

/** The people of a digest (digestEntries without its lists). */
export const digestPeople = (entries: Map<string, unknown>) => [...entries.keys()].filter((k) => !k.startsWith('list:'));

/** Compares the digest the upgrade left with one made again from the records now stored. */
async function checkDigest(db: RelaisDB, report: UpgradeReport) {
  const left = await digestEntries(db);
  if (!left) return;
  await rebuildDueDigest(db);
  const made = (await digestEntries(db))!;
  for (const id of new Set([...left.keys(), ...made.keys()])) if (!isDeepStrictEqual(left.get(id), made.get(id))) report.badDigest.push(id);
}

/** What the database must hold after upgrading `sample` from `from` to the last version. */
export function expectedAfter(c: UpgradeCase): Tables {
  let t = c.sample;
  for (const v of c.versions) if (v.version > c.from) t = c.expectations?.[v.version]?.(t) ?? t;
  return t;
}

function diffTables(expected: Tables, actual: Tables, stores: Record<string, string>, report: UpgradeReport) {
  for (const table of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const pk = stores[table] ? primaryKeyOf(stores[table]) : 'id';
    const byKey = (rows: Row[] = []) => new Map(rows.map((r) => [JSON.stringify(r[pk]), r]));
    const want = byKey(expected[table]);
    const got = byKey(actual[table]);
    for (const [k, row] of want) {
      const have = got.get(k);
      if (!have) report.missing.push(`${table} ${k}`);
      else if (!isDeepStrictEqual(have, row)) report.changed.push(`${table} ${k}`);
    }
    for (const k of got.keys()) if (!want.has(k)) report.extra.push(`${table} ${k}`);
  }
}

async function checkIndexes(db: RelaisDB, expected: Tables, stores: Record<string, string>, report: UpgradeReport) {
  const sorted = (keys: unknown[]) => keys.map((k) => JSON.stringify(k)).sort();
  for (const [table, spec] of Object.entries(stores)) {
    if (DERIVED.has(table)) continue;
    for (const index of indexesOf(spec)) {
      const got = sorted(await db.table(table).orderBy(index.name).keys());
      const want = sorted(expectedIndexKeys(expected[table] ?? [], index));
      if (!isDeepStrictEqual(got, want)) report.badIndexes.push(`${table}.${index.name}: ${got.length} keys, ${want.length} expected`);
    }
  }
}

/**
 * Creates the database at `from` with the sample, opens it with every version (the code under
 * test), and compares record by record, reference by reference and index by index with what the
 * upgrade should have produced.
 */
export async function runUpgradeCase(c: UpgradeCase): Promise<UpgradeReport> {
  const to = c.versions[c.versions.length - 1].version;
  const report: UpgradeReport = {
    from: c.from,
    to,
    recordsBefore: countRecords(c.sample),
    recordsAfter: 0,
    missing: [],
    extra: [],
    changed: [],
    dangling: [],
    badIndexes: [],
    badDigest: [],
    ok: false,
  };
  await createAtVersion(c.name, c.versions, c.from, c.sample);
  const db = new RelaisDB(c.name, { versions: c.versions });
  try {
    await db.open();
  } catch (e) {
    report.error = `${(e as Error).name}: ${(e as Error).message}`;
    db.close();
    return report;
  }
  try {
    const actual = await readAll(db);
    const expected = expectedAfter(c);
    const stores = storesAt(c.versions, to);
    report.recordsAfter = countRecords(actual);
    diffTables(expected, actual, stores, report);
    report.dangling = danglingReferences(actual);
    await checkIndexes(db, expected, stores, report);
    await checkDigest(db, report);
    if (db.verno !== to) report.error = `opened at version ${db.verno}, expected ${to}`;
  } finally {
    db.close();
  }
  report.ok = !report.error && !report.missing.length && !report.extra.length && !report.changed.length && !report.dangling.length && !report.badIndexes.length && !report.badDigest.length;
  return report;
}

/** The native IndexedDB version of a database, read without opening it through Dexie. */
export function nativeVersion(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => {
      const v = req.result.version;
      req.result.close();
      resolve(v);
    };
    req.onerror = () => reject(req.error);
  });
}
