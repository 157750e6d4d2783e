import { describe, expect, it } from 'vitest';
import { owedUpdates } from '../../../utils/chains/owedUpdates';
import { stepsSince } from '../../../utils/chains/steps';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import type { Interaction, InteractionKind, Introduction, Outcome } from '../../../utils/model/types';

const DAY = 86_400_000;
const t = (d: number, h = 10) => new Date(2025, 2, d, h).getTime(); // March 2025
const settings = { ...DEFAULT_SETTINGS, updateDelayDays: 7 };
let n = 0;
const act = (contactId: string, kind: InteractionKind, at: number, extra: Partial<Interaction> = {}): Interaction => ({
  key: `i${++n}`,
  contactId,
  kind,
  at,
  site: 'linkedin',
  source: 'capture',
  ...extra,
});
const outcome = (c: string, o: Outcome, at: number) => act(c, 'outcome', at, { outcome: o });
const edge = (r: string, c: string, at: number): Introduction => ({ recommenderId: r, contactId: c, at, source: 'manual' });

// Anne introduced you to Marc; Marc introduced you to Sophie on 1 March.
const chain = [edge('anne', 'marc', t(1) - 30 * DAY), edge('marc', 'sophie', t(1))];

describe('owedUpdates: every step with Sophie is owed to Marc and to Anne', () => {
  it('an interview with Sophie creates an update owed to Marc and to Anne, due 7 days later', () => {
    const owed = owedUpdates('sophie', chain, [outcome('sophie', 'interview', t(3))], settings, t(20));
    expect(owed.map((o) => [o.recommenderId, o.depth, o.dueAt])).toEqual([
      ['marc', 1, t(10)],
      ['anne', 2, t(10)],
    ]);
    expect(owed[1].path).toEqual(['anne', 'marc', 'sophie']);
  });

  it('an update to Marc settles Marc only; Anne is still owed', () => {
    const history = [outcome('sophie', 'interview', t(3)), act('marc', 'update-sent', t(4), { aboutContactId: 'sophie' })];
    expect(owedUpdates('sophie', chain, history, settings, t(20)).map((o) => o.recommenderId)).toEqual(['anne']);
  });

  it('a captured message the classifier labelled "update" settles too', () => {
    const history = [outcome('sophie', 'offer', t(3)), act('marc', 'message-sent', t(5), { asks: ['update'] })];
    expect(owedUpdates('sophie', chain, history, settings, t(20)).map((o) => o.recommenderId)).toEqual(['anne']);
  });

  it('an update about someone else does not settle Sophie’s news', () => {
    const history = [outcome('sophie', 'offer', t(3)), act('marc', 'update-sent', t(5), { aboutContactId: 'paul' })];
    expect(owedUpdates('sophie', chain, history, settings, t(20)).map((o) => o.recommenderId)).toEqual(['marc', 'anne']);
  });

  it('an update sent before the step does not settle it', () => {
    const history = [act('marc', 'update-sent', t(2)), outcome('sophie', 'rejected', t(3))];
    expect(owedUpdates('sophie', chain, history, settings, t(20)).map((o) => o.recommenderId)).toEqual(['marc', 'anne']);
  });

  it('consecutive steps before one update need one update, due after the first of them', () => {
    const history = [act('sophie', 'message-sent', t(2)), act('sophie', 'message-received', t(3)), act('sophie', 'meeting', t(6))];
    const [marc] = owedUpdates('sophie', chain, history, settings, t(20));
    expect(marc.steps.map((s) => s.kind)).toEqual(['message-sent', 'message-received', 'meeting']);
    expect(marc.dueAt).toBe(t(9));
    expect(marc.key).toBe(`recommender-not-informed:marc:sophie:${history[0].key}`);
  });

  it('after an update, a new step is a new owed update with a new key', () => {
    const first = act('sophie', 'meeting', t(2));
    const update = act('marc', 'update-sent', t(3));
    const second = outcome('sophie', 'hired', t(8));
    const owed = owedUpdates('sophie', chain, [first, update, second], settings, t(20)).find((o) => o.recommenderId === 'marc')!;
    expect(owed.steps).toEqual([second]);
    expect(owed.dueAt).toBe(t(15));
    expect(owed.key).toContain(second.key);
  });

  it('steps before the introduction are not owed to anyone', () => {
    const history = [act('sophie', 'meeting', t(1) - DAY)];
    expect(owedUpdates('sophie', chain, history, settings, t(20))).toEqual([]);
  });

  it('the chit-chat after the first exchange is not news; the first message each way is', () => {
    const history = [
      act('sophie', 'message-sent', t(2)),
      act('sophie', 'message-sent', t(2, 11)),
      act('sophie', 'message-received', t(2, 12)),
      act('sophie', 'message-received', t(2, 13)),
      act('sophie', 'give', t(2, 14)),
    ];
    expect(stepsSince(history, t(1)).map((s) => s.at)).toEqual([t(2), t(2, 12)]);
    // Once reported, more messages in the thread owe nothing.
    const withUpdate = [...history, act('marc', 'update-sent', t(3)), act('anne', 'update-sent', t(3)), act('sophie', 'message-sent', t(4))];
    expect(owedUpdates('sophie', chain, withUpdate, settings, t(20))).toEqual([]);
  });

  it('every kind of outcome is a step, as are meetings and calls', () => {
    const kinds: Interaction[] = [
      act('sophie', 'call', t(2)),
      ...(['meeting', 'interview', 'offer', 'rejected', 'hired', 'deal', 'no-answer'] as Outcome[]).map((o, k) => outcome('sophie', o, t(3 + k))),
    ];
    expect(stepsSince(kinds, t(1))).toHaveLength(8);
  });

  it('a deleted recommender produces nothing and no error; the rest of the chain is still owed', () => {
    const exists = (id: string) => id !== 'marc';
    const owed = owedUpdates('sophie', chain, [outcome('sophie', 'interview', t(3))], settings, t(20), { exists });
    expect(owed.map((o) => o.recommenderId)).toEqual(['anne']);
  });

  it('"all" covers every introduced contact, including the middle of the chain', () => {
    const history = [act('marc', 'meeting', t(1) - 20 * DAY), outcome('sophie', 'interview', t(3))];
    const owed = owedUpdates('all', chain, history, settings, t(20));
    expect(owed.map((o) => `${o.recommenderId}→${o.aboutContactId}`).sort()).toEqual(['anne→marc', 'anne→sophie', 'marc→sophie']);
  });

  it('a cycle in the graph owes nothing to the contact themselves', () => {
    const cyclic = [edge('a', 'b', t(1)), edge('b', 'a', t(1))];
    const owed = owedUpdates('all', cyclic, [act('a', 'meeting', t(2)), act('b', 'meeting', t(2))], settings, t(20));
    expect(owed.map((o) => `${o.recommenderId}→${o.aboutContactId}`).sort()).toEqual(['a→b', 'b→a']);
  });

  it('imported steps older than the import window raise nothing; recent imported ones do', () => {
    const now = t(1) + 100 * DAY;
    const old = act('sophie', 'meeting', t(3), { source: 'import' });
    const recent = act('sophie', 'meeting', now - 5 * DAY, { source: 'import' });
    expect(owedUpdates('sophie', chain, [old], settings, now)).toEqual([]);
    expect(owedUpdates('sophie', chain, [old, recent], settings, now).map((o) => o.steps)).toEqual([[recent], [recent]]);
  });

  it('accepts a lookup function, unsorted lists and junk rows', () => {
    const rows = [outcome('sophie', 'offer', t(5)), null as unknown as Interaction, act('sophie', 'meeting', t(2))];
    const owed = owedUpdates('sophie', chain, (id) => rows.filter((r) => r?.contactId === id), settings, t(20));
    expect(owed[0].steps.map((s) => s.kind)).toEqual(['meeting', 'outcome']);
  });
});
