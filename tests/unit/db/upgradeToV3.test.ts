// Schema version 2 adds two indexes on contacts (own cadence, creation date) for the due list. An
// existing database, full of years of use, is upgraded when the new release opens it: nothing may
// be lost, and the due list the user sees must not change because of it.
import { afterEach, describe, expect, it } from 'vitest';
import { RelaisDB } from '../../../utils/db/database';
import { SCHEMA_VERSIONS } from '../../../utils/db/schema';
import { dueListQuery } from '../../../utils/engine/dueListQuery';
import type { Settings } from '../../../utils/model/settings';
import { choicesOn, dueNetwork, fillAll } from '../engine/dueNetwork';
import { fullScan, keysOf } from '../engine/fullScan';
import { NOW } from '../rules/fixtures';

const dueList = async (db: RelaisDB, settings: Partial<Settings> | undefined) => keysOf((await dueListQuery(db, settings, NOW)).items);
const V1 = SCHEMA_VERSIONS.filter((v) => v.version === 1);
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new RelaisDB(name).delete();
});

async function everything(db: RelaisDB) {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

describe('upgrading a populated version 1 database to version 2', () => {
  it('keeps every record, indexes own cadences and creation dates, and shows the same due list', { timeout: 120_000 }, async () => {
    const name = `relais-v1-to-v2-${process.pid}-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const data = dueNetwork({ contacts: 2_000, interactions: 20_000, introductions: 120, nextSteps: 150 }, NOW);
    const v1 = new RelaisDB(name, { versions: V1 });
    await fillAll(v1, data);
    await v1.dueStates.bulkPut(choicesOn(await fullScan(v1, undefined, NOW), NOW));
    const tight = { cadenceDays: { close: 20, regular: 45, weak: 120 }, quietDays: [0] };
    expect(v1.verno).toBe(1);
    const before = await everything(v1);
    const dueBefore = await dueList(v1, undefined);
    const tightBefore = await dueList(v1, tight);
    v1.close();

    const v2 = new RelaisDB(name);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await everything(v2)).toEqual(before);
    const own = data.contacts.filter((c) => c.cadenceDays !== undefined);
    expect((await v2.contacts.where('cadenceDays').above(0).primaryKeys()).sort()).toEqual(own.map((c) => c.id).sort());
    expect(await v2.contacts.where('createdAt').aboveOrEqual(0).count()).toBe(data.contacts.length);

    const dueAfter = await dueList(v2, undefined);
    expect(dueAfter.length).toBeGreaterThan(100);
    expect(dueAfter).toEqual(dueBefore);
    expect(dueAfter).toEqual(keysOf(await fullScan(v2, undefined, NOW)));
    expect(await dueList(v2, tight)).toEqual(tightBefore);
    v2.close();
  });
});
