import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile, type BackupTables } from './format';

export function makeBackup(tables: BackupTables, now: number): BackupFile {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    tables,
  };
}

/** `relais-backup-2026-11-25.json`, dated in the user's own time zone (the day they see). */
export function datedFileName(prefix: string, now: number, extension: string): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${extension}`;
}

export const backupFileName = (now: number) => datedFileName('relais-backup', now, 'json');
