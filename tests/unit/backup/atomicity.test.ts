import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../../utils/backup/exportBackup';
import { importBackupText } from '../../../utils/backup/importBackup';
import { makeBackup } from '../../../utils/backup/makeBackup';
import { freshDb } from '../db/testDb';
import { fill, fingerprint } from './dbHelpers';
import { sampleTables } from './sampleTables';

const NOW = Date.UTC(2026, 10, 25);
const incoming = JSON.stringify(makeBackup(sampleTables(300, 11), NOW));

/** Makes the database fail on the first write to `table` after `arm()`, as a full disk would. */
function failingWrites(table: string): { middleware: Middleware<DBCore>; arm: () => void; fired: () => number } {
  let armed = false;
  let fired = 0;
  return {
    arm: () => (armed = true),
    fired: () => fired,
    middleware: {
      stack: 'dbcore',
      name: 'fail-writes',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return {
            ...t,
            mutate: (req) => {
              if (armed && name === table && req.type === 'add') {
                fired += 1;
                return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
              }
              return t.mutate(req);
            },
          };
        },
      }),
    },
  };
}

describe('a failure in the middle of an import', () => {
  for (const table of ['interactions', 'dueStates']) {
    it(`leaves the database exactly as before when writing ${table} fails (after earlier tables were cleared and written)`, async () => {
      const db = freshDb();
      const fault = failingWrites(table);
      db.use(fault.middleware);
      await fill(db, sampleTables(120, 5));
      const before = await fingerprint(db);
      fault.arm();
      const result = await importBackupText(db, incoming);
      expect(fault.fired()).toBe(1);
      expect(result).toMatchObject({ ok: false, problem: { code: 'write-failed' } });
      if (!result.ok) expect(result.problem).toMatchObject({ detail: expect.stringContaining('QuotaExceededError') });
      expect(await fingerprint(db)).toBe(before);
    });
  }

  it('leaves the database exactly as before when a bulkAdd throws', async () => {
    const db = freshDb();
    await fill(db, sampleTables(120, 5));
    const before = await fingerprint(db);
    const spy = vi.spyOn(db.table('introductions'), 'bulkAdd').mockImplementation(() => {
      throw new Error('injected');
    });
    const result = await importBackupText(db, incoming);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(result).toMatchObject({ ok: false, problem: { code: 'write-failed', detail: 'Error: injected' } });
    expect(await fingerprint(db)).toBe(before);
    // And the database still works: the same import, without the fault, goes through.
    expect((await importBackupText(db, incoming)).ok).toBe(true);
    expect(await fingerprint(db)).not.toBe(before);
  });

  it('keeps the data when the backup being restored is the one just exported and the write fails', async () => {
    const db = freshDb();
    const fault = failingWrites('contacts');
    db.use(fault.middleware);
    await fill(db, sampleTables(60, 8));
    const { text } = await exportBackup(db, NOW);
    const before = await fingerprint(db);
    fault.arm();
    expect((await importBackupText(db, text)).ok).toBe(false);
    expect(await fingerprint(db)).toBe(before);
  });
});
