import type { ParsedArchive } from '../parse/archive';
import type { Tick } from './planner';

/** How far a plan is: its share done, and, while rows are matched, how many of how many. */
export type PlanProgressListener = (fraction: number, rows?: { done: number; total: number }) => void;

/** Rows of the archive the steps go through, one checkpoint each. */
export function rowsToPlan(archive: ParsedArchive): number {
  return (
    archive.connections.length +
    archive.messages.length +
    archive.invitations.length +
    archive.recommendationsGiven.length +
    archive.recommendationsReceived.length +
    archive.endorsementsGiven.length +
    archive.endorsementsReceived.length +
    archive.notes.length
  );
}

/**
 * The checkpoint of one stage of the plan, which also says how far the plan is: the stage spans
 * `from`–`to` of it and expects about `calls` checkpoints (one per row for the steps, one per
 * thousand for the indexes built before them). `rows` shows the count of rows while matching.
 */
export function stageTick(tick: Tick, listener: PlanProgressListener | undefined, from: number, to: number, calls: number, rows = false): Tick {
  if (!listener) return tick;
  let done = 0;
  const total = Math.max(1, calls);
  const every = rows ? 511 : 0;
  return () => {
    done++;
    if ((done & every) === 0) listener(from + (to - from) * Math.min(1, done / total), rows ? { done: Math.min(done, total), total } : undefined);
    return tick();
  };
}
