// Runs in an extension page: the due list on the seeded database, as each surface asks for it —
// the popup (its first 12 items and the total: dueListQuery with a limit), the toolbar badge (the
// count alone: dueCount), the whole list through indexes (no limit: the dashboard's due column) —
// and by a full table scan feeding the same rules (the baseline).
import { RelaisDB } from '../../../utils/db/database';
import { applyDueStates, dueItems } from '../../../utils/engine/dueItems';
import { dueCount, dueListQuery } from '../../../utils/engine/dueListQuery';

const POPUP_ITEMS = 12;

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

type Path = 'popup' | 'badge' | 'whole' | 'scan';

async function run(now: number, runs: number, only?: Path) {
  const db = new RelaisDB();
  await db.open();
  const ms: Record<Path, number[]> = { popup: [], badge: [], whole: [], scan: [] };
  const sizes = { popupItems: 0, popupTotal: 0, badge: 0, whole: 0, scan: 0, firstKeysAgree: true };
  // Alternate, so a burst of load on the machine hits every path.
  for (let i = 0; i < runs; i++) {
    let popupKeys: string[] = [];
    let wholeKeys: string[] = [];
    if (!only || only === 'popup') {
      const r = await timed(() => dueListQuery(db, undefined, now, { limit: POPUP_ITEMS }));
      ms.popup.push(r.ms);
      sizes.popupItems = r.result.items.length;
      sizes.popupTotal = r.result.total;
      popupKeys = r.result.items.map((x) => x.finding.key);
    }
    if (!only || only === 'badge') {
      const r = await timed(() => dueCount(db, undefined, now));
      ms.badge.push(r.ms);
      sizes.badge = r.result.total;
    }
    if (!only || only === 'whole') {
      const r = await timed(() => dueListQuery(db, undefined, now));
      ms.whole.push(r.ms);
      sizes.whole = r.result.items.length;
      wholeKeys = r.result.items.slice(0, POPUP_ITEMS).map((x) => x.finding.key);
    }
    if (!only || only === 'scan') {
      const r = await timed(() => fullScan(db, now));
      ms.scan.push(r.ms);
      sizes.scan = r.result.length;
    }
    if (!only && popupKeys.join('\n') !== wholeKeys.join('\n')) sizes.firstKeysAgree = false;
  }
  db.close();
  return { ms, sizes };
}

(globalThis as unknown as { __relaisBenchDue: unknown }).__relaisBenchDue = { run };
