// Storage pressure: a full disk (QuotaExceededError at any write of a capture) and an upgrade
// blocked by an older connection. Each gets a clear ack and a record the popup shows; nothing is
// half-written (a group capture to three people writes three rows or none); nothing is lost (the
// capture stays pending and is written exactly once when storage recovers).
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeCapture, type ContentHandlerDeps } from '../../../utils/background/contentHandlers';
import { drainPending } from '../../../utils/background/drainPending';
import { LAST_STORAGE_ERROR_KEY, lastStorageErrorStore, readLastStorageError } from '../../../utils/background/lastStorageError';
import { storageHealthDeps } from '../../../utils/background/storageHealth';
import { watchDatabaseHealth } from '../../../utils/db/databaseHealth';
import { RelaisDB } from '../../../utils/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../utils/db/schema';
import { describeStorageProblem } from '../../../utils/db/storageProblem';
import type { CapturePayload } from '../../../utils/messaging/payloads';
import { pendingKey } from '../../../utils/messaging/pendingCaptures';
import { reportFigures } from '../../reliability/figures';
import { injectQuotaFault } from '../../reliability/quotaFault';
import { readAll, uniqueDbName } from '../../reliability/upgrade/harness';
import { NEXT } from '../../reliability/upgrade/testOnlyNext';
import { sampleV1 } from '../../reliability/upgrade/sampleV1';
import { dumpDatabase } from '../../../utils/backup/databaseIo';
import { importBackupText } from '../../../utils/backup/importBackup';
import { makeBackup } from '../../../utils/backup/makeBackup';

const NOW = Date.UTC(2026, 10, 25, 12);
const figures = { faults: 0, lost: 0, partial: 0 };
afterAll(() =>
  reportFigures('reliability: storage pressure', 'storage', [{ label: 'storage faults injected (quota, blocked)', count: figures.faults, lost: figures.lost + figures.partial }]),
);

const group = (captureId: string): CapturePayload => ({
  captureId,
  kind: 'message-sent',
  at: NOW - 60_000,
  text: 'Merci à tous les trois — compte rendu en pièce jointe.',
  surface: 'thread',
  threadUrl: 'https://www.linkedin.com/messaging/thread/2-Z3JvdXA/',
  recipients: [
    { name: 'Daniel Okafor', profileUrl: 'https://www.linkedin.com/in/daniel-okafor/' },
    { name: 'Léa Marchand', profileUrl: 'https://www.linkedin.com/in/lea-marchand/' },
    { name: 'Zoë Ñúñez', profileUrl: 'https://www.linkedin.com/in/zoe-nunez/' },
  ],
});

/** A database that already holds someone (Léa, one of the three) and an earlier message to her. */
async function populated(label: string): Promise<RelaisDB> {
  const db = new RelaisDB(uniqueDbName(label));
  const fault = injectQuotaFault(db);
  await db.contacts.add({ id: 'linkedin:in/lea-marchand', site: 'linkedin', name: 'Léa Marchand', aliases: [], createdAt: 1, updatedAt: 1, lastInteractionAt: 5 });
  await db.interactions.add({ key: 'older:linkedin:in/lea-marchand', contactId: 'linkedin:in/lea-marchand', kind: 'message-sent', at: 5, text: 'Bonjour Léa', site: 'linkedin', source: 'capture' });
  (db as RelaisDB & { fault: typeof fault }).fault = fault;
  return db;
}
const faultOf = (db: RelaisDB) => (db as RelaisDB & { fault: ReturnType<typeof injectQuotaFault> }).fault;

function deps(db: RelaisDB, extra: Partial<ContentHandlerDeps> = {}): ContentHandlerDeps & { forgotten: string[] } {
  const forgotten: string[] = [];
  return {
    db,
    runtimeId: 'relais',
    now: () => NOW,
    forgetPending: async (id) => {
      forgotten.push(id);
      await fakeBrowser.storage.local.remove(pendingKey(id));
    },
    storageProblems: lastStorageErrorStore(fakeBrowser.storage.session),
    forgotten,
    ...extra,
  };
}

beforeEach(() => fakeBrowser.reset());

describe('a full disk at any write of a group capture', () => {
  it('writes all three recipients or none, says "storage full", and writes them once when space is back', { timeout: 60_000 }, async () => {
    // How many writes one group capture makes, on a database like the one under test.
    const probe = await populated('probe');
    const before = faultOf(probe).writes;
    expect((await writeCapture(deps(probe), group('probe-capture-0001'))).ok).toBe(true);
    const writes = faultOf(probe).writes - before;
    probe.close();
    expect(writes).toBeGreaterThanOrEqual(4);

    for (let k = 0; k < writes; k++) {
      fakeBrowser.reset();
      const db = await populated(`quota-${k}`);
      const fault = faultOf(db);
      const d = deps(db);
      const start = await readAll(db);
      const id = `quota-capture-${String(k).padStart(4, '0')}`;
      fault.failFrom = fault.writes + k;

      const ack = await writeCapture(d, group(id));
      figures.faults += 1;
      expect(ack.ok, `fault at write ${k}`).toBe(false);
      if (!ack.ok) expect(ack.error).toMatch(/^could not save: storage full \(.*QuotaExceededError.*\); the capture is kept and will be retried$/);
      // Nothing of it: the database is exactly as it was, and the capture is not forgotten.
      const after = await readAll(db);
      if (JSON.stringify(after) !== JSON.stringify(start)) figures.partial += 1;
      expect(after, `fault at write ${k}`).toEqual(start);
      expect(d.forgotten).toEqual([]);
      const problem = await readLastStorageError(fakeBrowser.storage.session);
      expect(problem).toMatchObject({ kind: 'quota', captureIds: [id], at: NOW });
      expect(describeStorageProblem('en', problem!)).toMatch(/storage for Relais is full\. 1 capture\(s\) are kept/);
      expect(describeStorageProblem('fr', problem!)).toMatch(/stockage du navigateur pour Relais est plein\. 1 envoi\(s\) sont conservés/);

      // Space is freed; the content script's retry writes the three rows, once.
      fault.failFrom = null;
      expect(await writeCapture(d, group(id))).toEqual({ ok: true, stored: 3, duplicate: false });
      expect(await writeCapture(d, group(id))).toEqual({ ok: true, stored: 0, duplicate: true });
      const rows = await db.interactions.where('key').startsWith(`${id}:`).toArray();
      expect(rows.map((r) => r.contactId).sort()).toEqual(['linkedin:in/daniel-okafor', 'linkedin:in/lea-marchand', 'linkedin:in/zoe-nunez']);
      expect(await db.contacts.count()).toBe(3);
      expect(await readLastStorageError(fakeBrowser.storage.session)).toBeUndefined();
      db.close();
    }
  });

  it('the drain keeps every pending capture while the disk is full and writes each once after', async () => {
    const db = await populated('drain');
    const fault = faultOf(db);
    const ids = Array.from({ length: 5 }, (_, i) => `drain-capture-${i}0000`);
    for (const id of ids) await fakeBrowser.storage.local.set({ [pendingKey(id)]: group(id) });
    fault.failFrom = fault.writes;
    const d = deps(db);

    expect(await drainPending(d)).toEqual({ written: 0, dropped: 0 });
    figures.faults += ids.length;
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).filter((k) => k.startsWith('pending:')).sort()).toEqual(ids.map(pendingKey).sort());
    expect((await readLastStorageError(fakeBrowser.storage.session))?.captureIds?.sort()).toEqual([...ids].sort());
    expect(await db.interactions.count()).toBe(1);

    fault.failFrom = null;
    expect(await drainPending(d)).toEqual({ written: 5, dropped: 0 });
    expect(await drainPending(d)).toEqual({ written: 0, dropped: 0 });
    expect(await db.interactions.count()).toBe(1 + 5 * 3);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([]);
    db.close();
  });
});

describe('a full disk in the middle of restoring a backup', () => {
  it('leaves the database as it was, whatever write fails, and restores everything once there is room', { timeout: 60_000 }, async () => {
    const size = { contacts: 200, interactions: 600, introductions: 80, nextSteps: 80, recommendationsMade: 20, dueStates: 20 };
    // The backup: what another database holds, dumped and written as Relais writes backups.
    const source = new RelaisDB(uniqueDbName('backup-source'));
    for (const [table, rows] of Object.entries(sampleV1(size, 21))) await source.table(table).bulkAdd(rows);
    const backupText = JSON.stringify(makeBackup(await dumpDatabase(source), NOW));
    const wanted = await readAll(source);
    source.close();

    const db = new RelaisDB(uniqueDbName('restore'));
    const fault = injectQuotaFault(db);
    for (const [table, rows] of Object.entries(sampleV1({ ...size, interactions: 300 }, 22))) await db.table(table).bulkAdd(rows);
    const before = await readAll(db);
    // Clearing six tables, then adding each: fail at every one of those writes.
    for (let k = 0; k < 12; k++) {
      fault.failFrom = fault.writes + k;
      const result = await importBackupText(db, backupText);
      figures.faults += 1;
      expect(result.ok, `fault at write ${k}`).toBe(false);
      if (!result.ok) expect(result.problem.code, JSON.stringify(result.problem).slice(0, 400)).toBe('write-failed');
      const after = await readAll(db);
      if (JSON.stringify(after) !== JSON.stringify(before)) figures.partial += 1;
      expect(after, `fault at write ${k}`).toEqual(before);
    }
    fault.failFrom = null;
    expect((await importBackupText(db, backupText)).ok).toBe(true);
    expect(await readAll(db)).toEqual(wanted);
    db.close();
  });
});

/** A connection of an older release holding the current version open, deaf to `versionchange`. */
function holdOldVersion(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // Dexie stores version × 10 natively.
    const req = indexedDB.open(name, CURRENT_SCHEMA_VERSION * 10);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function countRaw(conn: IDBDatabase, store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = conn.transaction(store).objectStore(store).count();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('an upgrade blocked by an older connection', () => {
  it('answers the capture with "database blocked", tells the popup, and writes it once the old connection closes', async () => {
    const name = uniqueDbName('blocked');
    const current = new RelaisDB(name, { versions: SCHEMA_VERSIONS });
    await current.open();
    current.close();
    const old = await holdOldVersion(name);

    // The background after an update to the next version, wired as entrypoints/background.ts does.
    const db = new RelaisDB(name, { versions: [...SCHEMA_VERSIONS, NEXT] });
    const health = storageHealthDeps(db, () => NOW);
    const d = deps(db, { ...health, writeTimeoutMs: 300 });

    const ack = await writeCapture(d, group('blocked-capture-01'));
    figures.faults += 1;
    expect(ack.ok).toBe(false);
    if (!ack.ok) expect(ack.error).toMatch(/^could not save: database blocked \(BlockedError: database upgrade blocked by another open Relais page\); the capture is kept/);
    expect(health.isBlocked!()).toBe(true);
    const problem = await readLastStorageError(fakeBrowser.storage.session);
    expect(problem).toMatchObject({ kind: 'blocked', captureIds: ['blocked-capture-01'] });
    expect(describeStorageProblem('en', problem!)).toMatch(/close the other Relais tabs/);
    expect(await countRaw(old, 'interactions')).toBe(0);

    // The old tab closes: the upgrade goes on, the waiting write completes, the message goes away,
    // and the content script's retry is a duplicate.
    old.close();
    await expect.poll(() => db.interactions.count(), { timeout: 5_000 }).toBe(3);
    expect(db.verno).toBe(NEXT.version);
    expect(health.isBlocked!()).toBe(false);
    await expect.poll(() => fakeBrowser.storage.session.get(LAST_STORAGE_ERROR_KEY)).toEqual({});
    expect(await writeCapture(d, group('blocked-capture-01'))).toEqual({ ok: true, stored: 0, duplicate: true });
    expect(await db.interactions.count()).toBe(3);
    db.close();
  });

  it('an older Relais page does not block an upgrade: it closes on versionchange and reads again after', async () => {
    const name = uniqueDbName('versionchange');
    const oldPage = new RelaisDB(name, { versions: SCHEMA_VERSIONS });
    await oldPage.contacts.add({ id: 'linkedin:in/lea', site: 'linkedin', name: 'Léa', aliases: [], createdAt: 1, updatedAt: 1 });
    const background = new RelaisDB(name, { versions: [...SCHEMA_VERSIONS, NEXT] });
    let blocked = false;
    const health = watchDatabaseHealth(background, () => (blocked = true));
    await background.open();
    figures.faults += 1;
    expect(blocked).toBe(false);
    expect(background.verno).toBe(NEXT.version);
    expect((await background.contacts.get('linkedin:in/lea'))?.name).toBe('Léa');
    // The old page's next read reopens the (now newer) database instead of failing.
    expect((await oldPage.contacts.get('linkedin:in/lea'))?.name).toBe('Léa');
    health.stop();
    oldPage.close();
    background.close();
  });
});
