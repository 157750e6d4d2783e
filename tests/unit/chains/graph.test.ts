import { describe, expect, it } from 'vitest';
import { contactsDownChain, recommendersUpChain } from '../../../utils/chains/graph';
import type { Introduction } from '../../../utils/model/types';

const t = (d: number) => new Date(2025, 0, d).getTime();
const edge = (r: string, c: string, d: number): Introduction => ({ recommenderId: r, contactId: c, at: t(d), source: 'manual' });

describe('recommendersUpChain: everyone who opened the way, nearest first', () => {
  it('walks a three-level chain: Anne → Marc → Sophie → Léa', () => {
    const g = [edge('anne', 'marc', 1), edge('marc', 'sophie', 5), edge('sophie', 'lea', 9)];
    const chain = recommendersUpChain('lea', g);
    expect(chain.map((l) => [l.recommenderId, l.depth])).toEqual([
      ['sophie', 1],
      ['marc', 2],
      ['anne', 3],
    ]);
    expect(chain[2].path).toEqual(['anne', 'marc', 'sophie', 'lea']);
    // Steps with Léa count from the day you were introduced to Léa, for everyone up the chain.
    expect(chain.every((l) => l.introducedAt === t(9))).toBe(true);
  });

  it('stops on a cycle instead of looping (A → B → C → A)', () => {
    const g = [edge('a', 'b', 1), edge('b', 'c', 2), edge('c', 'a', 3)];
    const chain = recommendersUpChain('c', g);
    expect(chain.map((l) => l.recommenderId)).toEqual(['b', 'a']);
    expect(chain.some((l) => l.recommenderId === 'c')).toBe(false);
  });

  it('ignores a self-introduction and broken rows', () => {
    const g = [edge('x', 'x', 1), edge('m', 's', 2), null as unknown as Introduction, { ...edge('', 's', 3) }, { ...edge('k', 's', 3), at: NaN }];
    expect(recommendersUpChain('x', g)).toEqual([]);
    expect(recommendersUpChain('s', g).map((l) => l.recommenderId)).toEqual(['m']);
  });

  it('lists each person once, at their shortest distance (diamond)', () => {
    const g = [edge('a', 'b', 1), edge('a', 'c', 2), edge('b', 'd', 3), edge('c', 'd', 4), edge('a', 'd', 5)];
    const chain = recommendersUpChain('d', g);
    expect(chain.map((l) => [l.recommenderId, l.depth])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 1],
    ]);
  });

  it('two recommenders of the same person are both in the chain', () => {
    const chain = recommendersUpChain('s', [edge('m', 's', 2), edge('p', 's', 4)]);
    expect(chain.map((l) => [l.recommenderId, l.introducedAt])).toEqual([
      ['m', t(2)],
      ['p', t(4)],
    ]);
  });

  it('a contact nobody introduced has no chain; an empty or missing graph is fine', () => {
    expect(recommendersUpChain('z', [edge('a', 'b', 1)])).toEqual([]);
    expect(recommendersUpChain('z', [])).toEqual([]);
    expect(recommendersUpChain('z', undefined as unknown as Introduction[])).toEqual([]);
  });

  it('a long chain of 2,000 links is walked without recursion limits', () => {
    const g = Array.from({ length: 2000 }, (_, k) => edge(`p${k}`, `p${k + 1}`, k));
    expect(recommendersUpChain('p2000', g)).toHaveLength(2000);
  });
});

describe('contactsDownChain: everyone a recommender led you to', () => {
  it('follows the chain down and survives cycles', () => {
    const g = [edge('anne', 'marc', 1), edge('marc', 'sophie', 2), edge('sophie', 'anne', 3), edge('marc', 'paul', 4)];
    expect(contactsDownChain('anne', g).sort()).toEqual(['marc', 'paul', 'sophie']);
  });
});
