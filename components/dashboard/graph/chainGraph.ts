import type { ContactId, Introduction } from '../../../utils/model/types';

/** The user's own node: everyone else hangs from it, directly or through a chain. */
export const USER_NODE = '@user';

export interface ChainNode {
  id: ContactId | typeof USER_NODE;
  /** 0 for the user; 1 for someone you know directly who introduced others; 2… down the chains. */
  depth: number;
  /** The node this one hangs from in the drawing (its nearest recommender, or the user). */
  parent?: string;
  /** Nodes hanging from this one, in drawing order. */
  children: string[];
}

export interface ChainEdge {
  from: string;
  to: string;
  /** `introduction`: recommender → contact. `direct`: the user → someone known without an introduction. */
  kind: 'introduction' | 'direct';
}

export interface ChainGraph {
  nodes: Map<string, ChainNode>;
  edges: ChainEdge[];
}

function isUsable(i: Introduction | null | undefined): i is Introduction {
  return (
    !!i &&
    typeof i.recommenderId === 'string' &&
    typeof i.contactId === 'string' &&
    i.recommenderId !== '' &&
    i.contactId !== '' &&
    i.recommenderId !== i.contactId &&
    i.recommenderId !== USER_NODE &&
    i.contactId !== USER_NODE
  );
}

const byTimeThenId = (a: Introduction, b: Introduction) =>
  (Number.isFinite(a.at) ? a.at : 0) - (Number.isFinite(b.at) ? b.at : 0) || cmp(a.recommenderId, b.recommenderId) || cmp(a.contactId, b.contactId);

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Who introduced you to whom, as a tree rooted at the user for drawing, plus every introduction as
 * an edge. People nobody introduced you to (the heads of chains) hang from the user directly. A
 * person introduced by several people hangs from the nearest (then earliest) one; the other
 * introductions stay as edges. A cycle with no head (A → B → A) gets one: its earliest-introduced
 * member, so nobody is left out of the picture. Duplicate and broken rows are ignored.
 */
export function buildChainGraph(introductions: readonly (Introduction | null | undefined)[]): ChainGraph {
  const intros = (Array.isArray(introductions) ? introductions : []).filter(isUsable).sort(byTimeThenId);
  const incoming = new Map<string, Introduction[]>();
  const outgoing = new Map<string, Introduction[]>();
  const people: string[] = [];
  const edgeKeys = new Set<string>();
  const edges: ChainEdge[] = [];
  for (const i of intros) {
    const key = `${i.recommenderId}\u0000${i.contactId}`;
    if (edgeKeys.has(key)) continue;
    edgeKeys.add(key);
    edges.push({ from: i.recommenderId, to: i.contactId, kind: 'introduction' });
    for (const id of [i.recommenderId, i.contactId]) if (!incoming.has(id)) (incoming.set(id, []), outgoing.set(id, []), people.push(id));
    incoming.get(i.contactId)!.push(i);
    outgoing.get(i.recommenderId)!.push(i);
  }

  const nodes = new Map<string, ChainNode>([[USER_NODE, { id: USER_NODE, depth: 0, children: [] }]]);
  const attach = (id: string, parent: string) => {
    nodes.set(id, { id, depth: nodes.get(parent)!.depth + 1, parent, children: [] });
    nodes.get(parent)!.children.push(id);
  };
  // Breadth-first from the heads of chains, so each person hangs at their shortest distance.
  const walk = (heads: string[]) => {
    let frontier = heads;
    for (const h of heads) {
      attach(h, USER_NODE);
      edges.push({ from: USER_NODE, to: h, kind: 'direct' });
    }
    while (frontier.length) {
      // Among the recommenders at this distance, the earliest introduction wins.
      const chosen = new Map<string, Introduction>();
      for (const id of frontier)
        for (const i of outgoing.get(id) ?? []) {
          if (nodes.has(i.contactId)) continue;
          const known = chosen.get(i.contactId);
          if (!known || byTimeThenId(i, known) < 0) chosen.set(i.contactId, i);
        }
      const next = [...chosen.values()].sort(byTimeThenId);
      for (const i of next) attach(i.contactId, i.recommenderId);
      frontier = next.map((i) => i.contactId);
    }
  };
  walk(people.filter((id) => incoming.get(id)!.length === 0));
  // What is left is reachable only through cycles: give each cycle a head, earliest first.
  for (const id of people) if (!nodes.has(id)) walk([id]);
  return { nodes, edges };
}
