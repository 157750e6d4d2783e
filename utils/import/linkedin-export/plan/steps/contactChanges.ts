import type { Contact, ContactId } from '../../../../model/types';
import { applyContactFacts, type ApplyContext } from '../contactFacts';
import type { ImportPlanner } from '../planner';

/**
 * Counts what the plan would do to contacts as the database holds them now: created, updated,
 * notes added (the writer applies the same facts again to the records as they are at write time).
 */
export async function countContactChanges(planner: ImportPlanner, existing: ReadonlyMap<ContactId, Contact>, ctx: ApplyContext): Promise<void> {
  const { report } = planner;
  for (const f of planner.facts.values()) {
    await planner.tick();
    const before = existing.get(f.id);
    const after = applyContactFacts(before, f, ctx);
    if (!before) report.contacts.created++;
    else if (after) report.contacts.updated++;
    if (after) report.notes += f.notes.filter((n) => !(before?.notes ?? '').includes(n)).length;
  }
}
