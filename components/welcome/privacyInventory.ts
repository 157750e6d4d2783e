import { BACKUP_TABLES, type BackupTableName } from '../../utils/backup/format';
import { ROW_SCHEMAS } from '../../utils/backup/rowSchemas';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/model/settings';
import { UPDATE_RECORD_KEY } from '../../utils/background/onInstalled';
import { AUTO_BACKUP_CONFIG_KEY, AUTO_BACKUP_STATE_KEY } from '../../utils/backup/autoBackupStore';
import type { MessageKey } from '../../utils/i18n';
import { PENDING_PREFIX } from '../../utils/messaging/pendingCaptures';
import { DUE_DIGEST_TABLE } from '../../utils/db/dueDigest/digestBucket';

/**
 * What the privacy page lists, read from the code itself: the tables a backup holds (every table
 * of the database) and each table's fields from the schemas a backup is checked against (which
 * the type checker keeps equal to utils/model/types.ts), the settings from their defaults. A field
 * added to the model shows up here without anyone remembering to; a test makes sure it has words.
 */
export interface TableInventory {
  table: BackupTableName;
  fields: string[];
}

export function storedTables(): TableInventory[] {
  return BACKUP_TABLES.map((table) => ({ table, fields: Object.keys(ROW_SCHEMAS[table].entries) }));
}

/**
 * Tables made from the ones above and kept in step with them (never in a backup, emptied with
 * them): what each holds, in words.
 */
export const DERIVED_TABLES: { table: string; label: MessageKey }[] = [{ table: DUE_DIGEST_TABLE, label: 'privacy.derived.dueDigest' }];

export function storedSettings(): (keyof Settings)[] {
  return Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
}

/** A field's words: the table's own when its meaning is particular there, else the shared one. */
export function fieldLabelKey(table: BackupTableName, field: string, has: (key: string) => boolean): MessageKey | undefined {
  const own = `privacy.field.${table}.${field}`;
  if (has(own)) return own as MessageKey;
  const shared = `privacy.field.${field}`;
  return has(shared) ? (shared as MessageKey) : undefined;
}

/**
 * What Relais keeps in storage.local besides the settings, each with the keys it is stored under
 * (the end-to-end test checks that every key found in a used profile is one of these): only the
 * captures on their way, which the LinkedIn content script writes.
 */
export const LOCAL_STORAGE_ITEMS: { label: MessageKey; keys: RegExp }[] = [{ label: 'privacy.local.pending', keys: new RegExp(`^${PENDING_PREFIX}`) }];

/** What Relais keeps in its trusted store (utils/trustedState), each with its keys. */
export const TRUSTED_STORE_ITEMS: { label: MessageKey; keys: RegExp }[] = [
  // utils/reminders/reminderService.ts (digest state and the contact its click opens).
  { label: 'privacy.local.digest', keys: /^reminders:digest(-target)?$/ },
  { label: 'privacy.local.autobackup', keys: new RegExp(`^(${AUTO_BACKUP_CONFIG_KEY}|${AUTO_BACKUP_STATE_KEY})$`) },
  { label: 'privacy.local.whatsnew', keys: new RegExp(`^${UPDATE_RECORD_KEY}$`) },
];
