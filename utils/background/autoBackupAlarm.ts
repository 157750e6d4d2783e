import { browser } from 'wxt/browser';
import { backupDownloads, hasDownloadsPermission } from '../backup/autoBackupDownloads';
import { runAutoBackup, type AutoBackupDeps } from '../backup/autoBackupRun';
import { AUTO_BACKUP_CONFIG_KEY, autoBackupStore } from '../backup/autoBackupStore';
import { trustedStore } from '../trustedState/trustedStore';
import { exportBackup } from '../backup/exportBackup';
import type { RelaisDB } from '../db/database';

export const AUTO_BACKUP_ALARM = 'auto-backup';

export function autoBackupDeps(db: RelaisDB): AutoBackupDeps {
  const files = backupDownloads();
  return {
    now: () => Date.now(),
    store: autoBackupStore(),
    hasPermission: hasDownloadsPermission,
    makeFile: (now) => exportBackup(db, now),
    startDownload: files.start,
    waitForEnd: files.waitForEnd,
    lookup: files.lookup,
    findBackups: files.find,
    deleteFile: files.remove,
    forget: files.forget,
    wakeAt: async (when) => {
      if (when === undefined) await browser.alarms.clear(AUTO_BACKUP_ALARM);
      else await browser.alarms.create(AUTO_BACKUP_ALARM, { when });
    },
  };
}

/**
 * The weekly backup's wake-ups: its alarm, a change of its options (turned on, "back up now") and
 * the worker's start. Runs one at a time, so two wake-ups never write two files.
 */
export function registerAutoBackup(db: RelaisDB, ready: Promise<unknown> = Promise.resolve()): void {
  const deps = autoBackupDeps(db);
  // After the start-up's move of older state into the trusted store.
  let queue: Promise<unknown> = ready.catch(() => undefined);
  const run = () => {
    queue = queue.then(() => runAutoBackup(deps)).catch(() => undefined);
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_BACKUP_ALARM) run();
  });
  // The options are in the trusted store: heard when any extension page writes them (its first
  // answer, at once, is the start's run). storage.local, which LinkedIn's content script can
  // write, wakes nothing here.
  trustedStore().watch(AUTO_BACKUP_CONFIG_KEY, run);
}
