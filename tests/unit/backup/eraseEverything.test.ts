import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { eraseEverything } from '../../../utils/backup/eraseEverything';
import { BACKUP_TABLES } from '../../../utils/backup/format';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { loadSettings, saveSettings } from '../../../utils/settings/settingsStore';
import { freshDb } from '../db/testDb';
import { fill, fingerprint } from './dbHelpers';
import { sampleTables } from './sampleTables';

describe('erase everything', () => {
  it('empties every table and puts the settings back to their defaults', async () => {
    fakeBrowser.reset();
    const db = freshDb();
    await fill(db, sampleTables(100));
    await saveSettings({ cadenceDays: { close: 10, regular: 20, weak: 40 }, language: 'fr', quietDays: [3] });
    await eraseEverything(db);
    for (const name of BACKUP_TABLES) expect(await db.table(name).count(), name).toBe(0);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('erases nothing, settings included, when the database cannot be cleared', async () => {
    fakeBrowser.reset();
    const db = freshDb();
    await fill(db, sampleTables(40));
    await saveSettings({ dailyOutreachLimit: 3 });
    const before = await fingerprint(db);
    db.close();
    await expect(eraseEverything(db)).rejects.toThrow();
    await db.open();
    expect(await fingerprint(db)).toBe(before);
    expect((await loadSettings()).dailyOutreachLimit).toBe(3);
  });
});
