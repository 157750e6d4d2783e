import { beforeEach, describe, expect, it } from 'vitest';
import { runAutoBackup, type AutoBackupDeps } from '../../../utils/backup/autoBackupRun';
import { RETRY_MS, WEEK_MS } from '../../../utils/backup/autoBackupSchedule';
import { parseConfig, parseState } from '../../../utils/backup/autoBackupStore';
import type { AutoBackupConfig, AutoBackupState } from '../../../utils/backup/autoBackupTypes';
import { dumpDatabase } from '../../../utils/backup/databaseIo';
import { exportBackup } from '../../../utils/backup/exportBackup';
import { importBackupText } from '../../../utils/backup/importBackup';
import type { RelaisDB } from '../../../utils/db/database';
import { fill, fingerprint } from '../backup/dbHelpers';
import { sampleTables } from '../backup/sampleTables';
import { freshDb } from '../db/testDb';
import { backupDownloads } from '../../../utils/backup/autoBackupDownloads';
import { FakeDownloads } from './fakeDownloads';

const T0 = Date.UTC(2026, 10, 2, 9);

/** The backup's settings and state, the permission, the alarm, and the downloads API (fakeDownloads.ts). */
class FakeBrowser {
  now = T0;
  permission = true;
  config: AutoBackupConfig = { enabled: true, keep: 4, requestedAt: T0 };
  state: unknown = undefined;
  alarm: number | undefined;
  api = new FakeDownloads(() => this.now);
  private urlCount = 0;

  constructor() {
    // A file the user downloaded themselves: Relais must never touch it.
    this.api.userDownload('cv.pdf', '%PDF');
  }

  get downloads() {
    return this.api.list;
  }
  get disk() {
    return this.api.disk;
  }
  set ending(e: FakeDownloads['ending']) {
    this.api.ending = e;
  }

  deps(db: RelaisDB, makeFile = (now: number) => exportBackup(db, now)): AutoBackupDeps {
    const files = backupDownloads(
      () => this.api,
      (text) => {
        const url = `fake:${(this.urlCount += 1)}`;
        this.api.urls.set(url, text);
        return { url, revoke: () => this.api.urls.delete(url) };
      },
    );
    return {
      now: () => this.now,
      store: {
        readConfig: async () => parseConfig(structuredClone(this.config)),
        writeConfig: async (c) => void (this.config = structuredClone(c)),
        readState: async () => parseState(structuredClone(this.state)),
        writeState: async (s) => void (this.state = structuredClone(s)),
      },
      hasPermission: async () => this.permission,
      makeFile,
      startDownload: files.start,
      waitForEnd: (file) => files.lookup(file),
      lookup: files.lookup,
      findBackups: files.find,
      deleteFile: files.remove,
      forget: files.forget,
      wakeAt: async (when) => void (this.alarm = when),
    };
  }

  get parsed(): AutoBackupState {
    return parseState(this.state);
  }
  backupsOnDisk(): string[] {
    return this.api.backupsOnDisk();
  }
}

let db: RelaisDB;
let world: FakeBrowser;
beforeEach(async () => {
  db = freshDb();
  await fill(db, sampleTables(40, 7));
  world = new FakeBrowser();
});

describe('automatic backup, one wake-up at a time', () => {
  it('writes a file in Downloads/Relais that restores to an identical database, and schedules the next in a week', async () => {
    const before = await dumpDatabase(db);
    await runAutoBackup(world.deps(db));
    const [path] = world.backupsOnDisk();
    expect(path).toMatch(/\/Relais\/relais-backup-2026-11-\d\d\.json$/);
    expect(world.parsed.lastSuccess?.fileName).toBe(path);
    expect(world.parsed.nextDueAt).toBe(T0 + WEEK_MS);
    expect(world.alarm).toBe(T0 + WEEK_MS);

    const other = freshDb();
    const restored = await importBackupText(other, world.disk.get(path)!);
    expect(restored.ok).toBe(true);
    // Field order aside (the import checks each row), every record of every table is equal.
    expect(await dumpDatabase(other)).toEqual(before);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('runs again only when due: a second wake-up the same day writes nothing', async () => {
    await runAutoBackup(world.deps(db));
    world.now += 3600_000;
    await runAutoBackup(world.deps(db));
    expect(world.backupsOnDisk()).toHaveLength(1);
    expect(world.alarm).toBe(T0 + WEEK_MS);
  });

  it('keeps the last N files it wrote, deletes older ones, and never touches the user’s own downloads', async () => {
    world.config.keep = 3;
    const written: string[] = [];
    for (let week = 0; week < 6; week += 1) {
      await runAutoBackup(world.deps(db));
      written.push(world.parsed.lastSuccess!.fileName);
      world.now += WEEK_MS;
    }
    expect(world.backupsOnDisk().sort()).toEqual(written.slice(-3).sort());
    expect(world.parsed.files.map((f) => f.fileName)).toEqual(written.slice(-3));
    expect(world.disk.get('/home/u/Downloads/cv.pdf')).toBe('%PDF');
    expect(world.downloads.has(1)).toBe(true);
  });

  it('a download that stops half way: a failure with its reason, the previous backup stays the latest, nothing deleted, retried in hours', async () => {
    await runAutoBackup(world.deps(db));
    const first = world.parsed.lastSuccess!;
    const dbBefore = await fingerprint(db);
    world.now += WEEK_MS;
    world.ending = 'interrupted';
    world.config.keep = 1;
    await runAutoBackup(world.deps(db));
    const s = world.parsed;
    expect(s.lastFailure).toMatchObject({ reason: 'interrupted', detail: 'FILE_NO_SPACE', at: world.now });
    expect(s.lastSuccess).toEqual(first);
    expect(s.files).toEqual([first]);
    expect(world.disk.has(first.fileName)).toBe(true);
    expect(s.nextDueAt).toBe(world.now + RETRY_MS);
    expect(await fingerprint(db)).toBe(dbBefore);
  });

  it('a folder the browser refuses: the same, with the browser’s message', async () => {
    world.ending = 'refused';
    await runAutoBackup(world.deps(db));
    expect(world.parsed.lastFailure).toMatchObject({ reason: 'download-refused', detail: 'Invalid filename' });
    expect(world.parsed.lastSuccess).toBeUndefined();
    expect(world.backupsOnDisk()).toEqual([]);
  });

  it('the permission withdrawn in the browser: backups turn off and say why; nothing is written', async () => {
    world.permission = false;
    await runAutoBackup(world.deps(db));
    expect(world.config.enabled).toBe(false);
    expect(world.parsed.lastFailure?.reason).toBe('no-permission');
    expect(world.backupsOnDisk()).toEqual([]);
    expect(world.alarm).toBeUndefined();
  });

  it('a file that would not import back is not written over a good one', async () => {
    await runAutoBackup(world.deps(db));
    world.now += WEEK_MS;
    await runAutoBackup(
      world.deps(db, async (now) => ({ ...(await exportBackup(db, now)), problem: { code: 'dangling-reference', table: 'interactions', index: 0, field: 'contactId', value: 'x' } })),
    );
    expect(world.parsed.lastFailure).toMatchObject({ reason: 'invalid', problem: { code: 'dangling-reference' } });
    expect(world.backupsOnDisk()).toHaveLength(1);
  });

  it('a database that cannot be read: a failure, no file', async () => {
    await runAutoBackup(world.deps(db, async () => Promise.reject(new Error('DatabaseClosedError'))));
    expect(world.parsed.lastFailure).toMatchObject({ reason: 'export-failed', detail: 'DatabaseClosedError' });
    expect(world.backupsOnDisk()).toEqual([]);
  });

  it('a worker stopped while the file was being written: the next wake-up adopts the finished file instead of writing another', async () => {
    world.ending = 'hangs';
    await runAutoBackup(world.deps(db));
    const pending = world.parsed.pending!;
    expect(pending).toBeTruthy();
    expect(world.parsed.lastSuccess).toBeUndefined();
    // The browser finishes the file meanwhile.
    world.api.finish(pending.id);
    world.ending = 'complete';
    world.now += 60_000;
    await runAutoBackup(world.deps(db));
    expect(world.parsed.pending).toBeUndefined();
    expect(world.parsed.lastSuccess?.id).toBe(pending.id);
    expect(world.parsed.nextDueAt).toBe(pending.at + WEEK_MS);
    expect(world.downloads.size).toBe(2);
  });

  it('turned off: no file, no alarm', async () => {
    world.config = { enabled: false, keep: 4, requestedAt: T0 };
    world.alarm = 123;
    await runAutoBackup(world.deps(db));
    expect(world.backupsOnDisk()).toEqual([]);
    expect(world.alarm).toBeUndefined();
  });

  it('"back up now" writes one more file at once, then waits again', async () => {
    await runAutoBackup(world.deps(db));
    world.now += 864e5;
    world.config.requestedAt = world.now;
    await runAutoBackup(world.deps(db));
    await runAutoBackup(world.deps(db));
    expect(world.backupsOnDisk()).toHaveLength(2);
    expect(world.alarm).toBe(world.now + WEEK_MS);
  });
});

describe('stored backup state read back from storage', () => {
  it('damaged values fall back one by one; the list of written files keeps its good entries', () => {
    const s = parseState({ files: [{ id: 3, fileName: 'a.json', at: 5 }, { id: 'x' }, null], nextDueAt: 'soon', lastFailure: { reason: 'boom', at: 1 } });
    expect(s).toEqual({ files: [{ id: 3, fileName: 'a.json', at: 5 }] });
    expect(parseState(undefined)).toEqual({ files: [] });
    expect(parseConfig({ enabled: 'yes', keep: 900 })).toEqual({ enabled: false, keep: 52 });
    expect(parseConfig(null)).toEqual({ enabled: false, keep: 4 });
  });
});
