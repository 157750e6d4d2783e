import type { ContactId } from '../model/types';
import { DUE_CATEGORIES, type DueCategory, type DueItem, type DueSortKey } from './dueItems';

/** How many people "today" holds: calm by default, the rest behind "All". */
export const TODAY_MAX = 5;

/** What the due list needs of a line to group it: its sort key and whom it asks you to write to. */
export interface DueLineKey extends DueSortKey {
  writeTo: ContactId;
}

/** Lines owed to one person, and where that person stands in the list. */
export interface DuePerson<T> {
  /** Whom to write to: one entry per person. */
  contactId: ContactId;
  /** What the most valuable line is. */
  lead: DueCategory;
  /** When that line came due. */
  dueAt: number;
  /** What is owed them, the most valuable first. */
  lines: T[];
}

/**
 * The order "today" fills, the most valuable first: updates owed to the one who introduced you
 * directly (the debt that costs the most when forgotten, seed 001), promises falling due, updates
 * further up a chain (when the user asked for the whole chain), then keeping in touch.
 */
export function rankOf(line: Pick<DueSortKey, 'category' | 'depth'>): number {
  if (line.category === 'update') return (line.depth ?? 1) > 1 ? 2 : 0;
  return line.category === 'promise' ? 1 : 3;
}

/** Rank, then the longest overdue, then the key (a stable tie-break). */
export function compareLines(a: DueSortKey, b: DueSortKey): number {
  return rankOf(a) - rankOf(b) || (a.dueAt ?? 0) - (b.dueAt ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * One entry per person: every line owed to the same person (updates about several people they
 * led you to, a promise, keeping in touch) grouped under them, people ordered by their most
 * valuable line. `keyOf` says how a line sorts and whom it is owed to.
 */
export function groupByPerson<T>(lines: readonly T[], keyOf: (line: T) => DueLineKey): DuePerson<T>[] {
  const byPerson = new Map<ContactId, { best: DueLineKey; lines: { line: T; key: DueLineKey }[] }>();
  for (const line of lines) {
    const key = keyOf(line);
    const person = byPerson.get(key.writeTo);
    if (!person) byPerson.set(key.writeTo, { best: key, lines: [{ line, key }] });
    else {
      person.lines.push({ line, key });
      if (compareLines(key, person.best) < 0) person.best = key;
    }
  }
  const people = [...byPerson].sort(([a, x], [b, y]) => compareLines(x.best, y.best) || (a < b ? -1 : a > b ? 1 : 0));
  return people.map(([contactId, { best, lines: owed }]) => ({
    contactId,
    lead: best.category,
    dueAt: best.dueAt ?? 0,
    lines: (owed.length > 1 ? owed.sort((x, y) => compareLines(x.key, y.key)) : owed).map((o) => o.line),
  }));
}

/** How many people lead with each kind of reminder (an update further up a chain counts as an update). */
export function countLeads(people: readonly Pick<DuePerson<unknown>, 'lead'>[]): Record<DueCategory, number> {
  const counts = Object.fromEntries(DUE_CATEGORIES.map((c) => [c, 0])) as Record<DueCategory, number>;
  for (const p of people) counts[p.lead] += 1;
  return counts;
}

/** How a made item sorts and whom it is owed to (an owed update: the recommender; else the contact). */
export function lineKeyOfItem(item: DueItem): DueLineKey {
  const f = item.finding;
  const depth = f.details?.depth;
  return { category: item.category, dueAt: f.dueAt, depth: typeof depth === 'number' ? depth : undefined, key: f.key, writeTo: f.action?.contactId ?? f.contactId };
}
