import type { Contact, ContactId } from '../../../utils/model/types';

export interface DuplicatePair {
  a: Contact;
  b: Contact;
}

/**
 * Each flagged pair once (the flag is kept on both sides), in name order. A flag pointing at a
 * contact that no longer exists (merged or erased since) is left out: there is nothing to merge.
 */
export function duplicatePairs(contacts: readonly Contact[], collator?: Intl.Collator): DuplicatePair[] {
  const byId = new Map<ContactId, Contact>();
  for (const c of contacts ?? []) if (c && typeof c.id === 'string') byId.set(c.id, c);
  const seen = new Set<string>();
  const pairs: DuplicatePair[] = [];
  for (const a of byId.values()) {
    for (const otherId of Array.isArray(a.possibleDuplicates) ? a.possibleDuplicates : []) {
      const b = byId.get(otherId);
      if (!b || b.id === a.id) continue;
      const [first, second] = a.id < b.id ? [a, b] : [b, a];
      const key = `${first.id}\u0000${second.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push({ a: first, b: second });
    }
  }
  const cmp = collator ? collator.compare : (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return pairs.sort((p, q) => cmp(p.a.name ?? '', q.a.name ?? '') || cmp(p.a.id, q.a.id));
}
