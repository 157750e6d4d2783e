// Schema version 3 adds the due digest (utils/db/dueDigest/), made by the upgrade from the data
// already stored, and drops schema 2's two indexes. An existing database, full of years of use, is
// upgraded when the new release opens it: nothing may be lost, and the due list the user sees must
// not change because of it.
import { afterEach, describe, expect, it } from 'vitest';
import { RelaisDB } from '../../../utils/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../utils/db/schema';
import { dueListQuery } from '../../../utils/engine/dueListQuery';
import type { Settings } from '../../../utils/model/settings';
import { digestEntries, digestPeople, readAll } from '../../reliability/upgrade/harness';
import { choicesOn, dueNetwork, fillAll } from '../engine/dueNetwork';
import { fullScan, itemsOf, keysOf } from '../engine/fullScan';
import { NOW } from '../rules/fixtures';

const dueList = async (db: RelaisDB, settings: Partial<Settings> | undefined) => keysOf(itemsOf(await dueListQuery(db, settings, NOW)));
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new RelaisDB(name).delete();
});

describe('upgrading a populated database to version 3', () => {
  it.each([1, 2])('from version %i: keeps every record, makes the due digest, and shows the same due list', { timeout: 120_000 }, async (from) => {
    const name = `relais-v${from}-to-v3-${process.pid}-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const data = dueNetwork({ contacts: 2_000, interactions: 20_000, introductions: 120, nextSteps: 150 }, NOW);
    const old = new RelaisDB(name, { versions: SCHEMA_VERSIONS.filter((v) => v.version <= from) });
    await fillAll(old, data);
    await old.dueStates.bulkPut(choicesOn(await fullScan(old, undefined, NOW), NOW));
    const tight = { cadenceDays: { close: 20, regular: 45, weak: 120 }, quietDays: [0] };
    expect(old.verno).toBe(from);
    expect(await digestEntries(old)).toBeUndefined();
    const before = await readAll(old);
    const dueBefore = keysOf(await fullScan(old, undefined, NOW));
    const tightBefore = keysOf(await fullScan(old, tight, NOW));
    old.close();

    const db = new RelaisDB(name);
    await db.open();
    // Through version 3 to the current one (version 6 makes the digest again: upgradeToV6.test.ts).
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await readAll(db)).toEqual(before);
    expect(db.contacts.schema.indexes.map((i) => i.name)).not.toContain('cadenceDays');
    // One entry per contact, and the people of introductions with their chain rows.
    const digest = (await digestEntries(db))!;
    expect(digestPeople(digest).sort()).toEqual(data.contacts.map((c) => c.id).sort());
    expect(digest.get('list:introductions')).toHaveLength(data.introductions.length);
    const members = new Set(data.introductions.flatMap((i) => [i.contactId, i.recommenderId]));
    expect([...digest].filter(([, e]) => (e as { chain?: unknown }).chain).map(([id]) => id).sort()).toEqual([...members].sort());

    const dueAfter = await dueList(db, undefined);
    expect(dueAfter.length).toBeGreaterThan(100);
    expect(dueAfter).toEqual(dueBefore);
    expect(await dueList(db, tight)).toEqual(tightBefore);
    db.close();
  });
});
