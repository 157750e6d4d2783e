import type { Interaction } from '../../../../model/types';
import type { EndorsementRecord } from '../../parse/archive';
import { rowKey } from '../interactionKeys';
import type { ImportPlanner } from '../planner';

/** Endorsements, both ways: gives in the give/ask ledger. */
export async function planEndorsements(planner: ImportPlanner, records: readonly EndorsementRecord[], kind: 'give' | 'received-give'): Promise<void> {
  for (const e of records) {
    await planner.tick();
    if (e.at === undefined) {
      planner.undated++;
      continue;
    }
    const id = planner.resolve(e.person);
    if (!id) continue;
    const key = rowKey(kind === 'give' ? 'endorse-given' : 'endorse-received', [e.person.name || e.person.id, e.skill, e.at]);
    const row: Interaction = { key, contactId: id, kind, giveKind: 'endorsement', at: e.at, site: 'linkedin', surface: 'import', source: 'import' };
    if (e.skill) row.text = e.skill;
    if (planner.add(row)) planner.report.endorsements[kind === 'give' ? 'given' : 'received']++;
  }
}
