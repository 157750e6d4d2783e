import { describe, expect, it } from 'vitest';
import { buildChainGraph, USER_NODE } from '../../../components/dashboard/graph/chainGraph';
import type { Introduction } from '../../../utils/model/types';

const day = (d: number) => new Date(2025, 0, d).getTime();
const intro = (r: string, c: string, d = 1): Introduction => ({ recommenderId: r, contactId: c, at: day(d), source: 'manual' });

const parentOf = (g: ReturnType<typeof buildChainGraph>, id: string) => g.nodes.get(id)?.parent;
const depthOf = (g: ReturnType<typeof buildChainGraph>, id: string) => g.nodes.get(id)?.depth;

describe('buildChainGraph: who introduced whom, hung from the user', () => {
  it('puts the heads of chains next to the user and everyone else under their recommender', () => {
    const g = buildChainGraph([intro('anne', 'marc', 1), intro('marc', 'sophie', 2), intro('anne', 'paul', 3)]);
    expect(parentOf(g, 'anne')).toBe(USER_NODE);
    expect(parentOf(g, 'marc')).toBe('anne');
    expect(parentOf(g, 'sophie')).toBe('marc');
    expect([depthOf(g, 'anne'), depthOf(g, 'marc'), depthOf(g, 'paul'), depthOf(g, 'sophie')]).toEqual([1, 2, 2, 3]);
    expect(g.nodes.get(USER_NODE)!.children).toEqual(['anne']);
  });

  it('has one edge per introduction, recommender → contact, and a direct link from the user to each head', () => {
    const g = buildChainGraph([intro('anne', 'marc'), intro('marc', 'sophie'), intro('zoe', 'marc')]);
    const edges = g.edges.map((e) => `${e.kind}:${e.from}>${e.to}`).sort();
    expect(edges).toEqual([`direct:${USER_NODE}>anne`, `direct:${USER_NODE}>zoe`, 'introduction:anne>marc', 'introduction:marc>sophie', 'introduction:zoe>marc']);
  });

  it('hangs someone introduced twice from the nearer recommender, and from the earlier one on a tie', () => {
    const g = buildChainGraph([intro('anne', 'marc', 1), intro('marc', 'sophie', 2), intro('anne', 'sophie', 9), intro('zoe', 'lea', 3), intro('anne', 'lea', 4)]);
    expect(parentOf(g, 'sophie')).toBe('anne');
    expect(depthOf(g, 'sophie')).toBe(2);
    expect(parentOf(g, 'lea')).toBe('zoe');
  });

  it('keeps everyone of a cycle that has no head, rooted at its earliest introduction', () => {
    const g = buildChainGraph([intro('b', 'c', 2), intro('a', 'b', 1), intro('c', 'a', 3), intro('x', 'y', 4)]);
    expect([...g.nodes.keys()].sort()).toEqual([USER_NODE, 'a', 'b', 'c', 'x', 'y'].sort());
    expect(parentOf(g, 'a')).toBe(USER_NODE);
    expect(parentOf(g, 'b')).toBe('a');
    expect(parentOf(g, 'c')).toBe('b');
    // The edge that closes the cycle is still drawn.
    expect(g.edges.some((e) => e.from === 'c' && e.to === 'a')).toBe(true);
  });

  it('ignores self-introductions, duplicates, blanks and junk rows without throwing', () => {
    const junk = [intro('a', 'a'), intro('a', 'b'), intro('a', 'b', 7), null, undefined, { ...intro('', 'b') }, { recommenderId: 3 } as unknown as Introduction];
    const g = buildChainGraph(junk);
    expect(g.edges.filter((e) => e.kind === 'introduction')).toHaveLength(1);
    expect(g.nodes.size).toBe(3);
    expect(buildChainGraph(null as unknown as Introduction[]).nodes.size).toBe(1);
  });

  it('handles a chain thousands of people long', () => {
    const long = Array.from({ length: 5000 }, (_, k) => intro(`p${k}`, `p${k + 1}`, 1));
    const g = buildChainGraph(long);
    expect(depthOf(g, 'p5000')).toBe(5001);
    expect(g.nodes.size).toBe(5002);
  });
});
