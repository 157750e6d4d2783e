// Runs in an extension page, on the extension's own database and storage: the due list as each
// surface gets it — the popup (the background's snapshot of today's five people and the total,
// read from storage.session), the background after each change (refreshDue: the query for those
// five and the total, the badge, the snapshot written), the whole list as entries (the dashboard's
// due column: whom each line concerns, no item made) — and by a full table scan feeding the same
// rules, grouped by person the same way (the baseline).
import { RelaisDB } from '../../../utils/db/database';
import { applyDueStates, dueItems } from '../../../utils/engine/dueItems';
import { dueListEntries, dueListQuery } from '../../../utils/engine/dueListQuery';
import { groupByPerson, lineKeyOfItem, TODAY_MAX } from '../../../utils/engine/duePeople';
import { pageMessaging } from '../../../utils/messaging/pageProtocol';
import { readDueSnapshot } from '../../../utils/reminders/dueSnapshot';
import { refreshDue } from '../../../utils/reminders/reminderService';

/** The bench's Chromium exposes gc (tests/bench/lib/browser.mjs): each path starts from a collected heap. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  collect();
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
  return groupByPerson(applyDueStates(dueItems({ contacts, interactions, introductions, nextSteps, recommendationsMade, now, dueStates }), dueStates, now), lineKeyOfItem);
}

/** Asks the background for a snapshot of the seeded database (the seeding wrote behind its back), and waits for it. */
async function freshSnapshot(since: number) {
  await pageMessaging.sendMessage('refreshReminders', undefined);
  for (let i = 0; i < 200; i++) {
    const s = await readDueSnapshot();
    if (s && s.at >= since) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the background stored no due snapshot');
}

type Path = 'popup' | 'refresh' | 'query' | 'whole' | 'scan';

async function run(runs: number, only?: Path) {
  const db = new RelaisDB();
  await db.open();
  const ms: Record<Path, number[]> = { popup: [], refresh: [], query: [], whole: [], scan: [] };
  const snapshot = await freshSnapshot(Date.now() - 1);
  const sizes = { popupItems: snapshot.cards.length, popupTotal: snapshot.total, refresh: 0, query: 0, whole: 0, scan: 0, firstKeysAgree: true };
  // Alternate, so a burst of load on the machine hits every path.
  for (let i = 0; i < runs; i++) {
    const now = Date.now();
    if (!only || only === 'popup') ms.popup.push((await timed(() => readDueSnapshot())).ms);
    if (!only || only === 'refresh') {
      const r = await timed(() => refreshDue(db, now));
      ms.refresh.push(r.ms);
      sizes.refresh = r.result.total;
    }
    if (!only || only === 'query') {
      const r = await timed(() => dueListQuery(db, undefined, now, { limit: TODAY_MAX }));
      ms.query.push(r.ms);
      sizes.query = r.result.total;
      const keys = (cards: typeof snapshot.cards) => cards.flatMap((c) => c.items.map((x) => x.finding.key)).join('\n');
      if (keys(r.result.cards) !== keys(snapshot.cards)) sizes.firstKeysAgree = false;
    }
    if (!only || only === 'whole') {
      const r = await timed(() => dueListEntries(db, undefined, now));
      ms.whole.push(r.ms);
      sizes.whole = new Set(r.result.map((e) => e.writeTo)).size;
    }
    if (!only || only === 'scan') {
      const r = await timed(() => fullScan(db, now));
      ms.scan.push(r.ms);
      sizes.scan = r.result.length;
    }
  }
  db.close();
  return { ms, sizes };
}

(globalThis as unknown as { __relaisBenchDue: unknown }).__relaisBenchDue = { run };
