// Runs in an extension page: the due list on the seeded database, computed as the extension
// computes it (dueListQuery: candidates through indexes) and by a full table scan feeding the same
// rules (the baseline).
import { RelaisDB } from '../../../utils/db/database';
import { dueItems } from '../../../utils/engine/dueItems';
import { dueListQuery } from '../../../utils/engine/dueListQuery';
import { applyDueStates } from '../../../utils/engine/dueItems';

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t = performance.now();
  const result = await fn();
  return { ms: performance.now() - t, result };
}

/** The same list from every row of every table. */
async function fullScan(db: RelaisDB, now: number) {
  const [contacts, interactions, introductions, nextSteps, recommendationsMade, dueStates] = await Promise.all([
    db.contacts.toArray(),
    db.interactions.toArray(),
    db.introductions.toArray(),
    db.nextSteps.toArray(),
    db.recommendationsMade.toArray(),
    db.dueStates.toArray(),
  ]);
  return applyDueStates(dueItems({ contacts, interactions, introductions, nextSteps, recommendationsMade, now, dueStates }), dueStates, now);
}

async function run(now: number, runs: number, only?: 'indexed' | 'scan') {
  const db = new RelaisDB();
  await db.open();
  const indexed: number[] = [];
  const scan: number[] = [];
  let sizes = { indexed: 0, scan: 0 };
  // Alternate, so a burst of load on the machine hits both sides.
  for (let i = 0; i < runs; i++) {
    if (only !== 'scan') {
      const a = await timed(() => dueListQuery(db, undefined, now));
      indexed.push(a.ms);
      sizes.indexed = a.result.length;
    }
    if (only !== 'indexed') {
      const b = await timed(() => fullScan(db, now));
      scan.push(b.ms);
      sizes.scan = b.result.length;
    }
  }
  db.close();
  return { indexed, scan, sizes };
}

(globalThis as unknown as { __relaisBenchDue: unknown }).__relaisBenchDue = { run };
