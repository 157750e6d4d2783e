import { isDeepStrictEqual } from 'node:util';
import { RelaisDB } from '../../../utils/db/database';
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

/** Every row of every table of an open database. */
export async function readAll(db: RelaisDB): Promise<Tables> {
  const out: Tables = {};
  for (const table of db.tables) out[table.name] = (await table.toArray()) as Row[];
  return out;
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
    if (db.verno !== to) report.error = `opened at version ${db.verno}, expected ${to}`;
  } finally {
    db.close();
  }
  report.ok = !report.error && !report.missing.length && !report.extra.length && !report.changed.length && !report.dangling.length && !report.badIndexes.length;
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
