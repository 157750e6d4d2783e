import { leafCounts, USER_NODE, type ChainEdge, type ChainGraph } from './chainGraph';

export interface RadialLayoutOptions {
  /** Least distance between two rings: room for one name between them. */
  ringGap?: number;
  /** Least distance between the centres of two people on the same ring. */
  minSpacing?: number;
  /** Room kept for a name, outside the outer ring and between rings. */
  labelRoom?: number;
}

export interface PlacedLabel {
  x: number;
  y: number;
  /** Degrees; names are drawn along the radius so that neighbours never overlap. */
  rotate: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface PlacedNode {
  id: string;
  depth: number;
  x: number;
  y: number;
  /** Radians, clockwise from the right (SVG's y points down); the first head of chain is at the top. */
  angle: number;
  isLeaf: boolean;
  label: PlacedLabel;
}

export interface ChainLayout {
  nodes: PlacedNode[];
  byId: Map<string, PlacedNode>;
  edges: ChainEdge[];
  /** radii[d] is the radius of ring d (radii[0] = 0, the user). */
  radii: number[];
  viewBox: { x: number; y: number; width: number; height: number };
}

const DEFAULTS: Required<RadialLayoutOptions> = { ringGap: 180, minSpacing: 34, labelRoom: 170 };
const START = -Math.PI / 2;
const LABEL_OFFSET = 12;

/**
 * A radial tree: the user at the centre, ring d for people d introductions away, each subtree in
 * its own wedge sized by its number of leaves, so a recommender's people sit together outside it.
 * Rings grow until neighbours are at least `minSpacing` apart, which keeps 200 introductions
 * readable at full size (the page scrolls rather than shrinking the names). Pure and
 * deterministic: the same graph always gives the same picture.
 */
export function radialLayout(graph: ChainGraph, options: RadialLayoutOptions = {}): ChainLayout {
  const o = { ...DEFAULTS, ...options };
  const leaves = leafCounts(graph);
  const total = leaves.get(USER_NODE) ?? 1;
  const unit = (2 * Math.PI) / total;

  // Wedges, top-down: each child gets a share of its parent's wedge proportional to its leaves.
  // The circle starts half a wedge before the top, so the first head of chain sits at the top.
  const firstHead = graph.nodes.get(USER_NODE)?.children[0];
  const start = START - ((firstHead ? (leaves.get(firstHead) ?? 1) : 0) * unit) / 2;
  const wedge = new Map<string, [number, number]>([[USER_NODE, [start, start + 2 * Math.PI]]]);
  const byDepth: string[][] = [];
  const queue = [USER_NODE];
  for (let k = 0; k < queue.length; k++) {
    const id = queue[k];
    const node = graph.nodes.get(id)!;
    (byDepth[node.depth] ??= []).push(id);
    let from = wedge.get(id)![0];
    for (const child of node.children) {
      const span = (leaves.get(child) ?? 1) * unit;
      wedge.set(child, [from, from + span]);
      from += span;
      queue.push(child);
    }
  }
  const angleOf = (id: string) => {
    const [a, b] = wedge.get(id)!;
    return (a + b) / 2;
  };

  // Radii, inside out: far enough from the previous ring, and wide enough for the closest pair.
  const radii = [0];
  for (let d = 1; d < byDepth.length; d++) {
    const angles = byDepth[d].map(angleOf).sort((a, b) => a - b);
    let gap = 2 * Math.PI;
    for (let k = 1; k < angles.length; k++) gap = Math.min(gap, angles[k] - angles[k - 1]);
    if (angles.length > 1) gap = Math.min(gap, angles[0] + 2 * Math.PI - angles[angles.length - 1]);
    const chordNeed = gap >= Math.PI ? 0 : o.minSpacing / (2 * Math.sin(gap / 2));
    radii.push(Math.max(radii[d - 1] + o.ringGap, chordNeed));
  }

  const nodes: PlacedNode[] = [];
  for (const ring of byDepth)
    for (const id of ring) {
      const node = graph.nodes.get(id)!;
      const r = radii[node.depth];
      const angle = id === USER_NODE ? 0 : angleOf(id);
      const x = round(r * Math.cos(angle));
      const y = round(r * Math.sin(angle));
      const isLeaf = node.children.length === 0;
      nodes.push({ id, depth: node.depth, x, y, angle, isLeaf, label: labelFor(id, r, angle, isLeaf) });
    }
  return {
    nodes,
    byId: new Map(nodes.map((n) => [n.id, n])),
    edges: graph.edges,
    radii,
    viewBox: boundsOf(nodes, radii, o),
  };
}

/**
 * The smallest box holding every node and the whole room of every name (names run along the
 * radius, outward for leaves, inward otherwise), plus a margin: a one-sided network is not drawn
 * in the middle of an empty square.
 */
function boundsOf(nodes: readonly PlacedNode[], radii: readonly number[], o: Required<RadialLayoutOptions>): ChainLayout['viewBox'] {
  const margin = o.minSpacing;
  let [x0, y0, x1, y1] = [-margin, -margin, margin, margin];
  const include = (x: number, y: number) => {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  };
  for (const n of nodes) {
    if (n.id === USER_NODE) {
      include(-o.labelRoom / 2, n.label.y + margin);
      include(o.labelRoom / 2, n.label.y + margin);
      continue;
    }
    const r = radii[n.depth];
    const reach = n.isLeaf ? r + LABEL_OFFSET + o.labelRoom : Math.max(0, r - LABEL_OFFSET - o.labelRoom);
    for (const d of [r + margin, reach]) include(d * Math.cos(n.angle), d * Math.sin(n.angle));
    // Text has a height too: half a line either side of its axis.
    include(n.x - margin, n.y - margin);
    include(n.x + margin, n.y + margin);
  }
  return { x: round(x0 - margin), y: round(y0 - margin), width: round(x1 - x0 + 2 * margin), height: round(y1 - y0 + 2 * margin) };
}

/**
 * Where a name goes. Leaves: outward along the radius, past the node. People with a wedge of
 * their own: inward along the radius, where no edge of theirs runs (their people are outside).
 * Names on the left half are turned round so that they never read upside down.
 */
function labelFor(id: string, r: number, angle: number, isLeaf: boolean): PlacedLabel {
  if (id === USER_NODE) return { x: 0, y: 26, rotate: 0, anchor: 'middle' };
  const outward = isLeaf;
  const at = outward ? r + LABEL_OFFSET : r - LABEL_OFFSET;
  const flipped = Math.cos(angle) < -1e-9;
  const rotate = (angle * 180) / Math.PI + (flipped ? 180 : 0);
  const anchor = outward !== flipped ? 'start' : 'end';
  return { x: round(at * Math.cos(angle)), y: round(at * Math.sin(angle)), rotate: round(normaliseDegrees(rotate)), anchor };
}

function normaliseDegrees(d: number): number {
  const n = d % 360;
  return n > 180 ? n - 360 : n <= -180 ? n + 360 : n;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * An edge as an SVG path: a curve that leaves and enters along the radius (d3's linkRadial
 * shape), so the links of one wedge fan out instead of cutting across their neighbours'.
 * The user's links to the heads of chains are straight.
 */
export function edgePath(from: Pick<PlacedNode, 'x' | 'y' | 'angle' | 'depth'>, to: Pick<PlacedNode, 'x' | 'y' | 'angle' | 'depth'>): string {
  const r1 = Math.hypot(from.x, from.y);
  const r2 = Math.hypot(to.x, to.y);
  if (r1 < 1e-6) return `M${from.x},${from.y}L${to.x},${to.y}`;
  const mid = (r1 + r2) / 2;
  const c1 = [round(mid * Math.cos(from.angle)), round(mid * Math.sin(from.angle))];
  const c2 = [round(mid * Math.cos(to.angle)), round(mid * Math.sin(to.angle))];
  return `M${from.x},${from.y}C${c1[0]},${c1[1]} ${c2[0]},${c2[1]} ${to.x},${to.y}`;
}
