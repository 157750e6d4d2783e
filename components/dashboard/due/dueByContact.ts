import type { DueEntry } from '../../../utils/engine/dueEntries';
import { DUE_CATEGORIES, type DueCategory } from '../../../utils/engine/dueItems';
import type { ContactId } from '../../../utils/model/types';

/**
 * What is due with each person, as the table shows it: an owed update belongs to the recommender
 * you must write to (the due list's action), a promise or a keep-warm to the contact itself.
 */
export function dueByContact(entries: readonly Pick<DueEntry, 'category' | 'writeTo'>[]): Map<ContactId, DueCategory[]> {
  const out = new Map<ContactId, Set<DueCategory>>();
  for (const entry of entries ?? []) {
    const id = entry?.writeTo;
    if (typeof id !== 'string' || !DUE_CATEGORIES.includes(entry.category)) continue;
    const set = out.get(id) ?? new Set<DueCategory>();
    set.add(entry.category);
    out.set(id, set);
  }
  return new Map([...out].map(([id, set]) => [id, DUE_CATEGORIES.filter((c) => set.has(c))]));
}
