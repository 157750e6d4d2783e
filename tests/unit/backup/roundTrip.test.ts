import { describe, expect, it } from 'vitest';
import { clearAllData, dumpDatabase } from '../../../utils/backup/databaseIo';
import { exportBackup } from '../../../utils/backup/exportBackup';
import { BACKUP_TABLES } from '../../../utils/backup/format';
import { importBackupText } from '../../../utils/backup/importBackup';
import { makeBackup } from '../../../utils/backup/makeBackup';
import { parseBackup } from '../../../utils/backup/parseBackup';
import { freshDb } from '../db/testDb';
import { allStrings, fill, inKeyOrder } from './dbHelpers';
import { AWKWARD_TEXTS, sampleTables } from './sampleTables';

const NOW = Date.UTC(2026, 10, 25, 10, 0);

describe('backup round trip', () => {
  it('gives back every record of every table exactly, non-ASCII text included', async () => {
    const db = freshDb();
    const original = sampleTables(200);
    await fill(db, original);
    const before = await dumpDatabase(db);

    const exported = await exportBackup(db, NOW);
    expect(exported.problem).toBeUndefined();
    expect(exported.fileName).toMatch(/^relais-backup-2026-11-2[456]\.json$/);
    await clearAllData(db);
    for (const name of BACKUP_TABLES) expect(await db.table(name).count()).toBe(0);

    const result = await importBackupText(db, exported.text);
    expect(result).toEqual({ ok: true, value: Object.fromEntries(BACKUP_TABLES.map((n) => [n, original[n].length])) });
    const after = await dumpDatabase(db);
    for (const name of BACKUP_TABLES) expect(after[name], name).toEqual(before[name]);
    const strings = allStrings(after);
    for (const awkward of AWKWARD_TEXTS) expect(strings.some((s) => s.startsWith(awkward)), awkward).toBe(true);
  });

  it('lets the database keep numbering new interactions after the restored ones', async () => {
    const db = freshDb();
    await fill(db, sampleTables(40));
    const { text } = await exportBackup(db, NOW);
    await clearAllData(db);
    await importBackupText(db, text);
    const maxId = (await db.interactions.orderBy('id').last())!.id!;
    const newId = await db.interactions.add({ key: 'cap_new00000', contactId: 'linkedin:in/person-1', kind: 'message-sent', at: NOW, site: 'linkedin', source: 'capture' });
    expect(newId).toBeGreaterThan(maxId);
  });

  it('restores a backup over a database that holds other data, leaving none of it', async () => {
    const db = freshDb();
    await fill(db, sampleTables(40, 1));
    const { text } = await exportBackup(db, NOW);
    await clearAllData(db);
    await fill(db, sampleTables(80, 2));
    await db.contacts.add({ id: 'linkedin:in/only-here', site: 'linkedin', name: 'Only Here', aliases: [], createdAt: 1, updatedAt: 1 });
    expect((await importBackupText(db, text)).ok).toBe(true);
    expect(await db.contacts.get('linkedin:in/only-here')).toBeUndefined();
    expect(await dumpDatabase(db)).toEqual(inKeyOrder(sampleTables(40, 1)));
  });

  it('round-trips 100,000 records: file → database → file, every record equal', async () => {
    const db = freshDb();
    const original = sampleTables(100_000, 7);
    const total = BACKUP_TABLES.reduce((n, t) => n + original[t].length, 0);
    expect(total).toBeGreaterThanOrEqual(100_000);
    const text = JSON.stringify(makeBackup(original, NOW));

    const t0 = performance.now();
    const result = await importBackupText(db, text);
    const t1 = performance.now();
    const exported = await exportBackup(db, NOW + 1);
    const t2 = performance.now();

    expect(result.ok).toBe(true);
    expect(exported.problem).toBeUndefined();
    const again = parseBackup(exported.text);
    if (!again.ok) throw new Error(again.problem.code);
    expect(again.value.tables).toEqual(inKeyOrder(original));
    console.log(
      `[backup] ${total} records, ${(text.length / 1e6).toFixed(1)} MB: validate + import ${(t1 - t0).toFixed(0)} ms, ` +
        `export (with its own check) ${(t2 - t1).toFixed(0)} ms (fake-indexeddb)`,
    );
  }, 60_000);
});
