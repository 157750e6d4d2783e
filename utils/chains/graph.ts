import type { ContactId, Introduction } from '../model/types';

/** The recommendation graph: an edge recommender → contact for each introduction. */
export interface IntroGraph {
  /** Who introduced you to this contact (incoming edges). */
  recommendersOf: ReadonlyMap<ContactId, readonly Introduction[]>;
  /** Whom this contact introduced you to (outgoing edges). */
  introducedBy: ReadonlyMap<ContactId, readonly Introduction[]>;
}

export type IntroSource = readonly Introduction[] | IntroGraph;

function isValid(i: Introduction | null | undefined): i is Introduction {
  return (
    !!i &&
    typeof i.recommenderId === 'string' &&
    typeof i.contactId === 'string' &&
    i.recommenderId !== '' &&
    i.contactId !== '' &&
    // Someone cannot introduce you to themselves.
    i.recommenderId !== i.contactId &&
    Number.isFinite(i.at)
  );
}

/**
 * Indexes the introductions. Callers that ask for many chains (the due list) build it once and
 * pass the graph; a list is indexed on each call (no hidden cache that a mutated array would fool).
 */
export function graphOf(source: IntroSource): IntroGraph {
  if (source && !Array.isArray(source) && 'recommendersOf' in source) return source;
  const list: readonly Introduction[] = Array.isArray(source) ? source : [];
  const recommendersOf = new Map<ContactId, Introduction[]>();
  const introducedBy = new Map<ContactId, Introduction[]>();
  for (const i of list) {
    if (!isValid(i)) continue;
    push(recommendersOf, i.contactId, i);
    push(introducedBy, i.recommenderId, i);
  }
  return { recommendersOf, introducedBy };
}

function push(map: Map<ContactId, Introduction[]>, key: ContactId, value: Introduction): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One person up the chain of a contact, and how the chain reaches the contact. */
export interface ChainLink {
  recommenderId: ContactId;
  /** 1 = introduced you to the contact directly; 2 = introduced you to that recommender; … */
  depth: number;
  /** From this recommender down to the contact, both included: [A, B, C] for A → B → C. */
  path: ContactId[];
  /** When you were introduced to the contact along this chain (the last edge of the path). */
  introducedAt: number;
}

/**
 * Everyone up the recommendation chain of a contact, nearest first (breadth-first). Each person
 * appears once, at their shortest distance; the contact itself never appears, so a cycle
 * (A → B → A) or a self-loop ends the walk instead of looping.
 */
export function recommendersUpChain(contactId: ContactId, introductions: IntroSource): ChainLink[] {
  const graph = graphOf(introductions);
  const out: ChainLink[] = [];
  const seen = new Map<ContactId, ChainLink>([[contactId, { recommenderId: contactId, depth: 0, path: [contactId], introducedAt: -Infinity }]]);
  let frontier: ChainLink[] = [seen.get(contactId)!];
  while (frontier.length) {
    const next: ChainLink[] = [];
    for (const node of frontier) {
      const incoming = [...(graph.recommendersOf.get(node.recommenderId) ?? [])].sort(byTimeThenId);
      for (const edge of incoming) {
        const introducedAt = node.depth === 0 ? edge.at : node.introducedAt;
        const known = seen.get(edge.recommenderId);
        if (known) {
          // Two introductions of the same pair, or two paths of the same length: keep the
          // earliest entry, so every step since the first introduction is reported.
          if (known.depth === node.depth + 1 && introducedAt < known.introducedAt) known.introducedAt = introducedAt;
          continue;
        }
        const link: ChainLink = { recommenderId: edge.recommenderId, depth: node.depth + 1, path: [edge.recommenderId, ...node.path], introducedAt };
        seen.set(edge.recommenderId, link);
        out.push(link);
        next.push(link);
      }
    }
    frontier = next;
  }
  return out;
}

/** Everyone a recommender opened the way to, directly or further down (cycle-safe). */
export function contactsDownChain(recommenderId: ContactId, introductions: IntroSource): ContactId[] {
  const graph = graphOf(introductions);
  const seen = new Set<ContactId>([recommenderId]);
  const out: ContactId[] = [];
  let frontier = [recommenderId];
  while (frontier.length) {
    const next: ContactId[] = [];
    for (const id of frontier)
      for (const edge of graph.introducedBy.get(id) ?? []) {
        if (seen.has(edge.contactId)) continue;
        seen.add(edge.contactId);
        out.push(edge.contactId);
        next.push(edge.contactId);
      }
    frontier = next;
  }
  return out;
}

/** Every contact someone introduced you to: the subjects of owed updates. */
export function introducedContacts(introductions: IntroSource): ContactId[] {
  return [...graphOf(introductions).recommendersOf.keys()];
}

function byTimeThenId(a: Introduction, b: Introduction): number {
  return a.at - b.at || (a.recommenderId < b.recommenderId ? -1 : a.recommenderId > b.recommenderId ? 1 : 0);
}
