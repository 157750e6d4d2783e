import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { repairSettings } from './repairSettings';

/**
 * Settings live in storage.sync (they follow the user across their browsers; nothing of their
 * contacts does). Versioned so a future shape change gets a migration, not a reset.
 */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue()).settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = repairSettings({ ...(await loadSettings()), ...patch }).settings;
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(repairSettings(value).settings));
}
