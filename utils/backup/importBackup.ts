import type { RelaisDB } from '../db/database';
import { countRows, MAX_BACKUP_BYTES, type RecordCounts } from './format';
import { replaceAllData } from './databaseIo';
import { parseBackup, type ParsedBackup } from './parseBackup';
import type { Checked } from './problem';

const errorText = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);

/** Writes a parsed backup over all data, all-or-nothing. Never throws. */
export async function restoreBackup(db: RelaisDB, backup: ParsedBackup): Promise<Checked<RecordCounts>> {
  try {
    await replaceAllData(db, backup.tables);
    return { ok: true, value: countRows(backup.tables) };
  } catch (error) {
    return { ok: false, problem: { code: 'write-failed', detail: errorText(error) } };
  }
}

/** Parse, validate, then restore: a refused file never reaches the database. */
export async function importBackupText(db: RelaisDB, text: string, options?: { maxChars?: number }): Promise<Checked<RecordCounts>> {
  const parsed = parseBackup(text, options);
  if (!parsed.ok) return parsed;
  return restoreBackup(db, parsed.value);
}

/** Reads a user-chosen file, refusing an oversized one before reading it. Never throws. */
export async function readBackupFile(file: Blob, maxBytes = MAX_BACKUP_BYTES): Promise<Checked<ParsedBackup>> {
  if (file.size > maxBytes) return { ok: false, problem: { code: 'too-large', size: file.size, max: maxBytes } };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, problem: { code: 'read-failed', detail: errorText(error) } };
  }
  return parseBackup(text, { maxChars: maxBytes });
}
