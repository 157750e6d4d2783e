// Runs in an extension page: the pre-send check of one LinkedIn tab (checkConversation: what the
// popup and the side panel compute from the tab's draft, through the database's indexes, with every
// rule), timed on the extension's database as it is (full or empty).
import type { TabState } from '../../../utils/background/tabState';
import { RelaisDB } from '../../../utils/db/database';
import { CheckCache } from '../../../utils/engine/checkCache';
import { checkConversation } from '../../../utils/engine/check/checkConversation';

async function run(state: TabState, url: string, runs: number) {
  const db = new RelaisDB();
  await db.open();
  const now = Date.now();
  const first = await checkConversation(db, { url, state }, undefined, now); // warm-up, and what it found
  const ms: number[] = [];
  const withoutOutreach: number[] = [];
  // Alternated: the check as the side panel runs it, and without the week's outreach (living-spam).
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await checkConversation(db, { url, state }, undefined, now);
    ms.push(performance.now() - t);
    t = performance.now();
    await checkConversation(db, { url, state }, undefined, now, { outreach: false });
    withoutOutreach.push(performance.now() - t);
  }
  // As the background checks each later draft of the same conversation: its reads kept in a
  // CheckCache filled by the first draft; every draft different (the name lookups of the text run).
  const cache = new CheckCache();
  await checkConversation(db, { url, state }, undefined, now, { cache });
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const draft = { ...state.draft!, text: `${state.draft!.text} Variante ${i}.` };
    const t = performance.now();
    await checkConversation(db, { url, state: { ...state, draft } }, undefined, now, { cache });
    warm.push(performance.now() - t);
  }
  db.close();
  return { ms, withoutOutreach, warm, page: first.page.kind, contacts: first.contacts.length, findings: first.contacts.reduce((n, c) => n + c.findings.length, 0) };
}

(globalThis as unknown as { __relaisBenchTabCheck: unknown }).__relaisBenchTabCheck = { run };
