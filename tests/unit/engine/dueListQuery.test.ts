import { afterEach, describe, expect, it } from 'vitest';
import { RelaisDB } from '../../../utils/db/database';
import { SCHEMA_VERSIONS } from '../../../utils/db/schema';
import type { DueItem } from '../../../utils/engine/dueItems';
import { dueListQuery as pageQuery } from '../../../utils/engine/dueListQuery';
import type { Settings } from '../../../utils/model/settings';
import { act, at, DAY, intro, NOW, person, promise } from '../rules/fixtures';
import { buildNetwork, fillDb, FULL_SIZE } from './bigNetwork';
import { choicesOn, dueNetwork, fillAll } from './dueNetwork';
import { fullScan, keysOf as keys } from './fullScan';

/** The whole list (no limit): what the full-scan reference is compared with. */
const dueListQuery = async (db: RelaisDB, settings: Partial<Settings> | undefined, now: number) => (await pageQuery(db, settings, now)).items;

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

describe('dueListQuery: the due list from the candidates that can be due', () => {
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

  it('misses no one with their own rhythm, shorter or longer than their tier’s', async () => {
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
    '10,000 contacts and 100,000 interactions: same list as a full scan, on schema 1 and 2 (time printed)',
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

describe('a page of the due list, and its length', () => {
  // Settings that move every boundary: tighter tiers and Sunday quiet; no quiet day; an import
  // window that keeps nothing imported, and one that keeps a year of it.
  const SETTINGS: [string, Partial<Settings> | undefined][] = [
    ['default settings', undefined],
    ['tight cadences, Sundays quiet', { cadenceDays: { close: 14, regular: 40, weak: 100 }, quietDays: [0] }],
    ['no quiet day, no import window', { quietDays: [], importReminderWindowDays: 0 }],
    ['a year of import window', { importReminderWindowDays: 365 }],
  ];
  const NOWS = [NOW, at(2025, 3, 15, 12) /* a Saturday */, NOW + 40 * DAY];

  for (const schema of ['current schema', 'schema 1, before the upgrade'] as const) {
    it(`${schema}: every page equals that slice of the whole list, every total its length, and the whole list the full scan`, { timeout: 120_000 }, async () => {
      const db = schema === 'current schema' ? freshDb() : atVersion1(`relais-due-pages-${process.pid}-${++n}`);
      open.push(db);
      const data = dueNetwork({ contacts: 1_200, interactions: 9_000, introductions: 80, nextSteps: 120 }, NOW, 5);
      await fillAll(db, data);
      await db.dueStates.bulkPut(choicesOn(await fullScan(db, undefined, NOW), NOW));
      let compared = 0;
      for (const [, settings] of SETTINGS) {
        for (const now of NOWS) {
          const whole = await pageQuery(db, settings, now);
          expect(keys(whole.items)).toEqual(keys(await fullScan(db, settings, now)));
          expect(whole.total).toBe(whole.items.length);
          const head = whole.counts.update + whole.counts.promise;
          expect(whole.counts['keep-warm']).toBe(whole.total - head);
          for (const [offset, limit] of [[0, 0], [0, 1], [0, 12], [0, head + 3], [5, 12], [head - 1, 2], [head, 12], [whole.total - 3, 12], [whole.total + 2, 12], [0, whole.total + 5]]) {
            const page = await pageQuery(db, settings, now, { offset: Math.max(0, offset), limit });
            expect(keys(page.items), `offset ${offset}, limit ${limit}`).toEqual(keys(whole.items.slice(Math.max(0, offset), Math.max(0, offset) + limit)));
            expect(page.total).toBe(whole.total);
            expect(page.counts).toEqual(whole.counts);
            // Same items, not only the same keys: the text the popup shows.
            expect(page.items.map((i) => i.finding.reason.fr)).toEqual(whole.items.slice(Math.max(0, offset), Math.max(0, offset) + limit).map((i) => i.finding.reason.fr));
            compared += 1;
          }
        }
      }
      expect(compared).toBe(SETTINGS.length * NOWS.length * 10);
    });
  }

  it('the network holds every hard case: own cadences under every tier, imported history in and out of the window, snoozes and dismissals', async () => {
    const db = freshDb();
    const data = dueNetwork({ contacts: 1_200, interactions: 9_000, introductions: 80, nextSteps: 120 }, NOW, 5);
    await fillAll(db, data);
    const before = await fullScan(db, undefined, NOW);
    const choices = choicesOn(before, NOW);
    await db.dueStates.bulkPut(choices);
    const { items } = await pageQuery(db, undefined, NOW);
    const byId = new Map(data.contacts.map((c) => [c.id, c]));
    const warm = items.filter((i) => i.category === 'keep-warm').map((i) => byId.get(i.finding.contactId!)!);
    expect(warm.some((c) => c.cadenceDays === 7 || c.cadenceDays === 12)).toBe(true);
    const imported = data.contacts.filter((c) => c.lastInteractionAt !== undefined && c.lastInteractionAt < c.createdAt);
    expect(warm.some((c) => imported.includes(c) && c.tier === undefined && c.cadenceDays === undefined)).toBe(true);
    expect(warm.some((c) => imported.includes(c) && c.tier === 'regular')).toBe(true);
    // Imported, not chosen, and long overdue: left out by the window.
    const outOfWindow = imported.filter((c) => c.tier === undefined && c.cadenceDays === undefined && c.lastInteractionAt! < NOW - 400 * DAY);
    expect(outOfWindow.length).toBeGreaterThan(0);
    expect(warm.filter((c) => outOfWindow.includes(c))).toEqual([]);
    const hidden = choices.filter((s) => s.dismissedAt !== undefined || (s.snoozedUntil ?? 0) > NOW).map((s) => s.key);
    expect(hidden.length).toBeGreaterThan(10);
    expect(items.filter((i) => hidden.includes(i.finding.key))).toEqual([]);
    const snoozeOver = choices.filter((s) => s.snoozedUntil !== undefined && s.snoozedUntil <= NOW).map((s) => s.key);
    expect(snoozeOver.length).toBeGreaterThan(0);
    expect(snoozeOver.every((k) => items.some((i) => i.finding.key === k))).toBe(true);
    // Dismissals of earlier cycles (another last exchange) hide nothing now.
    expect(items.length).toBe(before.length - hidden.filter((k) => before.some((i) => i.finding.key === k)).length);
    expect(hidden.some((k) => !before.some((i) => i.finding.key === k))).toBe(true);
  });

  it('a snooze, a dismissal or a new exchange moves the page and the total at once', async () => {
    const db = freshDb();
    await fillAll(db, dueNetwork({ contacts: 600, interactions: 4_000, introductions: 30, nextSteps: 40 }, NOW, 9));
    const owed = (await pageQuery(db, undefined, NOW, { limit: 0 })).counts;
    const offset = owed.update + owed.promise;
    const first = await pageQuery(db, undefined, NOW, { offset, limit: 12 });
    const warm = first.items.filter((i) => i.category === 'keep-warm');
    expect(warm.length).toBeGreaterThan(2);
    await db.dueStates.put({ key: warm[0].finding.key, dismissedAt: NOW });
    await db.dueStates.put({ key: warm[1].finding.key, snoozedUntil: NOW + 7 * DAY });
    const c = warm[2].finding.contactId!;
    await db.contacts.update(c, { lastInteractionAt: NOW - DAY });
    const next = await pageQuery(db, undefined, NOW, { offset, limit: 12 });
    expect(next.total).toBe(first.total - 3);
    expect(keys(next.items)).not.toContain(keys([warm[0]])[0]);
    expect(next.items.some((i) => i.finding.contactId === c && i.category === 'keep-warm')).toBe(false);
    // A week later the snooze is over: that reminder is back.
    const later = await pageQuery(db, undefined, NOW + 8 * DAY);
    expect(keys(later.items)).toContain(keys([warm[1]])[0]);
  });

  it('reads each contact that can be due once, and a page of twelve reads nothing more than the count', async () => {
    const db = freshDb();
    const reads = countRecordReads(db, 'contacts');
    const data = dueNetwork({ contacts: 1_500, interactions: 12_000, introductions: 40, nextSteps: 60 }, NOW, 11);
    await fillAll(db, data);
    const whole = await pageQuery(db, undefined, NOW);
    expect(whole.counts['keep-warm']).toBeGreaterThan(300);
    reads.n = 0;
    const count = await pageQuery(db, undefined, NOW, { limit: 0 });
    expect(count.items).toEqual([]);
    expect(count.total).toBe(whole.total);
    const withHistory = data.contacts.filter((c) => c.lastInteractionAt !== undefined).length;
    // The contacts with a history, plus the few people of introductions and promises without one.
    expect(reads.n).toBeLessThanOrEqual(withHistory + 2 * data.introductions.length + data.nextSteps.length);
    const counted = reads.n;
    reads.n = 0;
    const last = await pageQuery(db, undefined, NOW, { limit: 12, offset: whole.total - 12 });
    expect(last.items).toHaveLength(12);
    expect(reads.n).toBe(counted);
  });
});

/** Counts the records (not keys) a table hands out, through Dexie's middleware. */
function countRecordReads(db: RelaisDB, table: string): { n: number } {
  const reads = { n: 0 };
  db.use({
    stack: 'dbcore',
    name: 'count-record-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return {
          ...t,
          get: async (req) => {
            const r = await t.get(req);
            if (r) reads.n += 1;
            return r;
          },
          getMany: async (req) => {
            const r = await t.getMany(req);
            reads.n += r.filter(Boolean).length;
            return r;
          },
          query: async (req) => {
            const r = await t.query(req);
            if (req.values) reads.n += r.result.length;
            return r;
          },
          openCursor: async (req) => {
            const cursor = await t.openCursor(req);
            if (!cursor || !req.values) return cursor;
            return new Proxy(cursor, {
              get(target, prop, receiver) {
                if (prop === 'start') return (onNext: () => void) => target.start(() => ((reads.n += 1), onNext()));
                const v = Reflect.get(target, prop, receiver);
                return typeof v === 'function' ? v.bind(target) : v;
              },
            });
          },
        };
      },
    }),
  });
  return reads;
}
