import type { NoteRecord } from '../../parse/archive';
import type { ImportPlanner } from '../planner';

/** Notes.csv: the user's own notes, each added to its contact once. */
export async function planNotes(planner: ImportPlanner, notes: readonly NoteRecord[]): Promise<void> {
  for (const n of notes) {
    await planner.tick();
    const id = planner.resolve(n.person);
    if (!id) continue;
    const f = planner.factsFor(id);
    if (!f.notes.includes(n.note)) f.notes.push(n.note);
  }
}
