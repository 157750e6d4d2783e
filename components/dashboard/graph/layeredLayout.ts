import { USER_NODE, type ChainEdge, type ChainGraph } from './chainGraph';
import { shortenLabel, type Measure } from './shortenLabel';

export interface LayeredLayoutOptions {
  /** The room the drawing should fit in at full size, in px (the graph's frame on screen). */
  width: number;
  height: number;
  measure: Measure;
  /** Each person's name, as it should read. */
  nameOf: (id: string) => string;
  /** Distance between two rows; a label is `labelHeight` tall, so rows never touch. */
  pitch?: number;
  labelHeight?: number;
  /** The widest a name is drawn; longer names are shortened (whole on hover and focus). */
  labelMax?: number;
  /** Room between a name and the next column, where the links run. */
  gutter?: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode {
  id: string;
  depth: number;
  x: number;
  y: number;
  /** The name as drawn (maybe shortened), the whole name, and the box the drawn name takes. */
  label: { text: string; full: string; shortened: boolean; box: Box };
}

export interface LayeredLayout {
  nodes: PlacedNode[];
  byId: Map<string, PlacedNode>;
  edges: ChainEdge[];
  /** How many rows a column holds before the next column of the same step takes over. */
  rows: number;
  viewBox: Box;
}

export const NODE_RADIUS = 7;
/** From the dot to its name: room for the ring of a person owed news. */
const LABEL_GAP = 12;
const MARGIN = 16;

/**
 * Who introduced whom, in layers from the user outward: the user on the left, then one column per
 * step of introduction, each recommender a column before the people they introduced. Names are
 * written horizontally beside each person; links leave from the end of a name and arrive at the
 * next person's dot. A step with more people than the frame has rows continues in a further
 * column, the number of rows chosen so that the whole drawing needs the least shrinking to fit
 * the frame. People sit as near their recommender's row as the rows allow, so links stay short.
 *
 * No two names overlap, by construction (one person per row of a column; columns as wide as
 * their longest name) and checked at the end (`labelCollisions`). Pure and deterministic.
 */
export function layeredLayout(graph: ChainGraph, o: LayeredLayoutOptions): LayeredLayout {
  const pitch = o.pitch ?? 26;
  const labelHeight = Math.min(o.labelHeight ?? 16, pitch - 2);
  const labelMax = o.labelMax ?? 150;
  const gutter = o.gutter ?? 44;

  // Each step's people in the order of a walk from the user: siblings together, families in
  // their recommender's order.
  const layers: string[][] = [];
  const stack = [USER_NODE];
  while (stack.length) {
    const id = stack.pop()!;
    const node = graph.nodes.get(id);
    if (!node) continue;
    (layers[node.depth] ??= []).push(id);
    for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]);
  }

  const labels = new Map<string, ReturnType<typeof shortenLabel> & { full: string }>();
  for (const layer of layers) for (const id of layer) labels.set(id, { ...shortenLabel(o.nameOf(id), labelMax, o.measure), full: o.nameOf(id) });
  const columnWidth = (ids: readonly string[]) => 2 * NODE_RADIUS + LABEL_GAP + Math.max(0, ...ids.map((id) => labels.get(id)!.width)) + gutter;
  const layerWidth = layers.map(columnWidth);

  // Rows per column: the count that needs the least shrinking to fit the frame (ties: fewer columns).
  const widest = Math.max(1, ...layers.slice(1).map((l) => l.length));
  let rows = widest;
  let best = -1;
  for (let r = Math.min(widest, 3); r <= widest; r++) {
    const width = layers.reduce((sum, l, d) => sum + Math.ceil(l.length / r) * layerWidth[d], 0) + 2 * MARGIN;
    const scale = Math.min(1, o.width / width, o.height / (r * pitch + 2 * MARGIN));
    if (scale > best + 1e-9 || (Math.abs(scale - best) <= 1e-9 && r > rows)) [best, rows] = [scale, r];
  }

  const slot = new Map<string, number>();
  const nodes: PlacedNode[] = [];
  let x = MARGIN;
  for (const [d, layer] of layers.entries()) {
    for (let start = 0; start < layer.length; start += rows) {
      const column = layer.slice(start, start + rows);
      const slots = placeInRows(column, rows, (id) => {
        const parent = graph.nodes.get(id)?.parent;
        return parent === undefined ? (rows - 1) / 2 : slot.get(parent)!;
      });
      for (const [k, id] of column.entries()) {
        slot.set(id, slots[k]);
        const label = labels.get(id)!;
        const y = MARGIN + slots[k] * pitch + pitch / 2;
        const lx = x + 2 * NODE_RADIUS + LABEL_GAP;
        nodes.push({
          id,
          depth: d,
          x: x + NODE_RADIUS,
          y,
          label: { text: label.text, full: label.full, shortened: label.shortened, box: { x: lx, y: y - labelHeight / 2, width: label.width, height: labelHeight } },
        });
      }
      x += layerWidth[d];
    }
  }
  const used = Math.max(1, ...[...slot.values()].map((s) => s + 1));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = graph.edges.filter((e) => byId.has(e.from) && byId.has(e.to));
  return { nodes, byId, edges, rows, viewBox: { x: 0, y: 0, width: Math.round(x - gutter + 2 * MARGIN), height: used * pitch + 2 * MARGIN } };
}

/**
 * Rows for the people of one column, in their order, each as near the row it wants (its
 * recommender's, siblings spread around it) as the others allow, all within `rows`.
 */
function placeInRows(ids: readonly string[], rows: number, wanted: (id: string) => number): number[] {
  // Siblings (same wanted row) are spread evenly around it.
  const want: number[] = [];
  for (let k = 0; k < ids.length; ) {
    let end = k + 1;
    while (end < ids.length && wanted(ids[end]) === wanted(ids[k])) end++;
    for (let j = k; j < end; j++) want.push(wanted(ids[k]) + j - k - (end - k - 1) / 2);
    k = end;
  }
  const out: number[] = [];
  for (let k = 0; k < ids.length; k++) out.push(Math.max(k ? out[k - 1] + 1 : 0, Math.round(want[k])));
  // Pushed past the last row: pull back from the end, keeping one row each.
  for (let k = ids.length - 1; k >= 0; k--) out[k] = Math.min(out[k], k === ids.length - 1 ? rows - 1 : out[k + 1] - 1);
  return out;
}

/** Every pair of drawn names whose boxes overlap (none, for a layout of `layeredLayout`). */
export function labelCollisions(boxes: readonly (Box & { id: string })[]): [string, string][] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const out: [string, string][] = [];
  for (let a = 0; a < sorted.length; a++)
    for (let b = a + 1; b < sorted.length && sorted[b].x < sorted[a].x + sorted[a].width; b++) {
      const p = sorted[a];
      const q = sorted[b];
      if (p.y < q.y + q.height && q.y < p.y + p.height) out.push([p.id, q.id]);
    }
  return out;
}

/**
 * A link as an SVG path, from the end of the recommender's name to the dot of the person they
 * introduced: a curve that leaves and arrives horizontally (the shape of d3's linkHorizontal).
 */
export function edgePath(from: PlacedNode, to: PlacedNode): string {
  const x1 = round(from.label.box.x + from.label.box.width + 4);
  const x2 = round(to.x - NODE_RADIUS - 6);
  const bend = Math.max(24, Math.abs(x2 - x1) / 2);
  return `M${x1},${round(from.y)}C${round(x1 + bend)},${round(from.y)} ${round(x2 - bend)},${round(to.y)} ${x2},${round(to.y)}`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
