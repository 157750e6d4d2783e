import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLastStorageError } from '../../../utils/background/lastStorageError';
import { backupDownloads } from '../../../utils/backup/autoBackupDownloads';
import { runAutoBackup } from '../../../utils/backup/autoBackupRun';
import { AUTO_BACKUP_CONFIG_KEY, AUTO_BACKUP_STATE_KEY, autoBackupStore } from '../../../utils/backup/autoBackupStore';
import { exportBackup } from '../../../utils/backup/exportBackup';
import { pendingKey } from '../../../utils/messaging/pendingCaptures';
import { MOVED_KEYS, moveFromLocal } from '../../../utils/trustedState/moveFromLocal';
import { trustedArea, trustedStore } from '../../../utils/trustedState/trustedStore';
import { freshDb } from '../db/testDb';
import { FakeDownloads } from '../publish/fakeDownloads';

const T0 = Date.UTC(2026, 10, 2, 9);
let n = 0;
const freshTrusted = () => trustedArea(`relais-trusted-test-${(n += 1)}`);

beforeEach(async () => {
  fakeBrowser.reset();
  await trustedStore().remove([...MOVED_KEYS]);
});

describe('privileged state moves out of storage.local, once', () => {
  it('a profile of the previous version: every value moves to the trusted store, the pending captures stay, the old storage notice goes', async () => {
    const config = { enabled: true, keep: 3 };
    const state = { files: [{ id: 4, fileName: '/home/u/Downloads/Relais/relais-backup-2026-10-26.json', at: T0 - 7 * 864e5 }], nextDueAt: T0 };
    const digest = { nextAt: T0 + 3600_000, lastFiredFor: T0 - 864e5 };
    const update = { from: '0.0.9', to: '0.1.0', at: T0 };
    await fakeBrowser.storage.local.set({
      [AUTO_BACKUP_CONFIG_KEY]: config,
      [AUTO_BACKUP_STATE_KEY]: state,
      'reminders:digest': digest,
      'reminders:digest-target': 'linkedin:in/marc-dupont',
      'whatsnew:update': update,
      'relais:lastStorageError': { kind: 'quota', at: T0, detail: 'QuotaExceededError' },
      [pendingKey('abcdef012345')]: { captureId: 'abcdef012345' },
    });
    const trusted = freshTrusted();

    expect((await moveFromLocal(fakeBrowser.storage.local, trusted)).sort()).toEqual([...MOVED_KEYS].sort());

    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [pendingKey('abcdef012345')]: { captureId: 'abcdef012345' } });
    expect(await trusted.get(AUTO_BACKUP_CONFIG_KEY)).toEqual({ [AUTO_BACKUP_CONFIG_KEY]: config });
    expect(await autoBackupStore(trusted).readState()).toEqual(state);
    expect(await trusted.get('reminders:digest')).toEqual({ 'reminders:digest': digest });
    expect(await trusted.get('reminders:digest-target')).toEqual({ 'reminders:digest-target': 'linkedin:in/marc-dupont' });
    expect(await trusted.get('whatsnew:update')).toEqual({ 'whatsnew:update': update });

    // Again at the next start: nothing left to move, nothing changed.
    expect(await moveFromLocal(fakeBrowser.storage.local, trusted)).toEqual([]);
    expect(await autoBackupStore(trusted).readConfig()).toEqual(config);
  });

  it('a value the trusted store already has is not replaced by one found in storage.local later', async () => {
    const trusted = freshTrusted();
    await trusted.set({ [AUTO_BACKUP_CONFIG_KEY]: { enabled: false, keep: 4 } });
    await fakeBrowser.storage.local.set({ [AUTO_BACKUP_CONFIG_KEY]: { enabled: true, keep: 1, requestedAt: T0 } });
    await moveFromLocal(fakeBrowser.storage.local, trusted);
    expect(await autoBackupStore(trusted).readConfig()).toEqual({ enabled: false, keep: 4 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('what the LinkedIn content script can write (storage.local) changes nothing privileged', () => {
  it('planted backup options and file records neither turn backups on nor delete a file', async () => {
    const db = freshDb();
    let now = T0;
    const api = new FakeDownloads(() => now);
    const cv = api.userDownload('cv.pdf', '%PDF');
    const named = api.userDownload('Relais/relais-backup-2026-01-05.json', 'a file of the user’s, named like a backup');
    // Everything a content script could write, in the keys earlier versions read.
    await fakeBrowser.storage.local.set({
      [AUTO_BACKUP_CONFIG_KEY]: { enabled: true, keep: 1, requestedAt: T0 },
      [AUTO_BACKUP_STATE_KEY]: {
        files: [
          { id: cv, fileName: '/home/u/Downloads/cv.pdf', at: 1 },
          { id: named, fileName: '/home/u/Downloads/Relais/relais-backup-2026-01-05.json', at: 2 },
        ],
        pending: { id: cv, fileName: 'Relais/relais-backup-2026-11-02.json', at: T0 },
      },
      'relais:lastStorageError': { kind: 'quota', at: T0, detail: 'fake notice from the page' },
    });
    const files = backupDownloads(() => api);
    const store = autoBackupStore();
    let ran = 0;
    await runAutoBackup({
      now: () => now,
      store,
      hasPermission: async () => true,
      makeFile: (at) => ((ran += 1), exportBackup(db, at)),
      startDownload: files.start,
      waitForEnd: (f) => files.lookup(f),
      lookup: files.lookup,
      findBackups: files.find,
      deleteFile: files.remove,
      forget: files.forget,
      wakeAt: async () => undefined,
    });
    now += 864e5;

    expect(ran).toBe(0);
    expect(api.deleted).toEqual([]);
    expect(api.disk.get('/home/u/Downloads/cv.pdf')).toBe('%PDF');
    expect(await store.readConfig()).toEqual({ enabled: false, keep: 4 });
    expect(await store.readState()).toEqual({ files: [] });
    // The popup's storage notice reads storage.session, which content scripts cannot reach.
    expect(await readLastStorageError()).toBeUndefined();
  });
});
