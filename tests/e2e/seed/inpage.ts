// Runs in an extension page (bundled by seedNetwork.mjs, evaluated through DevTools): writes the
// seed network through Relais's own database class, so the due digest is kept as in real use.
import { RelaisDB } from '../../../utils/db/database';
import { buildSeedNetwork } from './network';

async function seed(people: number, now: number) {
  const net = buildSeedNetwork({ people, now });
  const db = new RelaisDB();
  await db.transaction('rw', [db.contacts, db.interactions, db.introductions, db.recommendationsMade], async () => {
    await db.contacts.bulkAdd(net.contacts);
    await db.interactions.bulkAdd(net.interactions);
    await db.introductions.bulkAdd(net.introductions);
    await db.recommendationsMade.bulkAdd(net.recommendationsMade);
  });
  const out = { contacts: net.contacts.length, introductions: net.introductions.length, busiest: net.contacts[1]?.id ?? net.contacts[0].id, davids: net.contacts.filter((c) => c.name === 'David Martin').map((c) => c.id) };
  db.close();
  return out;
}

async function clear() {
  const db = new RelaisDB();
  await db.transaction('rw', [db.contacts, db.interactions, db.introductions, db.recommendationsMade, db.nextSteps, db.dueStates], async () => {
    for (const table of [db.contacts, db.interactions, db.introductions, db.recommendationsMade, db.nextSteps, db.dueStates]) await table.clear();
  });
  db.close();
}

(globalThis as unknown as { __relaisSeed: unknown }).__relaisSeed = { seed, clear };
