// Schema version 6 makes the due digest again with each contact's exchanges each way counted
// (whom keeping in touch applies to) and those of people without a record kept. A version 3
// database, full of years of use and with the digest of its day, is upgraded when the new release
// opens it: nothing may be lost, and the digest must be what the records make.
import { afterEach, describe, expect, it } from 'vitest';
import { RelaisDB } from '../../../utils/db/database';
import { DUE_DIGEST_TABLE, isBucket } from '../../../utils/db/dueDigest/digestBucket';
import { rebuildDueDigest } from '../../../utils/db/dueDigest/rebuildDueDigest';
import { SCHEMA_VERSIONS } from '../../../utils/db/schema';
import { dueListQuery } from '../../../utils/engine/dueListQuery';
import { countExchanges } from '../../../utils/rules/keptInTouch';
import { digestEntries, readAll } from '../../reliability/upgrade/harness';
import { choicesOn, dueNetwork, fillAll } from '../engine/dueNetwork';
import { fullScan, itemsOf, keysOf } from '../engine/fullScan';
import { act, NOW } from '../rules/fixtures';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new RelaisDB(name).delete();
});

describe('upgrading a populated version 3 database to version 6', () => {
  it('keeps every record, counts every contact’s exchanges, keeps those of people without a record, and the due list is the full scan’s', { timeout: 120_000 }, async () => {
    const name = `relais-v3-to-v6-${process.pid}-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const data = dueNetwork({ contacts: 2_000, interactions: 20_000, introductions: 120, nextSteps: 150 }, NOW);
    // Someone whose record is gone and whose history stayed.
    data.interactions.push(act('linkedin:in/left-behind', 'message-received', NOW - 40 * 86_400_000), act('linkedin:in/left-behind', 'meeting', NOW - 30 * 86_400_000));
    const old = new RelaisDB(name, { versions: SCHEMA_VERSIONS.filter((v) => v.version <= 3) });
    await fillAll(old, data);
    await old.dueStates.bulkPut(choicesOn(await fullScan(old, undefined, NOW), NOW));
    expect(old.verno).toBe(3);
    // The digest as version 3's code wrote it: buckets without the exchanges' columns, no orphans.
    // (This code keeps the new shape even at version 3: the old one is written back raw.)
    const digestTable = old.table(DUE_DIGEST_TABLE);
    const v3Shape = (await digestTable.toArray()).filter((r) => r.bucket !== 'orphanExchanges').map(({ sent, received, ...rest }) => rest);
    await old.transaction('rw', digestTable, async () => {
      await digestTable.clear();
      await digestTable.bulkPut(v3Shape);
    });
    expect(v3Shape.length).toBeGreaterThan(30);
    expect((await digestTable.toArray()).some(isBucket)).toBe(false);
    const before = await readAll(old);
    old.close();

    const db = new RelaisDB(name);
    names.push(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await readAll(db)).toEqual(before);
    const digest = (await digestEntries(db))!;
    const byContact = new Map<string, typeof data.interactions>();
    for (const i of data.interactions) byContact.set(i.contactId, [...(byContact.get(i.contactId) ?? []), i]);
    let twoWay = 0;
    for (const c of data.contacts) {
      const counted = countExchanges(byContact.get(c.id) ?? []);
      expect(digest.get(c.id), c.id).toMatchObject(counted);
      if (Math.min(counted.sent, counted.received) >= 2) twoWay += 1;
    }
    // Enough of both kinds for the counts to matter.
    expect(twoWay).toBeGreaterThan(100);
    expect(data.contacts.length - twoWay).toBeGreaterThan(100);
    expect(digest.get('list:orphanExchanges')).toEqual([['linkedin:in/left-behind', [1, 2]]]);
    // What the upgrade made is what the records make.
    await rebuildDueDigest(db);
    expect(await digestEntries(db)).toEqual(digest);
    expect(keysOf(itemsOf(await dueListQuery(db, undefined, NOW)))).toEqual(keysOf(await fullScan(db, undefined, NOW)));
    db.close();
  });
});
