import type { RelaisDB } from '../../../utils/db/database';
import { dumpDatabase } from '../../../utils/backup/databaseIo';
import type { BackupTables } from '../../../utils/backup/format';

export async function fill(db: RelaisDB, tables: BackupTables): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [name, rows] of Object.entries(tables)) await db.table(name).bulkAdd(rows as object[]);
  });
}

/** Every table, as a string: equal strings mean nothing changed, down to the last character. */
export async function fingerprint(db: RelaisDB): Promise<string> {
  return JSON.stringify(await dumpDatabase(db));
}

/** The tables in the order the database returns them (by primary key; strings by code unit, as IndexedDB). */
export function inKeyOrder(tables: BackupTables): BackupTables {
  const byKey = <T>(keyOf: (r: T) => string | number) => (a: T, b: T) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);
  return {
    contacts: [...tables.contacts].sort(byKey((r) => r.id)),
    interactions: [...tables.interactions].sort(byKey((r) => r.id)),
    introductions: [...tables.introductions].sort(byKey((r) => r.id)),
    nextSteps: [...tables.nextSteps].sort(byKey((r) => r.id)),
    recommendationsMade: [...tables.recommendationsMade].sort(byKey((r) => r.id)),
    dueStates: [...tables.dueStates].sort(byKey((r) => r.key)),
  };
}

/** Every string held anywhere in the tables. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}
