import { beforeAll, describe, expect, it } from 'vitest';
import { describeProblem } from '../../../utils/backup/describeProblem';
import { MAX_BACKUP_BYTES } from '../../../utils/backup/format';
import { importBackupText, readBackupFile } from '../../../utils/backup/importBackup';
import { parseBackup } from '../../../utils/backup/parseBackup';
import type { RelaisDB } from '../../../utils/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../utils/db/schema';
import { freshDb } from '../db/testDb';
import { BASE_TEXT, generateBadFiles } from './badFiles';
import { fill, fingerprint } from './dbHelpers';
import { sampleTables } from './sampleTables';

// Above the largest over-long field the generator writes (100,001 characters), below the oversized files.
const MAX = BASE_TEXT.length + 300_000;
const FILES = generateBadFiles(MAX);

function readable(message: string): boolean {
  return message.length > 20 && !/\{\w+\}/.test(message) && !message.includes('backup.problem') && !message.includes('backup.issue');
}

describe('bad backups', () => {
  let db: RelaisDB;
  let before: string;
  beforeAll(async () => {
    db = freshDb();
    await fill(db, sampleTables(50, 9));
    before = await fingerprint(db);
  });

  it('accepts the valid file the bad ones are made from (so each refusal comes from what was broken)', () => {
    expect(parseBackup(BASE_TEXT, { maxChars: MAX }).ok).toBe(true);
  });

  it(`refuses ${FILES.length} malformed, truncated, oversized, wrong-version and foreign files, each with a message saying what is wrong, changing nothing`, async () => {
    expect(FILES.length).toBeGreaterThanOrEqual(1000);
    const families = new Map<string, number>();
    for (const file of FILES) {
      const result = await importBackupText(db, file.text, { maxChars: MAX });
      if (result.ok) throw new Error(`accepted: ${file.family} / ${file.name}`);
      const expected = Array.isArray(file.expect) ? file.expect : [file.expect];
      const matches = expected.some((e) => Object.entries(e).every(([k, v]) => (result.problem as Record<string, unknown>)[k] === v));
      expect(matches, `${file.family} / ${file.name}: got ${JSON.stringify(result.problem)}`).toBe(true);
      const en = describeProblem('en', result.problem);
      const fr = describeProblem('fr', result.problem);
      expect(readable(en) && readable(fr) && en !== fr, `${file.name}: ${en} / ${fr}`).toBe(true);
      families.set(file.family, (families.get(file.family) ?? 0) + 1);
    }
    expect(await fingerprint(db)).toBe(before);
    console.log(`[backup] ${FILES.length} bad files refused, database unchanged: ${[...families].map(([f, n]) => `${f} ${n}`).join(', ')}`);
  });

  it('names the record, the field and the fault in both languages', () => {
    const b = JSON.parse(BASE_TEXT);
    b.tables.interactions[3].at = 'hier';
    const result = parseBackup(JSON.stringify(b));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeProblem('en', result.problem)).toBe('Record 4 of “interactions”: “at” has the wrong type (expected number, found "hier").');
    expect(describeProblem('fr', result.problem)).toBe('Enregistrement 4 de « interactions » : « at » n’a pas le bon type (attendu : number, trouvé : "hier").');
  });

  it('tells a backup from a newer Relais by its version, and says to update', () => {
    const b = JSON.parse(BASE_TEXT);
    b.schemaVersion = 7;
    const result = parseBackup(JSON.stringify(b));
    if (result.ok) throw new Error('accepted');
    expect(describeProblem('en', result.problem)).toMatch(new RegExp(`newer version of Relais \\(database version 7; this version knows up to ${CURRENT_SCHEMA_VERSION}\\)\\. Update Relais`));
    expect(describeProblem('fr', result.problem)).toMatch(/plus récente.*version 7.*Mettez Relais à jour/);
  });

  it('refuses a file larger than 200 MB before reading it', async () => {
    let read = false;
    const huge = { size: MAX_BACKUP_BYTES + 1, text: async () => ((read = true), '') } as unknown as Blob;
    const result = await readBackupFile(huge);
    expect(result).toMatchObject({ ok: false, problem: { code: 'too-large' } });
    expect(read).toBe(false);
    if (!result.ok) expect(describeProblem('en', result.problem)).toContain('200 MB');
  });

  it('shows text from a hostile file as short plain text in the message', () => {
    const b = JSON.parse(BASE_TEXT);
    b.tables.contacts[0].tier = `<img src=x onerror=alert(1)>${'x'.repeat(10_000)}`;
    const result = parseBackup(JSON.stringify(b));
    if (result.ok) throw new Error('accepted');
    const message = describeProblem('en', result.problem);
    expect(message.length).toBeLessThan(300);
    expect(message).toContain('<img src=x onerror=alert(1)>');
  });
});
