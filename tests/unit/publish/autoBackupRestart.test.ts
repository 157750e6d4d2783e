import { beforeEach, describe, expect, it } from 'vitest';
import { backupDownloads } from '../../../utils/backup/autoBackupDownloads';
import { runAutoBackup, type AutoBackupDeps } from '../../../utils/backup/autoBackupRun';
import { WEEK_MS } from '../../../utils/backup/autoBackupSchedule';
import { parseConfig, parseState } from '../../../utils/backup/autoBackupStore';
import type { AutoBackupConfig } from '../../../utils/backup/autoBackupTypes';
import { exportBackup } from '../../../utils/backup/exportBackup';
import type { RelaisDB } from '../../../utils/db/database';
import { fill } from '../backup/dbHelpers';
import { sampleTables } from '../backup/sampleTables';
import { freshDb } from '../db/testDb';
import { FakeDownloads } from './fakeDownloads';

const T0 = Date.UTC(2026, 10, 2, 9);

/** Weekly backups across browser restarts; the downloads API renumbers as Firefox does. */
function world(style: 'firefox' | 'chrome', db: RelaisDB) {
  let now = T0;
  let config: AutoBackupConfig = { enabled: true, keep: 2, requestedAt: T0 };
  let state: unknown;
  const api = new FakeDownloads(() => now, style);
  let n = 0;
  const files = backupDownloads(
    () => api,
    (text) => {
      const url = `fake:${(n += 1)}`;
      api.urls.set(url, text);
      return { url, revoke: () => undefined };
    },
  );
  const deps: AutoBackupDeps = {
    now: () => now,
    store: {
      readConfig: async () => parseConfig(structuredClone(config)),
      writeConfig: async (c) => void (config = structuredClone(c)),
      readState: async () => parseState(structuredClone(state)),
      writeState: async (s) => void (state = structuredClone(s)),
    },
    hasPermission: async () => true,
    makeFile: (at) => exportBackup(db, at),
    startDownload: files.start,
    waitForEnd: (file) => files.lookup(file),
    lookup: files.lookup,
    findBackups: files.find,
    deleteFile: files.remove,
    forget: files.forget,
    wakeAt: async () => undefined,
  };
  return {
    api,
    state: () => parseState(state),
    /** One week later, the backup's wake-up. */
    week: async () => {
      await runAutoBackup(deps);
      now += WEEK_MS;
    },
    later: (ms: number) => void (now += ms),
    run: () => runAutoBackup(deps),
  };
}

let db: RelaisDB;
beforeEach(async () => {
  db = freshDb();
  await fill(db, sampleTables(10, 3));
});

describe('automatic backups across a browser restart', () => {
  it('Firefox renumbers its downloads: ids kept from before now name the user’s files, and none of them is deleted', async () => {
    const w = world('firefox', db);
    w.api.userDownload('cv.pdf', '%PDF');
    await w.week();
    await w.week();
    const firstSession = w.api.backupsOnDisk();
    expect(firstSession).toHaveLength(2);

    w.api.restart();
    // Downloads of the new session take the numbers the old backups had.
    const mine = ['photo.jpg', 'report.pdf', 'invoice.pdf'].map((name) => w.api.userDownload(name));
    // A file named like a backup, but not in Relais's folder, is not one either.
    w.api.userDownload('relais-backup-2026-01-01.json', 'not a backup of mine');
    const before = new Map(w.api.disk);

    for (let i = 0; i < 4; i += 1) await w.week();

    for (const [path, content] of before) if (!firstSession.includes(path)) expect(w.api.disk.get(path), path).toBe(content);
    expect(mine.every((id) => w.api.list.has(id))).toBe(true);
    expect(w.api.deleted.every((p) => /\/Downloads\/Relais\/relais-backup-[\d-]+(\(\d+\))?\.json$/.test(p))).toBe(true);
    // The session's own backups are kept to two; those of the earlier session, which the browser
    // no longer lists, stay on the disk rather than risk the wrong file.
    expect(w.api.deleted).toHaveLength(2);
    for (const p of firstSession) expect(w.api.disk.has(p)).toBe(true);
  });

  it('a backup still being written when the browser closed is not mistaken for the download that now has its number', async () => {
    const w = world('firefox', db);
    w.api.userDownload('cv.pdf', '%PDF');
    w.api.ending = 'hangs';
    await w.run();
    const pending = w.state().pending!;
    expect(pending.id).toBe(2);

    w.api.restart();
    w.api.ending = 'complete';
    w.api.userDownload('a.pdf');
    const theirs = w.api.userDownload('b.pdf', 'bank statement');
    expect(theirs).toBe(pending.id);
    w.later(60_000);
    await w.run();

    const s = w.state();
    expect(s.pending).toBeUndefined();
    // It wrote a backup of its own instead of adopting b.pdf.
    expect(s.lastSuccess?.fileName).toMatch(/\/Relais\/relais-backup-.*\.json$/);
    expect(s.files.map((f) => f.fileName)).not.toContain('/home/u/Downloads/b.pdf');
    expect(w.api.disk.get('/home/u/Downloads/b.pdf')).toBe('bank statement');
  });

  it('Chrome keeps its list across restarts: old backups are found by name and deleted as usual', async () => {
    const w = world('chrome', db);
    await w.week();
    await w.week();
    w.api.restart();
    w.api.userDownload('photo.jpg');
    await w.week();
    await w.week();
    expect(w.api.backupsOnDisk()).toHaveLength(2);
    expect(w.api.disk.has('/home/u/Downloads/photo.jpg')).toBe(true);
    expect(w.state().files).toHaveLength(2);
  });

  it('a backup the user already deleted is not deleted again', async () => {
    const w = world('chrome', db);
    await w.week();
    const [first] = w.api.backupsOnDisk();
    w.api.disk.delete(first);
    await w.week();
    await w.week();
    expect(w.api.deleted).not.toContain(first);
    expect(w.api.backupsOnDisk()).toHaveLength(2);
  });
});
