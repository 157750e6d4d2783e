// The scenario of the calm-due-list issue: a year of use — about 400 contacts and 4,000
// interactions, 40 introductions of which six are chains of four hops, 3,000 connections from an
// import never written to. Today's list holds at most five people, each once; only the one who
// introduced you directly is reminded unless the whole chain is asked for (and then each
// recommender once, never once per hop); the badge says today's count; no connection of the
// import is a keep-in-touch reminder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RelaisDB } from '../../../utils/db/database';
import { dueListQuery, type DuePage } from '../../../utils/engine/dueListQuery';
import { TODAY_MAX } from '../../../utils/engine/duePeople';
import { refreshDue } from '../../../utils/reminders/reminderService';
import { yearOfUse, YEAR_SIZE } from '../../bench/data/yearOfUse';
import { NOW } from '../rules/fixtures';
import { fullScan, itemsOf, keysOf } from './fullScan';

const data = yearOfUse(NOW);
const db = new RelaisDB(`relais-year-${process.pid}-${Math.random().toString(36).slice(2)}`);
const importedIds = new Set(data.imported.map((c) => c.id));
const WHOLE_CHAIN = { remindWholeChain: true };

beforeAll(async () => {
  await db.transaction('rw', [db.contacts, db.interactions, db.introductions, db.nextSteps], async () => {
    await db.contacts.bulkAdd(data.contacts);
    await db.interactions.bulkAdd(data.interactions);
    await db.introductions.bulkAdd(data.introductions);
    await db.nextSteps.bulkAdd(data.nextSteps);
  });
}, 60_000);
afterAll(() => db.delete());

const people = (page: DuePage) => page.cards.map((c) => c.contactId);
const updates = (page: DuePage) => itemsOf(page).filter((i) => i.category === 'update');

describe('a year of use', () => {
  it('is the size the issue describes', () => {
    expect(data.contacts.length - data.imported.length).toBe(YEAR_SIZE.contacts);
    expect(data.interactions.length).toBeGreaterThanOrEqual(4_000);
    expect(data.interactions.length).toBeLessThan(4_300);
    expect(data.introductions).toHaveLength(40);
    expect(data.chains).toHaveLength(6);
    expect(data.imported).toHaveLength(3_000);
  });

  it('today holds at most five people, each once, the most valuable first; the badge and the digest count today', async () => {
    fakeBrowser.reset();
    const today = await dueListQuery(db, undefined, NOW, { limit: TODAY_MAX });
    const whole = await dueListQuery(db, undefined, NOW);
    expect(today.cards.length).toBeLessThanOrEqual(5);
    expect(today.cards.length).toBe(Math.min(5, whole.total));
    expect(new Set(people(whole)).size).toBe(whole.cards.length);
    expect(people(today)).toEqual(people(whole).slice(0, 5));
    // Updates owed to direct recommenders lead.
    expect(today.cards[0].lead).toBe('update');
    const badge = await refreshDue(db, NOW);
    expect(badge).toEqual({ total: whole.total, today: today.cards.length });
    expect(await fakeBrowser.action.getBadgeText({})).toBe(String(today.cards.length));
    console.log(
      `year of use (${data.contacts.length - data.imported.length} contacts + ${data.imported.length} imported, ${data.interactions.length} interactions, ${data.introductions.length} introductions): ` +
        `today ${today.cards.length}, all ${whole.total} people (updates ${whole.counts.update}, promises ${whole.counts.promise}, keep in touch ${whole.counts['keep-warm']}), badge ${await fakeBrowser.action.getBadgeText({})}`,
    );
    expect(keysOf(itemsOf(whole))).toEqual(keysOf(await fullScan(db, undefined, NOW)));
  });

  it('by default only the one who introduced you directly is reminded, never those further up a chain', async () => {
    const whole = await dueListQuery(db, undefined, NOW);
    const owed = updates(whole);
    expect(owed.length).toBeGreaterThan(10);
    expect(owed.every((i) => i.finding.details?.depth === 1)).toBe(true);
    // The last person of each chain, whose steps are news: only the one just before them hears of it.
    for (const [a, b, c, d, e] of data.chains) {
      const aboutE = owed.filter((i) => i.finding.details?.aboutContactId === e).map((i) => i.finding.details?.recommenderId);
      expect(aboutE.length <= 1 && aboutE.every((r) => r === d), `${e}`).toBe(true);
      for (const upstream of [a, b, c]) expect(owed.some((i) => i.finding.details?.recommenderId === upstream && i.finding.details?.aboutContactId === e)).toBe(false);
    }
  });

  it('with the whole chain asked for: each recommender is one person with everything owed them inside, never one entry per hop', async () => {
    const whole = await dueListQuery(db, WHOLE_CHAIN, NOW);
    expect(new Set(people(whole)).size).toBe(whole.cards.length);
    const owed = updates(whole);
    expect(owed.some((i) => (i.finding.details?.depth as number) > 1)).toBe(true);
    // The head of a chain owed news about several people down it: one card, one line each.
    const heads = data.chains.map((chain) => whole.cards.find((card) => card.contactId === chain[0])).filter((card) => card && card.items.filter((i) => i.category === 'update').length > 1);
    expect(heads.length).toBeGreaterThan(0);
    for (const card of whole.cards) {
      const abouts = card.items.filter((i) => i.category === 'update').map((i) => i.finding.details?.aboutContactId);
      expect(new Set(abouts).size).toBe(abouts.length);
      // The chain is named once per line, never hop by hop.
      for (const i of card.items) expect((i.finding.summary?.en ?? '').match(/introduced you to/g) ?? []).toHaveLength(0);
    }
    expect((await dueListQuery(db, WHOLE_CHAIN, NOW, { limit: TODAY_MAX })).cards.length).toBeLessThanOrEqual(5);
    expect(keysOf(itemsOf(whole))).toEqual(keysOf(await fullScan(db, WHOLE_CHAIN, NOW)));
  });

  it('no connection of the import, never written to, is a reminder of any kind', async () => {
    for (const settings of [undefined, WHOLE_CHAIN, { importReminderWindowDays: 3650 }]) {
      const whole = await dueListQuery(db, settings, NOW);
      expect(whole.cards.filter((c) => importedIds.has(c.contactId)).map((c) => c.contactId)).toEqual([]);
    }
    // Keeping in touch still applies to the people the user talks with.
    expect((await dueListQuery(db, undefined, NOW)).counts['keep-warm']).toBeGreaterThan(20);
  });
});
