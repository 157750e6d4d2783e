import { DUE_CATEGORIES, type DueCategory, type DueItem } from '../../../utils/engine/dueItems';
import type { ContactId } from '../../../utils/model/types';

/**
 * What is due with each person, as the table shows it: an owed update belongs to the recommender
 * you must write to (the due list's action), a promise or a keep-warm to the contact itself.
 */
export function dueByContact(items: readonly DueItem[]): Map<ContactId, DueCategory[]> {
  const out = new Map<ContactId, Set<DueCategory>>();
  for (const item of items ?? []) {
    const id = item?.finding?.action?.contactId ?? item?.finding?.contactId;
    if (typeof id !== 'string' || !DUE_CATEGORIES.includes(item.category)) continue;
    const set = out.get(id) ?? new Set<DueCategory>();
    set.add(item.category);
    out.set(id, set);
  }
  return new Map([...out].map(([id, set]) => [id, DUE_CATEGORIES.filter((c) => set.has(c))]));
}
