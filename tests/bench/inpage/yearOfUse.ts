// Runs in an extension page (bundled by tests/bench/lib/bundle.mjs, evaluated through DevTools):
// fills the extension's own database with a year of use (tests/bench/data/yearOfUse.ts) through
// Relais's own database module, so the due digest is kept as by any write; for the demo.
import { RelaisDB } from '../../../utils/db/database';
import { yearOfUse } from '../data/yearOfUse';

async function seed(now: number) {
  const data = yearOfUse(now);
  const db = new RelaisDB();
  await db.transaction('rw', [db.contacts, db.interactions, db.introductions, db.nextSteps], async () => {
    await db.contacts.bulkAdd(data.contacts);
    await db.interactions.bulkAdd(data.interactions);
    await db.introductions.bulkAdd(data.introductions);
    await db.nextSteps.bulkAdd(data.nextSteps);
  });
  db.close();
  return { contacts: data.contacts.length, imported: data.imported.length, interactions: data.interactions.length, introductions: data.introductions.length };
}

(globalThis as unknown as { __relaisYear: unknown }).__relaisYear = { seed };
