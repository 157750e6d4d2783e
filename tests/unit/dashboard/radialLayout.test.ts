import { describe, expect, it } from 'vitest';
import { buildChainGraph, USER_NODE } from '../../../utils/graph/chainGraph';
import { edgePath, radialLayout, type ChainLayout } from '../../../utils/graph/radialLayout';
import type { Introduction } from '../../../utils/model/types';

const intro = (r: string, c: string, d = 1): Introduction => ({ recommenderId: r, contactId: c, at: Date.UTC(2025, 0, d), source: 'manual' });
const layoutOf = (intros: Introduction[], spacing = 34) => radialLayout(buildChainGraph(intros), { minSpacing: spacing });

/** A deterministic pseudo-random sequence, so the "messy" network is the same on every run. */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const SHAPES: Record<string, Introduction[]> = {
  // One very generous recommender.
  star: Array.from({ length: 200 }, (_, k) => intro('marc', `p${k}`, k % 28)),
  // Forty people who each introduced five.
  fans: Array.from({ length: 200 }, (_, k) => intro(`r${Math.floor(k / 5)}`, `p${k}`, k % 28)),
  // A long chain.
  chain: Array.from({ length: 200 }, (_, k) => intro(`p${k}`, `p${k + 1}`)),
  // Each newcomer introduced by someone already known, or a new head of chain.
  messy: (() => {
    const next = rng(7);
    const out: Introduction[] = [];
    for (let k = 1; k <= 200; k++) out.push(intro(next() < 0.15 ? `head${k}` : `p${Math.floor(next() * k)}`, `p${k}`, 1 + (k % 27)));
    return out;
  })(),
};

function minDistance(layout: ChainLayout): number {
  let min = Infinity;
  const ns = layout.nodes;
  for (let a = 0; a < ns.length; a++) for (let b = a + 1; b < ns.length; b++) min = Math.min(min, Math.hypot(ns[a].x - ns[b].x, ns[a].y - ns[b].y));
  return min;
}

describe('radialLayout: the user at the centre, one ring per step of introduction', () => {
  it('puts the user at the centre and everyone on the ring of their depth, rings growing outward', () => {
    const layout = layoutOf([intro('anne', 'marc'), intro('marc', 'sophie'), intro('anne', 'paul')]);
    const user = layout.byId.get(USER_NODE)!;
    expect([user.x, user.y]).toEqual([0, 0]);
    for (const n of layout.nodes) expect(Math.hypot(n.x, n.y)).toBeCloseTo(layout.radii[n.depth], 0);
    for (let d = 1; d < layout.radii.length; d++) expect(layout.radii[d] - layout.radii[d - 1]).toBeGreaterThanOrEqual(180);
  });

  it('keeps the people a recommender introduced side by side, not interleaved with others', () => {
    const layout = layoutOf(SHAPES.fans);
    const graph = buildChainGraph(SHAPES.fans);
    const ring = layout.nodes.filter((n) => n.depth === 2).sort((a, b) => a.angle - b.angle);
    const parents = ring.map((n) => graph.nodes.get(n.id)!.parent);
    const runs = parents.filter((p, k) => k === 0 || p !== parents[k - 1]);
    expect(runs).toHaveLength(40);
    expect(new Set(runs).size).toBe(40);
  });

  for (const [shape, intros] of Object.entries(SHAPES))
    it(`stays readable with 200 introductions (${shape}): no two people closer than the spacing, no name upside down`, () => {
      const layout = layoutOf(intros);
      expect(layout.nodes.length).toBeGreaterThan(200);
      expect(minDistance(layout)).toBeGreaterThanOrEqual(34 - 0.05);
      for (const n of layout.nodes) {
        expect(Math.abs(n.label.rotate)).toBeLessThanOrEqual(90 + 1e-6);
        // Everything, names included, is inside the picture.
        const { x, y, width, height } = layout.viewBox;
        for (const [px, py] of [[n.x, n.y], [n.label.x, n.label.y]]) {
          expect(px).toBeGreaterThan(x);
          expect(px).toBeLessThan(x + width);
          expect(py).toBeGreaterThan(y);
          expect(py).toBeLessThan(y + height);
        }
      }
    });

  it('gives a larger spacing when asked, by widening the rings', () => {
    const tight = layoutOf(SHAPES.star, 34);
    const wide = layoutOf(SHAPES.star, 60);
    expect(minDistance(wide)).toBeGreaterThanOrEqual(60 - 0.05);
    expect(wide.viewBox.width).toBeGreaterThan(tight.viewBox.width);
  });

  it('draws the same picture whatever the order the introductions come in', () => {
    const shuffled = [...SHAPES.messy].reverse();
    const a = layoutOf(SHAPES.messy);
    const b = layoutOf(shuffled);
    const pos = (l: ChainLayout) => Object.fromEntries(l.nodes.map((n) => [n.id, [n.x, n.y]]));
    expect(pos(b)).toEqual(pos(a));
  });

  it('puts leaves’ names outside their node and recommenders’ names inside, reading left to right', () => {
    const layout = layoutOf([intro('anne', 'marc'), intro('anne', 'paul'), intro('anne', 'lea'), intro('anne', 'zoe')]);
    for (const n of layout.nodes.filter((m) => m.id !== USER_NODE)) {
      const nodeR = Math.hypot(n.x, n.y);
      const labelR = Math.hypot(n.label.x, n.label.y);
      if (n.isLeaf) expect(labelR).toBeGreaterThan(nodeR);
      else expect(labelR).toBeLessThan(nodeR);
      // On the left half the text is turned round and anchored at the other end.
      if (Math.cos(n.angle) < -0.01) expect(n.label.anchor).toBe(n.isLeaf ? 'end' : 'start');
      if (Math.cos(n.angle) > 0.01) expect(n.label.anchor).toBe(n.isLeaf ? 'start' : 'end');
    }
  });

  it('puts the first head of chain at the top, and frames a one-sided network tightly', () => {
    const layout = layoutOf([intro('anne', 'marc', 1), intro('marc', 'sophie', 2)]);
    const anne = layout.byId.get('anne')!;
    expect(anne.x).toBeCloseTo(0, 1);
    expect(anne.y).toBeLessThan(0);
    // A single chain is a vertical line of people: the picture is tall and narrow, not a square.
    expect(layout.viewBox.width).toBeLessThan(layout.viewBox.height / 2);
    // Even the far end of the longest name fits: names are cut to 24 characters of about 7 px.
    const { x, y, width, height } = layout.viewBox;
    for (const n of layout.nodes.filter((m) => m.id !== USER_NODE)) {
      const dir = n.isLeaf ? 1 : -1;
      const endR = Math.hypot(n.x, n.y) + dir * (12 + 24 * 7);
      const [ex, ey] = [endR * Math.cos(n.angle), endR * Math.sin(n.angle)];
      expect(ex).toBeGreaterThanOrEqual(x);
      expect(ex).toBeLessThanOrEqual(x + width);
      expect(ey).toBeGreaterThanOrEqual(y);
      expect(ey).toBeLessThanOrEqual(y + height);
    }
  });

  it('lays out an empty network as the user alone', () => {
    const layout = layoutOf([]);
    expect(layout.nodes.map((n) => n.id)).toEqual([USER_NODE]);
    expect(layout.edges).toEqual([]);
  });
});

describe('edgePath', () => {
  it('starts at the recommender and ends at the contact', () => {
    const layout = layoutOf([intro('anne', 'marc'), intro('marc', 'sophie')]);
    const [from, to] = [layout.byId.get('marc')!, layout.byId.get('sophie')!];
    const d = edgePath(from, to);
    expect(d.startsWith(`M${from.x},${from.y}`)).toBe(true);
    expect(d.endsWith(`${to.x},${to.y}`)).toBe(true);
    const fromUser = edgePath(layout.byId.get(USER_NODE)!, layout.byId.get('anne')!);
    expect(fromUser).toMatch(/^M0,0L/);
  });
});
