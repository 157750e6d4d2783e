import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../utils/backup/databaseIo';
import { importBackupText } from '../../../utils/backup/importBackup';
import { parseBackup } from '../../../utils/backup/parseBackup';
import { BACKUP_UPGRADES, upgradeTables, type BackupUpgrade } from '../../../utils/backup/upgrades';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../utils/db/schema';
import { rebuildDueDigest } from '../../../utils/db/dueDigest/rebuildDueDigest';
import { digestEntries, digestPeople } from '../../reliability/upgrade/harness';
import { freshDb } from '../db/testDb';
import { BASE_TABLES, BASE_TEXT } from './badFiles';
import { inKeyOrder } from './dbHelpers';

describe('backups from older schema versions', () => {
  it('has an upgrade step from every older schema version, so no old backup is ever refused for its age', () => {
    for (const { version } of SCHEMA_VERSIONS.slice(0, -1)) expect(BACKUP_UPGRADES[version], `upgrade from v${version}`).toBeTypeOf('function');
  });

  it('accepts a backup of the current version unchanged', () => {
    const result = parseBackup(BASE_TEXT);
    expect(result.ok && result.value.fromSchemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it.each([1, 2, 3])('restores a version %i backup into the current database: every record, and the due digest made from them', async (version) => {
    const old = JSON.stringify({ ...JSON.parse(BASE_TEXT), schemaVersion: version });
    const db = freshDb();
    const result = await importBackupText(db, old);
    expect(result.ok).toBe(true);
    expect(await dumpDatabase(db)).toEqual(inKeyOrder(BASE_TABLES));
    // The digest the due list reads is derived from the restored rows as they were written.
    const written = await digestEntries(db);
    expect(digestPeople(written!).sort()).toEqual(BASE_TABLES.contacts.map((c) => c.id).sort());
    await rebuildDueDigest(db);
    expect(written).toEqual(await digestEntries(db));
    db.close();
  });

  it('runs the steps in order from the file’s version to the current one', () => {
    const steps: Record<number, BackupUpgrade> = {
      1: (t) => ({ ...t, contacts: t.contacts.map((c) => ({ ...(c as object), v2: true })) }),
      2: (t) => ({ ...t, contacts: t.contacts.map((c) => ({ ...(c as object), v3: true })), newTable: [] }),
    };
    const result = upgradeTables({ contacts: [{ id: 'a' }] }, 1, 3, steps);
    expect(result).toEqual({ ok: true, value: { contacts: [{ id: 'a', v2: true, v3: true }], newTable: [] } });
    expect(upgradeTables({ contacts: [{ id: 'a' }] }, 2, 3, steps)).toEqual({ ok: true, value: { contacts: [{ id: 'a', v3: true }], newTable: [] } });
  });

  it('refuses, with the reason, a backup whose upgrade is missing or fails — never a half-upgraded one', () => {
    expect(upgradeTables({}, 1, 3, { 2: (t) => t })).toEqual({ ok: false, problem: { code: 'no-upgrade', found: 1 } });
    const failing = upgradeTables({ contacts: [] }, 1, 2, {
      1: () => {
        throw new Error('contact without id');
      },
    });
    expect(failing).toEqual({ ok: false, problem: { code: 'upgrade-failed', found: 1, detail: 'contact without id' } });
  });
});
