import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RelaisDB } from '../../../utils/db/database';
import { dueListQuery } from '../../../utils/engine/dueListQuery';
import { DUE_SNAPSHOT_KEY, DUE_SNAPSHOT_FRESH_MS, isDueSnapshot, isFreshSnapshot, readDueSnapshot, type DueSnapshot } from '../../../utils/reminders/dueSnapshot';
import { groupByPerson, lineKeyOfItem } from '../../../utils/engine/duePeople';
import { refreshDue } from '../../../utils/reminders/reminderService';
import { choicesOn, dueNetwork, fillAll } from '../engine/dueNetwork';
import { fullScan, keysOf } from '../engine/fullScan';
import { NOW } from '../rules/fixtures';

const open: RelaisDB[] = [];
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const snapshot = (extra: Partial<DueSnapshot> = {}): DueSnapshot => ({
  at: NOW,
  total: 1,
  today: 1,
  counts: { update: 0, promise: 0, 'keep-warm': 1 },
  cards: [
    {
      contactId: 'linkedin:in/a',
      name: 'Anne',
      lead: 'keep-warm',
      dueAt: NOW,
      items: [{ category: 'keep-warm', finding: { rule: 'keep-warm', key: 'keep-warm:linkedin:in/a:1', contactId: 'linkedin:in/a', severity: 'low', reason: { en: 'Write', fr: 'Écrire' }, principle: { en: '', fr: '' } } }],
    },
  ],
  ...extra,
});

describe('the due snapshot the background keeps for the popup', () => {
  it('is fresh for a few minutes after it was computed, and never when it comes from the future', () => {
    expect(isFreshSnapshot(snapshot(), NOW)).toBe(true);
    expect(isFreshSnapshot(snapshot(), NOW + DUE_SNAPSHOT_FRESH_MS - 1)).toBe(true);
    expect(isFreshSnapshot(snapshot(), NOW + DUE_SNAPSHOT_FRESH_MS)).toBe(false);
    expect(isFreshSnapshot(snapshot(), NOW - 3_600_000)).toBe(false);
  });

  it('reads only a well-formed one: anything else in storage is no snapshot', async () => {
    expect(isDueSnapshot(snapshot())).toBe(true);
    for (const bad of [
      null,
      'due',
      { ...snapshot(), at: 'now' },
      { ...snapshot(), total: -1 },
      { ...snapshot(), total: 0 }, // fewer in all than today
      { ...snapshot(), today: 0 }, // fewer today than shown
      { ...snapshot(), counts: { update: 1 } },
      { ...snapshot(), cards: [{ ...snapshot().cards[0], items: [{ category: 'spam', finding: snapshot().cards[0].items[0].finding }] }] },
      { ...snapshot(), cards: [{ ...snapshot().cards[0], items: [{ category: 'keep-warm', finding: { key: 'k', reason: '<img src=x>' } }] }] } as unknown,
      { ...snapshot(), cards: [{ ...snapshot().cards[0], items: [] }] },
      { ...snapshot(), cards: [{ ...snapshot().cards[0], name: undefined }] } as unknown,
    ]) {
      expect(isDueSnapshot(bad), JSON.stringify(bad)).toBe(false);
      await fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: bad });
      expect(await readDueSnapshot()).toBeUndefined();
    }
  });

  it('refreshDue puts today’s count on the badge (five at most, never “99+”) and today’s cards with the whole count in the snapshot', async () => {
    const db = new RelaisDB(`relais-snap-${process.pid}-${Math.random().toString(36).slice(2)}`);
    open.push(db);
    await fillAll(db, dueNetwork({ contacts: 800, interactions: 6_000, introductions: 40, nextSteps: 60 }, NOW, 4));
    await db.dueStates.bulkPut(choicesOn(await fullScan(db, undefined, NOW), NOW));
    const people = groupByPerson(await fullScan(db, undefined, NOW), lineKeyOfItem);
    expect(people.length).toBeGreaterThan(50);
    const cardKeys = (cards: { contactId: string; items: Parameters<typeof keysOf>[0] }[]) => cards.map((c) => `${c.contactId}: ${keysOf(c.items).join(', ')}`);

    expect(await refreshDue(db, NOW)).toEqual({ total: people.length, today: 5 });
    const s = await readDueSnapshot();
    expect(s?.at).toBe(NOW);
    expect(s?.total).toBe(people.length);
    expect(s?.today).toBe(5);
    expect(cardKeys(s!.cards)).toEqual(people.slice(0, 5).map((p) => `${p.contactId}: ${keysOf(p.lines).join(', ')}`));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('5');

    // Not needed for the first person: one fewer in all, the sixth moves into today.
    for (const item of s!.cards[0].items) await db.dueStates.put({ key: item.finding.key, dismissedAt: NOW });
    await refreshDue(db, NOW + 1);
    const after = await readDueSnapshot();
    expect(after?.total).toBe(people.length - 1);
    expect(after!.cards.map((c) => c.contactId)).toEqual(people.slice(1, 6).map((p) => p.contactId));
    expect(cardKeys(after!.cards)).toEqual(cardKeys((await dueListQuery(db, undefined, NOW + 1, { limit: 5 })).cards));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('5');
  });

  it('a short list: the badge says how many today holds, and nothing when nobody is due', async () => {
    const db = new RelaisDB(`relais-snap-${process.pid}-${Math.random().toString(36).slice(2)}`);
    open.push(db);
    expect(await refreshDue(db, NOW)).toEqual({ total: 0, today: 0 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await db.contacts.add({ id: 'linkedin:in/zoe', site: 'linkedin', name: 'Zoé', aliases: [], tier: 'close', lastInteractionAt: NOW - 90 * 86_400_000, createdAt: NOW - 400 * 86_400_000, updatedAt: NOW });
    expect(await refreshDue(db, NOW)).toEqual({ total: 1, today: 1 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
