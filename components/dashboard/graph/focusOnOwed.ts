import { USER_NODE, type ChainGraph } from './chainGraph';
import type { OwedMark } from './owedHighlights';

/** Past this many people the graph opens on those owed news; the user can show everyone. */
export const FOCUS_THRESHOLD = 80;

/**
 * The part of a large graph worth opening on: the people owed news (overdue first), the people
 * the news is about, and everyone on the way from the user to them, at most `limit` people. With
 * nobody owed news, the people nearest the user, step by step. Returns every id kept (the user's
 * included).
 */
export function focusOnOwed(graph: ChainGraph, owed: ReadonlyMap<string, { mark: OwedMark; about: readonly string[] }>, limit = FOCUS_THRESHOLD): Set<string> {
  const keep = new Set<string>([USER_NODE]);
  const withPath = (ids: readonly string[]): boolean => {
    const path: string[] = [];
    for (const id of ids) for (let at: string | undefined = id; at !== undefined && !keep.has(at) && !path.includes(at); at = graph.nodes.get(at)?.parent) path.push(at);
    if (keep.size + path.length > limit + 1) return false;
    for (const id of path) keep.add(id);
    return true;
  };
  const order = [...owed].filter(([id]) => graph.nodes.has(id)).sort(([, a], [, b]) => (a.mark === b.mark ? 0 : a.mark === 'due' ? -1 : 1));
  for (const [id, o] of order) if (!withPath([id, ...o.about.filter((a) => graph.nodes.has(a))])) withPath([id]);
  if (keep.size > 1) return keep;
  // Nobody owed news: the nearest people, breadth first.
  const queue = [USER_NODE];
  for (let k = 0; k < queue.length && keep.size <= limit; k++) {
    keep.add(queue[k]);
    queue.push(...(graph.nodes.get(queue[k])?.children ?? []));
  }
  return keep;
}

/** The graph restricted to `keep` (which holds each kept person's recommender, as `focusOnOwed` gives). */
export function subGraph(graph: ChainGraph, keep: ReadonlySet<string>): ChainGraph {
  const nodes: ChainGraph['nodes'] = new Map();
  for (const [id, node] of graph.nodes) if (keep.has(id)) nodes.set(id, { ...node, children: node.children.filter((c) => keep.has(c)) });
  return { nodes, edges: graph.edges.filter((e) => keep.has(e.from) && keep.has(e.to)) };
}
