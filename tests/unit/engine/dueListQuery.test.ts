import { afterEach, describe, expect, it } from 'vitest';
import { RelaisDB } from '../../../utils/db/database';
import { SCHEMA_VERSIONS } from '../../../utils/db/schema';
import type { DueItem } from '../../../utils/engine/dueItems';
import { dueListEntries, dueListQuery as pageQuery } from '../../../utils/engine/dueListQuery';
import type { Settings } from '../../../utils/model/settings';
import { act, at, DAY, intro, NOW, person, promise } from '../rules/fixtures';
import { buildNetwork, fillDb, FULL_SIZE } from './bigNetwork';
import { choicesOn, dueNetwork, fillAll } from './dueNetwork';
import { fullScan, itemsOf, keysOf as keys } from './fullScan';

/** The whole list (no limit), card after card: what the full-scan reference is compared with. */
const dueListQuery = async (db: RelaisDB, settings: Partial<Settings> | undefined, now: number) => itemsOf(await pageQuery(db, settings, now));

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

/** A database as schema 2 left it (no due digest): opening it with the current code upgrades it. */
const atVersion2 = (name: string) => new RelaisDB(name, { versions: SCHEMA_VERSIONS.filter((v) => v.version <= 2) });

describe('dueListQuery: the due list from the candidates that can be due', () => {
  it('finds owed updates, promises and keep-warm items, honouring snoozes and dismissals', async () => {
    const db = freshDb();
    const marc = person('marc', 'Marc Dupont', { lastInteractionAt: NOW - 5 * DAY });
    const sophie = person('sophie', 'Sophie Martin', { lastInteractionAt: NOW - 9 * DAY });
    const old = person('old', 'Olivier Ancien', { tier: 'regular', lastInteractionAt: at(2024, 11, 1) });
    const snoozed = person('snz', 'Sam Snooze', { tier: 'regular', lastInteractionAt: at(2024, 10, 1) });
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
    const c = person('c', 'Chloé', { tier: 'regular', lastInteractionAt: NOW - 20 * DAY });
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
    '10,000 contacts and 100,000 interactions: same list as a full scan (time printed)',
    async () => {
      const db = freshDb();
      const t0 = performance.now();
      await fillDb(db, buildNetwork(FULL_SIZE, NOW));
      const filled = performance.now() - t0;
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const counts = (items: DueItem[]) => ['update', 'promise', 'keep-warm'].map((c) => items.filter((i) => i.category === c).length);
      const queried: number[] = [];
      const paged: number[] = [];
      const scanned: number[] = [];
      let fromDigest: DueItem[] = [];
      let reference: DueItem[] = [];
      for (let run = 0; run < 3; run++) {
        let t = performance.now();
        fromDigest = await dueListQuery(db, undefined, NOW);
        queried.push(performance.now() - t);
        t = performance.now();
        await pageQuery(db, undefined, NOW, { limit: 12 });
        paged.push(performance.now() - t);
        t = performance.now();
        reference = await fullScan(db, undefined, NOW);
        scanned.push(performance.now() - t);
      }
      console.log(
        `due list, ${FULL_SIZE.contacts} contacts / ${FULL_SIZE.interactions} interactions (fake-indexeddb, written in ${(filled / 1000).toFixed(1)} s): ` +
          `first 12 and the total ${median(paged).toFixed(1)} ms, whole list ${median(queried).toFixed(1)} ms, full scan ${median(scanned).toFixed(1)} ms (medians of 3); ` +
          `items update/promise/keep-warm = ${counts(fromDigest).join('/')}`,
      );
      expect(counts(fromDigest).every((c) => c > 0)).toBe(true);
      expect(keys(fromDigest)).toEqual(keys(reference));
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

  for (const how of ['digest kept by the writes', 'digest made by the upgrade from schema 2'] as const) {
    it(`${how}: every page equals that slice of the whole list, every total its length, and the whole list the full scan`, { timeout: 120_000 }, async () => {
      const name = `relais-due-pages-${process.pid}-${++n}`;
      let db = how === 'digest kept by the writes' ? new RelaisDB(name) : atVersion2(name);
      const data = dueNetwork({ contacts: 1_200, interactions: 9_000, introductions: 80, nextSteps: 120 }, NOW, 5);
      await fillAll(db, data);
      await db.dueStates.bulkPut(choicesOn(await fullScan(db, undefined, NOW), NOW));
      db.close();
      db = new RelaisDB(name);
      open.push(db);
      let compared = 0;
      const people = (cards: { contactId: string; items: DueItem[] }[]) => cards.map((c) => `${c.contactId}: ${keys(c.items).join(', ')}`);
      for (const [, settings] of SETTINGS) {
        for (const now of NOWS) {
          const whole = await pageQuery(db, settings, now);
          expect(keys(itemsOf(whole))).toEqual(keys(await fullScan(db, settings, now)));
          // One card per person.
          expect(new Set(whole.cards.map((c) => c.contactId)).size).toBe(whole.cards.length);
          // The dashboard's due column: the same lines, each with whom to write to, no item made.
          const entries = await dueListEntries(db, settings, now);
          expect(new Set(entries.map((e) => `${e.category} ${e.key} → ${e.writeTo}`))).toEqual(
            new Set(itemsOf(whole).map((i) => `${i.category} ${i.finding.key} → ${i.finding.action?.contactId ?? i.finding.contactId}`)),
          );
          expect(whole.total).toBe(whole.cards.length);
          expect(whole.today).toBe(Math.min(5, whole.total));
          expect(whole.counts.update + whole.counts.promise + whole.counts['keep-warm']).toBe(whole.total);
          const head = whole.counts.update + whole.counts.promise;
          for (const [offset, limit] of [[0, 0], [0, 1], [0, 5], [0, head + 3], [5, 12], [head - 1, 2], [head, 12], [whole.total - 3, 12], [whole.total + 2, 12], [0, whole.total + 5]]) {
            const page = await pageQuery(db, settings, now, { offset: Math.max(0, offset), limit });
            const slice = whole.cards.slice(Math.max(0, offset), Math.max(0, offset) + limit);
            expect(people(page.cards), `offset ${offset}, limit ${limit}`).toEqual(people(slice));
            expect(page.total).toBe(whole.total);
            expect(page.counts).toEqual(whole.counts);
            // Same items, not only the same keys: the text the popup shows.
            expect(itemsOf(page).map((i) => i.finding.reason.fr)).toEqual(itemsOf({ cards: slice }).map((i) => i.finding.reason.fr));
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
    // The hard cases are there before the user's choices hide some of them.
    const byId = new Map(data.contacts.map((c) => [c.id, c]));
    const warmOf = (list: typeof before) => list.filter((i) => i.category === 'keep-warm').map((i) => byId.get(i.finding.contactId!)!);
    const warm = warmOf(itemsOf(await pageQuery(db, undefined, NOW)));
    const choices = choicesOn(before, NOW);
    await db.dueStates.bulkPut(choices);
    const items = itemsOf(await pageQuery(db, undefined, NOW));
    expect(warm.some((c) => c.cadenceDays === 7 || c.cadenceDays === 12)).toBe(true);
    const imported = data.contacts.filter((c) => c.lastInteractionAt !== undefined && c.lastInteractionAt < c.createdAt);
    expect(warm.some((c) => imported.includes(c) && c.tier === undefined && c.cadenceDays === undefined)).toBe(true);
    expect(warm.some((c) => imported.includes(c) && c.tier === 'regular')).toBe(true);
    // Imported, not chosen, and long overdue: left out by the window.
    const outOfWindow = imported.filter((c) => c.tier === undefined && c.cadenceDays === undefined && c.lastInteractionAt! < NOW - 400 * DAY);
    expect(outOfWindow.length).toBeGreaterThan(0);
    expect(warm.filter((c) => outOfWindow.includes(c))).toEqual([]);
    expect(warmOf(items).filter((c) => outOfWindow.includes(c))).toEqual([]);
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
    const warm = itemsOf(first).filter((i) => i.category === 'keep-warm');
    expect(warm.length).toBeGreaterThan(2);
    await db.dueStates.put({ key: warm[0].finding.key, dismissedAt: NOW });
    await db.dueStates.put({ key: warm[1].finding.key, snoozedUntil: NOW + 7 * DAY });
    const c = warm[2].finding.contactId!;
    await db.contacts.update(c, { lastInteractionAt: NOW - DAY });
    const next = await pageQuery(db, undefined, NOW, { offset, limit: 12 });
    expect(next.total).toBe(first.total - 3);
    expect(keys(itemsOf(next))).not.toContain(keys([warm[0]])[0]);
    expect(itemsOf(next).some((i) => i.finding.contactId === c && i.category === 'keep-warm')).toBe(false);
    // A week later the snooze is over: that reminder is back.
    const later = await pageQuery(db, undefined, NOW + 8 * DAY);
    expect(keys(itemsOf(later))).toContain(keys([warm[1]])[0]);
  });

  it('counts the whole list without reading a contact or an interaction, and a page reads only the people it names', async () => {
    const db = freshDb();
    const contactReads = countRecordReads(db, 'contacts');
    const interactionReads = countRecordReads(db, 'interactions');
    const data = dueNetwork({ contacts: 1_500, interactions: 12_000, introductions: 40, nextSteps: 60 }, NOW, 11);
    await fillAll(db, data);
    const whole = await pageQuery(db, undefined, NOW);
    expect(whole.counts['keep-warm']).toBeGreaterThan(300);
    expect(whole.counts.update).toBeGreaterThan(0);
    contactReads.n = 0;
    interactionReads.n = 0;
    const count = await pageQuery(db, undefined, NOW, { limit: 0 });
    expect(count.cards).toEqual([]);
    expect(count.total).toBe(whole.total);
    expect(contactReads.n).toBe(0);
    expect(interactionReads.n).toBe(0);
    for (const offset of [0, whole.counts.update, whole.total - 12]) {
      contactReads.n = 0;
      const page = await pageQuery(db, undefined, NOW, { limit: 12, offset });
      expect(page.cards).toHaveLength(12);
      // Each item's contact, and for an owed update everyone up its chain (to name them).
      const named = new Set(itemsOf(page).flatMap((i) => [i.finding.contactId, ...((i.finding.details?.path as string[] | undefined) ?? [])]));
      expect(contactReads.n).toBeLessThanOrEqual(named.size);
      expect(interactionReads.n).toBe(0);
    }
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
