import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RelaisDB } from '../../../utils/db/database';
import { dueListQuery } from '../../../utils/engine/dueListQuery';
import { DUE_SNAPSHOT_KEY, DUE_SNAPSHOT_FRESH_MS, isDueSnapshot, isFreshSnapshot, POPUP_DUE_ITEMS, readDueSnapshot, type DueSnapshot } from '../../../utils/reminders/dueSnapshot';
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
  counts: { update: 0, promise: 0, 'keep-warm': 1 },
  items: [{ category: 'keep-warm', finding: { rule: 'keep-warm', key: 'keep-warm:linkedin:in/a:1', contactId: 'linkedin:in/a', severity: 'low', reason: { en: 'Write', fr: 'Écrire' }, principle: { en: '', fr: '' } } }],
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
      { ...snapshot(), total: 0 }, // fewer in all than shown
      { ...snapshot(), counts: { update: 1 } },
      { ...snapshot(), items: [{ category: 'spam', finding: snapshot().items[0].finding }] },
      { ...snapshot(), items: [{ category: 'keep-warm', finding: { key: 'k', reason: '<img src=x>' } }] } as unknown,
    ]) {
      expect(isDueSnapshot(bad), JSON.stringify(bad)).toBe(false);
      await fakeBrowser.storage.session.set({ [DUE_SNAPSHOT_KEY]: bad });
      expect(await readDueSnapshot()).toBeUndefined();
    }
  });

  it('refreshDue puts the count on the badge and the first 12 items with the count in the snapshot', async () => {
    const db = new RelaisDB(`relais-snap-${process.pid}-${Math.random().toString(36).slice(2)}`);
    open.push(db);
    await fillAll(db, dueNetwork({ contacts: 800, interactions: 6_000, introductions: 40, nextSteps: 60 }, NOW, 4));
    await db.dueStates.bulkPut(choicesOn(await fullScan(db, undefined, NOW), NOW));
    const whole = await fullScan(db, undefined, NOW);
    expect(whole.length).toBeGreaterThan(100);

    expect(await refreshDue(db, NOW)).toEqual({ total: whole.length });
    const s = await readDueSnapshot();
    expect(s?.at).toBe(NOW);
    expect(s?.total).toBe(whole.length);
    expect(keysOf(s!.items)).toEqual(keysOf(whole.slice(0, POPUP_DUE_ITEMS)));
    expect(s?.items.map((i) => i.finding.reason.en)).toEqual(whole.slice(0, POPUP_DUE_ITEMS).map((i) => i.finding.reason.en));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('99+');

    // A dismissal, then a refresh: one fewer, and the next item moves up.
    await db.dueStates.put({ key: s!.items[0].finding.key, dismissedAt: NOW });
    await refreshDue(db, NOW + 1);
    const after = await readDueSnapshot();
    expect(after?.total).toBe(whole.length - 1);
    expect(keysOf(after!.items)).toEqual(keysOf(whole.slice(1, POPUP_DUE_ITEMS + 1)));
    expect(keysOf(after!.items)).toEqual(keysOf((await dueListQuery(db, undefined, NOW + 1, { limit: POPUP_DUE_ITEMS })).items));
  });
});
