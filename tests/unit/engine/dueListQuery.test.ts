import { afterEach, describe, expect, it } from 'vitest';
import { RelaisDB } from '../../../utils/db/database';
import { SCHEMA_VERSIONS } from '../../../utils/db/schema';
import { dueItems, type DueItem } from '../../../utils/engine/dueItems';
import { dueListQuery } from '../../../utils/engine/dueListQuery';
import type { Settings } from '../../../utils/model/settings';
import { act, at, DAY, intro, NOW, person, promise } from '../rules/fixtures';
import { buildNetwork, fillDb, FULL_SIZE } from './bigNetwork';

let n = 0;
const open: RelaisDB[] = [];
function freshDb(): RelaisDB {
  const db = new RelaisDB(`relais-due-${process.pid}-${++n}-${Math.random().toString(36).slice(2)}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

/** A database as schema 1 left it (no index on own cadences): the query must still be right. */
const atVersion1 = (name: string) => new RelaisDB(name, { versions: SCHEMA_VERSIONS.filter((v) => v.version === 1) });

/** The same list from a scan of every table: the reference the indexed query must match. */
async function fullScan(db: RelaisDB, settings: Partial<Settings> | undefined, now: number): Promise<DueItem[]> {
  const [contacts, interactions, introductions, nextSteps, dueStates] = await Promise.all([
    db.contacts.toArray(),
    db.interactions.toArray(),
    db.introductions.toArray(),
    db.nextSteps.toArray(),
    db.dueStates.toArray(),
  ]);
  return dueItems({ contacts, interactions, introductions, nextSteps, dueStates, settings, now });
}

const keys = (items: DueItem[]) => items.map((i) => `${i.category} ${i.finding.key}`);

describe('dueListQuery: the due list from indexes', () => {
  it('finds owed updates, promises and keep-warm items, honouring snoozes and dismissals', async () => {
    const db = freshDb();
    const marc = person('marc', 'Marc Dupont', { lastInteractionAt: NOW - 5 * DAY });
    const sophie = person('sophie', 'Sophie Martin', { lastInteractionAt: NOW - 9 * DAY });
    const old = person('old', 'Olivier Ancien', { lastInteractionAt: at(2024, 11, 1) });
    const snoozed = person('snz', 'Sam Snooze', { lastInteractionAt: at(2024, 10, 1) });
    const fresh = person('fresh', 'Fanny Récente', { lastInteractionAt: NOW - DAY });
    await db.contacts.bulkAdd([marc, sophie, old, snoozed, fresh]);
    await db.interactions.bulkAdd([
      act(marc, 'message-sent', NOW - 5 * DAY),
      act(sophie, 'meeting', NOW - 9 * DAY),
      act(old, 'message-sent', at(2024, 11, 1)),
      act(snoozed, 'message-sent', at(2024, 10, 1)),
      act(fresh, 'message-sent', NOW - DAY),
    ]);
    await db.introductions.add(intro(marc, sophie, at(2025, 2, 20)));
    await db.nextSteps.bulkAdd([promise(fresh, 'le lien', NOW - DAY), promise(old, 'plus tard', NOW + DAY), promise(marc, 'fait', NOW - DAY, { doneAt: NOW - 2 * DAY })]);
    await db.dueStates.add({ key: `keep-warm:${snoozed.id}:${at(2024, 10, 1)}`, snoozedUntil: NOW + DAY });

    const items = await dueListQuery(db, undefined, NOW);
    expect(items.map((i) => [i.category, i.finding.action?.contactId ?? i.finding.contactId])).toEqual([
      ['update', marc.id],
      ['promise', fresh.id],
      ['keep-warm', old.id],
    ]);
    expect(items[0].finding.reason.en).toContain('Tell Marc Dupont how it went with Sophie Martin');
    expect(keys(items)).toEqual(keys(await fullScan(db, undefined, NOW)));

    // The snooze ends: Sam comes back.
    const later = await dueListQuery(db, undefined, NOW + 2 * DAY);
    expect(later.some((i) => i.finding.contactId === snoozed.id)).toBe(true);
  });

  it('an empty database has an empty due list', async () => {
    expect(await dueListQuery(freshDb(), undefined, NOW)).toEqual([]);
  });

  it('follows the settings: a shorter cadence brings more contacts in', async () => {
    const db = freshDb();
    const c = person('c', 'Chloé', { lastInteractionAt: NOW - 20 * DAY });
    await db.contacts.add(c);
    await db.interactions.add(act(c, 'message-sent', NOW - 20 * DAY));
    expect(await dueListQuery(db, undefined, NOW)).toEqual([]);
    const tight = { cadenceDays: { close: 10, regular: 14, weak: 30 } };
    expect((await dueListQuery(db, tight, NOW)).map((i) => i.finding.contactId)).toEqual([c.id]);
  });

  it('reads tiers and own cadences from indexes, misses no one with their own rhythm', async () => {
    const db = freshDb();
    const data = buildNetwork({ contacts: 1500, interactions: 12_000, introductions: 60, nextSteps: 80 }, NOW, 7);
    // Some contacts keep their own rhythm, shorter and longer than their tier's.
    data.contacts.forEach((c, k) => {
      if (k % 11 === 0) c.cadenceDays = k % 2 ? 7 : 400;
    });
    await fillDb(db, data);
    const fromIndexes = await dueListQuery(db, undefined, NOW);
    expect(fromIndexes.some((i) => i.category === 'keep-warm' && data.contacts.find((c) => c.id === i.finding.contactId)?.cadenceDays === 7)).toBe(true);
    expect(keys(fromIndexes)).toEqual(keys(await fullScan(db, undefined, NOW)));
    const tight = { cadenceDays: { close: 5, regular: 20, weak: 45 } };
    expect(keys(await dueListQuery(db, tight, NOW))).toEqual(keys(await fullScan(db, tight, NOW)));
  });

  it(
    '10,000 contacts and 100,000 interactions: same list as a full scan, from indexes (time printed)',
    async () => {
      const name = `relais-due-big-${process.pid}-${++n}`;
      let db = atVersion1(name);
      await fillDb(db, buildNetwork(FULL_SIZE, NOW));
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const counts = (items: DueItem[]) => ['update', 'promise', 'keep-warm'].map((c) => items.filter((i) => i.category === c).length);
      for (const schema of ['schema 1, before the upgrade', 'current schema']) {
        if (schema !== 'schema 1, before the upgrade') {
          db.close();
          db = new RelaisDB(name);
        }
        const indexed: number[] = [];
        const scanned: number[] = [];
        let fromIndexes: DueItem[] = [];
        let fromScan: DueItem[] = [];
        for (let run = 0; run < 5; run++) {
          let t = performance.now();
          fromIndexes = await dueListQuery(db, undefined, NOW);
          indexed.push(performance.now() - t);
          t = performance.now();
          fromScan = await fullScan(db, undefined, NOW);
          scanned.push(performance.now() - t);
        }
        console.log(
          `due list, ${FULL_SIZE.contacts} contacts / ${FULL_SIZE.interactions} interactions (fake-indexeddb, ${schema}): ` +
            `indexed ${median(indexed).toFixed(1)} ms median (runs: ${indexed.map((x) => x.toFixed(0)).join(', ')}), ` +
            `full scan ${median(scanned).toFixed(1)} ms, ratio ${(median(indexed) / median(scanned)).toFixed(2)}; ` +
            `items update/promise/keep-warm = ${counts(fromIndexes).join('/')}`,
        );
        expect(counts(fromIndexes).every((c) => c > 0)).toBe(true);
        expect(keys(fromIndexes)).toEqual(keys(fromScan));
      }
      open.push(db);
    },
    240_000,
  );
});
