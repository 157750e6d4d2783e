import { describe, expect, it } from 'vitest';
import { buildChainGraph, USER_NODE, type ChainGraph } from '../../../components/dashboard/graph/chainGraph';
import { focusOnOwed, subGraph } from '../../../components/dashboard/graph/focusOnOwed';
import { labelCollisions, layeredLayout, type LayeredLayout } from '../../../components/dashboard/graph/layeredLayout';
import { estimateWidth, shortenLabel } from '../../../components/dashboard/graph/shortenLabel';
import type { Introduction } from '../../../utils/model/types';

const intro = (r: string, c: string, d = 1): Introduction => ({ recommenderId: r, contactId: c, at: Date.UTC(2025, 0, d), source: 'manual' });
/** Names of every length, some long enough to be shortened. */
const nameOf = (id: string) => (id === USER_NODE ? 'You' : id.length % 3 === 0 ? `${id} Wolfeschlegelsteinhausen-Bergerdorff` : `Person ${id.toUpperCase()}`);
const FRAME = { width: 1230, height: 560 };
const layoutOf = (g: ChainGraph, frame = FRAME) => layeredLayout(g, { ...frame, measure: estimateWidth, nameOf });

function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** A network of `n` introductions: heads of chains, chains up to four deep, generous recommenders. */
function network(n: number, seed = 7): Introduction[] {
  const next = rng(seed);
  const out: Introduction[] = [];
  for (let k = 1; k <= n; k++) out.push(intro(next() < 0.3 ? `head${k}` : `p${Math.floor(next() * k)}`, `p${k}`, 1 + (k % 27)));
  return out;
}

const SHAPES: Record<string, Introduction[]> = {
  star: Array.from({ length: 200 }, (_, k) => intro('marc', `p${k}`, k % 28)),
  fans: Array.from({ length: 200 }, (_, k) => intro(`r${Math.floor(k / 5)}`, `p${k}`, k % 28)),
  chain: Array.from({ length: 60 }, (_, k) => intro(`p${k}`, `p${k + 1}`)),
  sixty: network(45),
  threeHundred: network(230),
};

const fitOf = (l: LayeredLayout, frame = FRAME) => Math.min(1, frame.width / l.viewBox.width, frame.height / l.viewBox.height);
const boxes = (l: LayeredLayout) => l.nodes.map((n) => ({ id: n.id, ...n.label.box }));

describe('layeredLayout: from you outward, names that never overlap', () => {
  for (const [shape, intros] of Object.entries(SHAPES))
    it(`draws no two names over each other (${shape}, ${new Set(intros.flatMap((i) => [i.recommenderId, i.contactId])).size} people)`, () => {
      const layout = layoutOf(buildChainGraph(intros));
      expect(layout.nodes).toHaveLength(buildChainGraph(intros).nodes.size);
      expect(labelCollisions(boxes(layout))).toEqual([]);
      // Nor over anyone's dot.
      for (const n of layout.nodes) for (const b of boxes(layout)) if (b.id !== n.id) expect(n.x >= b.x - 7 && n.x <= b.x + b.width + 7 && Math.abs(n.y - (b.y + b.height / 2)) < b.height / 2 + 7).toBe(false);
    });

  it('puts each recommender in a column before the people they introduced, and the user first', () => {
    const g = buildChainGraph(SHAPES.sixty);
    const layout = layoutOf(g);
    const user = layout.byId.get(USER_NODE)!;
    for (const n of layout.nodes) if (n.id !== USER_NODE) expect(n.x).toBeGreaterThan(user.x);
    for (const [id, node] of g.nodes) if (node.parent) expect(layout.byId.get(node.parent)!.x).toBeLessThan(layout.byId.get(id)!.x);
    // Steps never interleave: everyone one step further is to the right of everyone before.
    const byDepth = new Map<number, number[]>();
    for (const n of layout.nodes) byDepth.set(n.depth, [...(byDepth.get(n.depth) ?? []), n.x]);
    for (let d = 1; byDepth.has(d + 1); d++) expect(Math.min(...byDepth.get(d + 1)!)).toBeGreaterThan(Math.max(...byDepth.get(d)!));
  });

  it('fits sixty people in a 1280×800 window at full size, by continuing a long step in a further column', () => {
    const g = buildChainGraph(SHAPES.sixty);
    expect(g.nodes.size - 1).toBeGreaterThanOrEqual(55);
    const layout = layoutOf(g);
    expect(fitOf(layout)).toBe(1);
    expect(layout.viewBox.height).toBeLessThanOrEqual(FRAME.height);
    expect(layout.rows).toBeLessThan(Math.max(...[...g.nodes.values()].map((n) => n.depth)).valueOf() * 100);
  });

  it('keeps someone next to their recommender’s row when the rows allow', () => {
    const layout = layoutOf(buildChainGraph([intro('anne', 'marc'), intro('marc', 'sophie'), intro('zoe', 'lea')]));
    expect(layout.byId.get('sophie')!.y).toBe(layout.byId.get('marc')!.y);
    expect(layout.byId.get('marc')!.y).toBe(layout.byId.get('anne')!.y);
  });

  it('shortens long names to the room they have and keeps the whole name', () => {
    const layout = layeredLayout(buildChainGraph([intro('anne', 'marc')]), { ...FRAME, measure: estimateWidth, nameOf: (id) => (id === 'marc' ? 'Marc-Antoine de La Rochefoucauld-Montbel' : id) });
    const marc = layout.byId.get('marc')!;
    expect(marc.label.shortened).toBe(true);
    expect(marc.label.text.endsWith('…')).toBe(true);
    expect(marc.label.box.width).toBeLessThanOrEqual(150);
    expect(marc.label.full).toBe('Marc-Antoine de La Rochefoucauld-Montbel');
    expect(layout.byId.get('anne')!.label).toMatchObject({ text: 'anne', shortened: false });
  });

  it('is the same picture every time', () => {
    expect(layoutOf(buildChainGraph(SHAPES.threeHundred))).toEqual(layoutOf(buildChainGraph(SHAPES.threeHundred)));
  });
});

describe('shortenLabel', () => {
  it('keeps a name that fits, cuts one that does not at a word’s end when it can', () => {
    expect(shortenLabel('Léa Durand', 150, estimateWidth)).toEqual({ text: 'Léa Durand', width: estimateWidth('Léa Durand'), shortened: false });
    const room = estimateWidth('Anne-Sophie Delorme-Cas…');
    const cut = shortenLabel('Anne-Sophie Delorme-Castelnau', room, estimateWidth);
    expect(cut.text).toBe('Anne-Sophie Delorme-…');
    expect(cut.width).toBeLessThanOrEqual(room);
    // Too little kept at the word's end ("Anne-…"): cut inside the word instead.
    expect(shortenLabel('Anne-Sophie Delorme-Castelnau', estimateWidth('Anne-Sop…'), estimateWidth).text).toBe('Anne-Sop…');
    // A single long word is cut where it must.
    const word = shortenLabel('Wolfeschlegelsteinhausenbergerdorff', 100, estimateWidth);
    expect(word.text).toMatch(/^Wolfe\w+…$/);
    expect(word.width).toBeLessThanOrEqual(100);
  });
});

describe('focusOnOwed: a large graph opens on the news owed', () => {
  const g = buildChainGraph(SHAPES.threeHundred);
  it('keeps the people owed news, whom it is about, and the way to them; nothing else', () => {
    const about = [...g.nodes.values()].find((n) => n.depth === 3)!;
    const recommender = about.parent!;
    const keep = focusOnOwed(g, new Map([[recommender, { mark: 'due', about: [about.id] }]]));
    const way: string[] = [];
    for (let at: string | undefined = about.id; at; at = g.nodes.get(at)?.parent) way.push(at);
    expect([...keep].sort()).toEqual(way.sort());
    const shown = subGraph(g, keep);
    expect(shown.nodes.size).toBe(keep.size);
    expect(shown.edges.every((e) => keep.has(e.from) && keep.has(e.to))).toBe(true);
  });

  it('never keeps more than the limit, overdue news first; with none owed, the nearest people', () => {
    const owed = new Map([...g.nodes.keys()].filter((id) => id !== USER_NODE).map((id, k) => [id, { mark: k % 2 ? ('due' as const) : ('pending' as const), about: [] as string[] }]));
    const keep = focusOnOwed(g, owed, 80);
    expect(keep.size).toBeLessThanOrEqual(81);
    expect([...keep].filter((id) => owed.get(id)?.mark === 'due').length).toBeGreaterThan([...keep].filter((id) => owed.get(id)?.mark === 'pending').length);
    const nearest = focusOnOwed(g, new Map(), 80);
    expect(nearest.size).toBe(81);
    expect([...nearest].every((id) => id === USER_NODE || nearest.has(g.nodes.get(id)!.parent!))).toBe(true);
  });
});
