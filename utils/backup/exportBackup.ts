import type { RelaisDB } from '../db/database';
import { countRows, type RecordCounts } from './format';
import { backupFileName, makeBackup } from './makeBackup';
import { dumpDatabase } from './databaseIo';
import { parseBackup } from './parseBackup';
import type { BackupProblem } from './problem';

export interface ExportedBackup {
  fileName: string;
  text: string;
  counts: RecordCounts;
  /**
   * Set when the file just made would not import back (data written by some code path that broke
   * an invariant): the user still gets the file, and is told.
   */
  problem?: BackupProblem;
}

export async function exportBackup(db: RelaisDB, now: number): Promise<ExportedBackup> {
  const tables = await dumpDatabase(db);
  const text = JSON.stringify(makeBackup(tables, now));
  const check = parseBackup(text);
  return { fileName: backupFileName(now), text, counts: countRows(tables), problem: check.ok ? undefined : check.problem };
}
