import { browser } from 'wxt/browser';
import { PENDING_PREFIX } from '../messaging/pendingCaptures';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { RelaisDB } from '../db/database';
import { settingsItem } from '../settings/settingsStore';
import { clearAllData } from './databaseIo';

/**
 * Erases every record, then puts the settings back to their defaults. The tables are cleared in
 * one transaction first: if that fails, nothing is erased and the settings are untouched.
 */
export async function eraseEverything(
  db: RelaisDB,
  resetSettings: () => Promise<void> = () => settingsItem.setValue(structuredClone(DEFAULT_SETTINGS)),
  forgetPending: () => Promise<void> = forgetPendingCaptures,
): Promise<void> {
  await clearAllData(db);
  await resetSettings();
  // A capture still waiting for the background would otherwise come back after the erase.
  await forgetPending();
}

async function forgetPendingCaptures(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(PENDING_PREFIX));
  if (keys.length) await browser.storage.local.remove(keys);
}
