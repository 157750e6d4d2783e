import { describe, expect, it } from 'vitest';
import { dueItems, type DueCandidates } from '../../../utils/engine/dueItems';
import type { DueState } from '../../../utils/model/types';
import { act, at, DAY, intro, NOW, person, promise } from '../rules/fixtures';

const anne = person('anne', 'Anne Leroy', { lastInteractionAt: NOW - 20 * DAY });
const marc = person('marc', 'Marc Dupont', { lastInteractionAt: NOW - 20 * DAY });
const sophie = person('sophie', 'Sophie Martin', { lastInteractionAt: NOW - 9 * DAY });
// Both placed in a tier: keeping in touch applies to them whatever their exchanges.
const old = person('old', 'Olivier Ancien', { tier: 'regular', lastInteractionAt: at(2024, 11, 1) });
const older = person('older', 'Odile Ancienne', { tier: 'regular', lastInteractionAt: at(2024, 10, 1) });
const fresh = person('fresh', 'Fanny Récente', { lastInteractionAt: NOW - DAY });

// Built once: the keys of due items follow the keys of the interactions behind them.
const interactions = [
  act(marc, 'message-sent', NOW - 20 * DAY),
  // Anne heard how it went with Marc; she has not heard about Sophie.
  act(anne, 'update-sent', NOW - 19 * DAY, { aboutContactId: marc.id }),
  act(sophie, 'meeting', NOW - 9 * DAY),
  act(old, 'message-sent', at(2024, 11, 1)),
  act(older, 'message-sent', at(2024, 10, 1)),
  act(fresh, 'message-sent', NOW - DAY),
];
const steps = [promise(fresh, 'le lien promis', NOW - 2 * DAY), promise(old, 'pas encore', NOW + DAY)];

function scene(dueStates: DueState[] = [], extra: Partial<DueCandidates> = {}): DueCandidates {
  return {
    contacts: [anne, marc, sophie, old, older, fresh],
    interactions,
    introductions: [intro(anne, marc, at(2025, 1, 1)), intro(marc, sophie, at(2025, 2, 20))],
    nextSteps: steps,
    dueStates,
    // The whole chain, to see its order; by default only the direct recommender (below).
    settings: { remindWholeChain: true },
    now: NOW,
    ...extra,
  };
}

describe('dueItems: the due list across contacts', () => {
  it('orders updates owed to recommenders first, then promises, then keep-warm (most overdue first)', () => {
    const items = dueItems(scene());
    const summary = items.map((i) => [i.category, i.finding.action?.contactId ?? i.finding.contactId]);
    expect(summary).toEqual([
      // The meeting with Sophie 9 days ago: Marc and Anne (up the chain) have not been told.
      ['update', marc.id],
      ['update', anne.id],
      ['promise', fresh.id],
      ['keep-warm', older.id],
      ['keep-warm', old.id],
    ]);
    expect(items[1].finding.reason.en).toContain('Tell Anne Leroy how it went with Sophie Martin');
  });

  it('by default reminds only the one who introduced you directly', () => {
    const items = dueItems({ ...scene(), settings: undefined });
    expect(items.filter((i) => i.category === 'update').map((i) => i.finding.action?.contactId)).toEqual([marc.id]);
  });

  it('leaves out snoozed items until the snooze ends, and dismissed items for good', () => {
    const all = dueItems(scene());
    const marcKey = all[0].finding.key;
    const promiseKey = all[2].finding.key;
    const oldKey = all[4].finding.key;
    const states: DueState[] = [
      { key: marcKey, snoozedUntil: NOW + DAY },
      { key: promiseKey, dismissedAt: NOW - DAY },
      { key: oldKey, snoozedUntil: NOW - 1 }, // snooze over
    ];
    const keys = dueItems(scene(states)).map((i) => i.finding.key);
    expect(keys).not.toContain(marcKey);
    expect(keys).not.toContain(promiseKey);
    expect(keys).toContain(oldKey);
    // A snooze that ends exactly now is over.
    expect(dueItems(scene([{ key: marcKey, snoozedUntil: NOW }])).map((i) => i.finding.key)).toContain(marcKey);
  });

  it('a deleted recommender owes nothing and breaks nothing', () => {
    const items = dueItems(scene([], { contacts: [anne, sophie, old, older, fresh] }));
    expect(items.filter((i) => i.category === 'update').map((i) => i.finding.action?.contactId)).toEqual([anne.id]);
  });

  it('an update to Marc settles his item; the chain above still waits', () => {
    const s = scene();
    const items = dueItems({ ...s, interactions: [...s.interactions, act(marc, 'update-sent', NOW - 2 * DAY, { aboutContactId: sophie.id })] });
    // Writing to Marc is news for Marc, not for Anne.
    expect(items.filter((i) => i.category === 'update').map((i) => i.finding.action?.contactId)).toEqual([anne.id]);
  });

  it('only candidates are checked; other contacts are only there to be named', () => {
    const items = dueItems({ ...scene(), candidates: [sophie] });
    expect(items.map((i) => i.category)).toEqual(['update', 'update']);
    expect(items[0].finding.reason.en).toContain('Marc Dupont');
  });

  it('an empty database has an empty due list', () => {
    expect(dueItems({ contacts: [], interactions: [], introductions: [], now: NOW })).toEqual([]);
  });

  it('a cycle in the graph does not loop', () => {
    const s = scene();
    const items = dueItems({ ...s, introductions: [...(s.introductions as never[]), intro(sophie, anne, at(2025, 1, 1))] });
    expect(items.length).toBeGreaterThan(0);
  });
});
