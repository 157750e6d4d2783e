// Runs in an extension page (bundled by tests/bench/lib/bundle.mjs, evaluated through DevTools):
// fills the extension's own database with the bench network in one transaction, or empties it.
import { RelaisDB } from '../../../utils/db/database';
import { buildNetwork, type Anchor, type NetworkSize } from '../data/network';

async function seed(size: NetworkSize, now: number, anchors: Anchor[] = []) {
  const net = buildNetwork(size, now, 7, anchors);
  const db = new RelaisDB();
  const t = performance.now();
  await db.transaction('rw', [db.contacts, db.interactions, db.introductions, db.nextSteps, db.recommendationsMade, db.dueStates], async () => {
    await db.contacts.bulkAdd(net.contacts);
    await db.interactions.bulkAdd(net.interactions);
    await db.introductions.bulkAdd(net.introductions);
    await db.nextSteps.bulkAdd(net.nextSteps);
    await db.recommendationsMade.bulkAdd(net.recommendationsMade);
    await db.dueStates.bulkAdd(net.dueStates);
  });
  const ms = performance.now() - t;
  const counts = { contacts: await db.contacts.count(), interactions: await db.interactions.count() };
  db.close();
  return { ms, counts };
}

async function counts() {
  const db = new RelaisDB();
  const out = { contacts: await db.contacts.count(), interactions: await db.interactions.count() };
  db.close();
  return out;
}

(globalThis as unknown as { __relaisBenchDb: unknown }).__relaisBenchDb = { seed, counts };
