import { graphOf } from '../chains/graph';
import type { Finding } from '../model/finding';
import type { Contact, DueState } from '../model/types';
import type { Rule } from '../rules/context';
import { keepWarm } from '../rules/keep-warm';
import { promiseDue } from '../rules/promise-due';
import { recommenderNotInformed } from '../rules/recommender-not-informed';
import { prepareContexts, type SharedData } from './buildRuleContext';

/** The three kinds of reminder, in the order the due list shows them. */
export const DUE_CATEGORIES = ['update', 'promise', 'keep-warm'] as const;
export type DueCategory = (typeof DUE_CATEGORIES)[number];

export interface DueItem {
  category: DueCategory;
  finding: Finding;
}

export interface DueCandidates extends SharedData {
  /** The contacts that may have something due (others in `contacts` are only there to be named). */
  candidates?: Iterable<Contact>;
  dueStates?: readonly DueState[];
}

const SOURCES: { category: DueCategory; rule: Rule; applies: (c: Contact, ctx: { introduced: Set<string>; withSteps: Set<string> }) => boolean }[] = [
  { category: 'update', rule: recommenderNotInformed, applies: (c, x) => x.introduced.has(c.id) },
  { category: 'promise', rule: promiseDue, applies: (c, x) => x.withSteps.has(c.id) },
  { category: 'keep-warm', rule: keepWarm, applies: () => true },
];

/**
 * The due list across contacts: updates owed to recommenders first (the debt that costs the most
 * when forgotten, seed 001), then promises and planned next steps, then keep-warm; inside each,
 * the most overdue first. Snoozed (until later than now) and dismissed items are left out. The
 * same rules as the checklist make the items, so both always agree. A rule that throws for one
 * contact skips that contact's item, not the list. `only` limits it to some categories.
 */
export function dueItems(data: DueCandidates, only: readonly DueCategory[] = DUE_CATEGORIES): DueItem[] {
  const sources = SOURCES.filter((s) => only.includes(s.category));
  const contextOf = prepareContexts(data);
  const introduced = new Set(graphOf(data.introductions ?? []).recommendersOf.keys());
  const withSteps = new Set((data.nextSteps ?? []).filter((s) => s && s.doneAt === undefined).map((s) => s.contactId));
  const seen = new Set<string>();
  const items: DueItem[] = [];
  for (const contact of data.candidates ?? data.contacts) {
    if (!contact || typeof contact.id !== 'string' || seen.has(contact.id)) continue;
    seen.add(contact.id);
    const applicable = sources.filter((s) => s.applies(contact, { introduced, withSteps }));
    if (!applicable.length) continue;
    const ctx = contextOf(contact);
    for (const source of applicable) {
      let found: Finding[] = [];
      try {
        found = source.rule(ctx);
      } catch {
        continue;
      }
      for (const finding of found) if ((finding.dueAt ?? Infinity) <= data.now) items.push({ category: source.category, finding });
    }
  }
  return sortDueItems(applyDueStates(dedupe(items), data.dueStates ?? [], data.now));
}

/** Drops what the user snoozed until later than `now` or dismissed. */
export function applyDueStates(items: readonly DueItem[], states: readonly (DueState | undefined)[], now: number): DueItem[] {
  const byKey = dueStatesByKey(states);
  return items.filter(({ finding }) => !hides(byKey.get(finding.key), now));
}

export function dueStatesByKey(states: readonly (DueState | undefined)[]): Map<string, DueState> {
  const byKey = new Map<string, DueState>();
  for (const s of states) if (s && typeof s.key === 'string') byKey.set(s.key, s);
  return byKey;
}

/** Whether the user's choice on an item keeps it off the list at `now`: dismissed, or snoozed past now. */
export function hides(state: DueState | undefined, now: number): boolean {
  if (!state) return false;
  if (state.dismissedAt !== undefined && state.dismissedAt !== null) return true;
  return typeof state.snoozedUntil === 'number' && state.snoozedUntil > now;
}

export function sortDueItems(items: DueItem[]): DueItem[] {
  return items.sort((a, b) => compareDue(sortKeyOf(a), sortKeyOf(b)));
}

/** What the due list's order depends on: an item, or a keep-warm date not yet made an item. */
export interface DueSortKey {
  category: DueCategory;
  dueAt?: number;
  depth?: number;
  key: string;
}

/** Category, then the most overdue first, then the nearest recommender, then the key (a stable tie-break). */
export function compareDue(a: DueSortKey, b: DueSortKey): number {
  return (
    DUE_CATEGORIES.indexOf(a.category) - DUE_CATEGORIES.indexOf(b.category) ||
    (a.dueAt ?? 0) - (b.dueAt ?? 0) ||
    (a.depth ?? 0) - (b.depth ?? 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

function sortKeyOf(item: DueItem): DueSortKey {
  return { category: item.category, dueAt: item.finding.dueAt, depth: depthOf(item), key: item.finding.key };
}

/** The one who introduced you directly before those further up the chain. */
function depthOf(item: DueItem): number {
  const d = item.finding.details?.depth;
  return typeof d === 'number' ? d : 0;
}

function dedupe(items: DueItem[]): DueItem[] {
  const keys = new Set<string>();
  return items.filter((i) => (keys.has(i.finding.key) ? false : (keys.add(i.finding.key), true)));
}
