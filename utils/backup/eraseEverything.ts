import { DEFAULT_SETTINGS } from '../model/settings';
import type { RelaisDB } from '../db/database';
import { settingsItem } from '../settings/settingsStore';
import { clearAllData } from './databaseIo';

/**
 * Erases every record, then puts the settings back to their defaults. The tables are cleared in
 * one transaction first: if that fails, nothing is erased and the settings are untouched.
 */
export async function eraseEverything(db: RelaisDB, resetSettings: () => Promise<void> = () => settingsItem.setValue(structuredClone(DEFAULT_SETTINGS))): Promise<void> {
  await clearAllData(db);
  await resetSettings();
}
