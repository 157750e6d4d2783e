import type { Contact, ContactId } from '../../../model/types';
import type { ContactFacts } from './contactFacts';
import { nameKey } from './nameKey';
import type { Tick } from './planner';

/**
 * Flags people who may be one person under two ids (a name-only row and a URL; a member-id URL
 * and a slug; a name shared by several known people), as the live capture does for a new contact
 * of a known name: both ways, never merged silently. Only groups with someone new are flagged.
 */
export async function flagPossibleDuplicates(
  existing: ReadonlyMap<ContactId, Contact>,
  facts: ReadonlyMap<ContactId, ContactFacts>,
  factsFor: (id: ContactId) => ContactFacts,
  tick: Tick,
): Promise<void> {
  const byName = new Map<string, Set<ContactId>>();
  const note = (id: ContactId, name: string | undefined) => {
    if (!name) return;
    const key = nameKey(name);
    let ids = byName.get(key);
    if (!ids) byName.set(key, (ids = new Set()));
    ids.add(id);
  };
  let i = 0;
  for (const c of existing.values()) {
    if ((i++ & 1023) === 0) await tick();
    note(c.id, c.name);
  }
  for (const f of facts.values()) {
    if ((i++ & 1023) === 0) await tick();
    if (!existing.has(f.id)) note(f.id, f.name);
  }
  for (const ids of byName.values()) {
    if (ids.size < 2) continue;
    await tick();
    const created = [...ids].filter((id) => !existing.has(id));
    if (!created.length) continue;
    for (const id of ids) {
      const others = existing.has(id) ? created : [...ids].filter((o) => o !== id);
      if (others.length) factsFor(id).possibleDuplicates.push(...others);
    }
  }
}
