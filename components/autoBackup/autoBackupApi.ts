import { browser } from 'wxt/browser';
import { AUTO_BACKUP_CONFIG_KEY, AUTO_BACKUP_STATE_KEY, autoBackupStore } from '../../utils/backup/autoBackupStore';
import { trustedStore } from '../../utils/trustedState/trustedStore';
import type { AutoBackupConfig, AutoBackupState } from '../../utils/backup/autoBackupTypes';

/** What the options page's backup section needs from the browser; a fake in tests. */
export interface AutoBackupApi {
  /** Must be the first call of the click handler: browsers ask the user only during the click. */
  requestPermission(): Promise<boolean>;
  dropPermission(): Promise<void>;
  readConfig(): Promise<AutoBackupConfig>;
  writeConfig(config: AutoBackupConfig): Promise<void>;
  readState(): Promise<AutoBackupState>;
  /** Calls back when the background writes a result or the config changes; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
  now(): number;
}

export function browserAutoBackupApi(): AutoBackupApi {
  const store = autoBackupStore();
  return {
    requestPermission: () => browser.permissions.request({ permissions: ['downloads'] }),
    dropPermission: async () => {
      await browser.permissions.remove({ permissions: ['downloads'] }).catch(() => false);
    },
    readConfig: store.readConfig,
    writeConfig: store.writeConfig,
    readState: store.readState,
    watch: (onChange) => {
      const stops = [AUTO_BACKUP_CONFIG_KEY, AUTO_BACKUP_STATE_KEY].map((key) => trustedStore().watch(key, onChange));
      return () => stops.forEach((stop) => stop());
    },
    now: () => Date.now(),
  };
}
