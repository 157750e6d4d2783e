// The digest keeps a few rows of each history in a chain: owed updates must come out the same from
// those rows as from the whole history, and a row written after the history must update the kept
// rows exactly as reading the history again would.
import { describe, expect, it } from 'vitest';
import { graphOf } from '../../../utils/chains/graph';
import { owedUpdates } from '../../../utils/chains/owedUpdates';
import { appendToChain, asInteractions, chainStateOf, introTimesOf } from '../../../utils/db/dueDigest/chainRows';
import type { Interaction, Introduction } from '../../../utils/model/types';
import { prng } from '../../reliability/prng';
import { act, DAY, intro, NOW } from '../rules/fixtures';

const PEOPLE = ['a', 'b', 'c', 'd', 'e', 'f'].map((s) => `linkedin:in/${s}`);
const KINDS = ['message-sent', 'message-received', 'invite-sent', 'meeting', 'call', 'outcome', 'update-sent', 'give', 'received-give'] as const;

function world(seed: number) {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const when = () => NOW - Math.floor(r() * 300) * DAY + (r() < 0.3 ? 0 : Math.floor(r() * DAY));
  const row = (at = when()): Interaction => ({
    ...act(pick(PEOPLE), pick(KINDS), at),
    source: r() < 0.3 ? 'import' : 'capture',
    outcome: r() < 0.3 ? pick(['interview', 'offer', 'rejected'] as const) : undefined,
    asks: r() < 0.25 ? ['update'] : undefined,
    aboutContactId: r() < 0.3 ? pick(PEOPLE) : undefined,
  });
  const intros: Introduction[] = Array.from({ length: 6 }, () => intro(pick(PEOPLE), pick(PEOPLE), when()));
  const history = Array.from({ length: 120 }, () => row()).map((i, k) => ({ ...i, id: k + 1 }));
  return { r, row, intros, history };
}

/** As IndexedDB's `[contactId+at]` index hands a history out: by time, then by id. */
const inIndexOrder = (rows: Interaction[]) => [...rows].sort((x, y) => x.at - y.at || x.id! - y.id!);

describe('chain rows', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('owed updates from the kept rows equal those from the whole history (world %i)', (seed) => {
    const { intros, history } = world(seed);
    const graph = graphOf(intros);
    const times = introTimesOf(intros, () => true);
    const whole = (id: string) => inIndexOrder(history.filter((i) => i.contactId === id));
    const kept = (id: string) => (times.has(id) ? asInteractions(id, chainStateOf(whole(id), times.get(id)!).rows) : []);
    for (const settings of [{ updateDelayDays: 7, importReminderWindowDays: 30 }, { updateDelayDays: 0, importReminderWindowDays: 400 }]) {
      for (const now of [NOW, NOW - 100 * DAY]) {
        const want = owedUpdates('all', graph, whole, settings, now);
        const got = owedUpdates('all', graph, kept, settings, now);
        expect(got.map((o) => [o.key, o.dueAt, o.steps.map((s) => `${s.kind} ${s.at} ${s.outcome}`)])).toEqual(
          want.map((o) => [o.key, o.dueAt, o.steps.map((s) => `${s.kind} ${s.at} ${s.outcome}`)]),
        );
      }
    }
    // The worlds hold owed updates, and the kept rows are a fraction of the histories.
    expect(owedUpdates('all', graph, whole, { updateDelayDays: 0, importReminderWindowDays: 400 }, NOW).length).toBeGreaterThan(0);
    const keptRows = PEOPLE.reduce((n, id) => n + kept(id).length, 0);
    expect(keptRows).toBeLessThan(history.length);
  });

  it('rows written after the history update the state as reading it all again would; an earlier row asks for that', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { r, row, intros, history } = world(seed);
      const id = PEOPLE[seed % PEOPLE.length];
      const times = introTimesOf(intros, () => true).get(id) ?? [NOW - 200 * DAY];
      const mine = inIndexOrder(history.filter((i) => i.contactId === id));
      let state = chainStateOf(mine, times);
      let all = mine;
      let nextId = 1000;
      for (let step = 0; step < 8; step++) {
        // One to three rows, at or after the latest (ties included), as captures write them.
        const later = Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({ ...row(Math.max(state.end, NOW - 300 * DAY) + Math.floor(r() * 3) * DAY), contactId: id, id: nextId++ }));
        all = inIndexOrder([...all, ...later]);
        state = appendToChain(id, state, later)!;
        expect(state).toEqual(chainStateOf(all, times));
      }
      if (Number.isFinite(state.end)) expect(appendToChain(id, state, [{ ...row(state.end - 1), contactId: id }])).toBeUndefined();
    }
  });
});
