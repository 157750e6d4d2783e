import type { Table } from 'dexie';
import type { RelaisDB } from '../db/database';
import { BACKUP_TABLES, type BackupTables, type RecordCounts } from './format';

const tablesOf = (db: RelaisDB): Table[] => BACKUP_TABLES.map((name) => db.table(name));

/** Every row of every table, read in one transaction: a consistent snapshot even while the background writes. */
export async function dumpDatabase(db: RelaisDB): Promise<BackupTables> {
  return db.transaction('r', tablesOf(db), async () => {
    const entries = await Promise.all(BACKUP_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const));
    return Object.fromEntries(entries) as unknown as BackupTables;
  });
}

export async function countRecords(db: RelaisDB): Promise<RecordCounts> {
  return db.transaction('r', tablesOf(db), async () => {
    const entries = await Promise.all(BACKUP_TABLES.map(async (name) => [name, await db.table(name).count()] as const));
    return Object.fromEntries(entries) as RecordCounts;
  });
}

/**
 * Replaces all data with the given (validated) rows in ONE transaction: clear and bulkAdd inside
 * it, so that a failure at any point (quota, a constraint, a closed database) rolls everything back
 * and leaves the database exactly as it was. (dexie-export-import's clearTablesBeforeImport clears
 * outside its import transaction, which is why the import is not delegated to it.)
 */
export async function replaceAllData(db: RelaisDB, tables: BackupTables): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    for (const name of BACKUP_TABLES) await db.table(name).clear();
    for (const name of BACKUP_TABLES) if (tables[name].length) await db.table(name).bulkAdd(tables[name] as object[]);
  });
}

/** Empties every table in one transaction. */
export async function clearAllData(db: RelaisDB): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    for (const name of BACKUP_TABLES) await db.table(name).clear();
  });
}
