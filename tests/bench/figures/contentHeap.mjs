// JS heap of a LinkedIn page with the content script, at 10,000 contacts / 100,000 interactions vs.
// an empty database, and vs. the same page without Relais (what the content script itself holds:
// it keeps no database, so the size of the database should not show here).
import { launch, routeLinkedIn } from '../lib/browser.mjs';
import { summarize } from '../lib/stats.mjs';
import { row } from '../lib/table.mjs';
import { heapAfterGc, PAGES } from '../lib/worlds.mjs';

async function heapOfThread(context) {
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com${PAGES.thread}`);
  await page.locator('.msg-form__contenteditable').click();
  await page.keyboard.type('Bonjour Daniel, auriez-vous 20 minutes la semaine prochaine ?');
  await page.waitForTimeout(1500); // debounce, page watcher tick
  const heap = await heapAfterGc(context, page);
  await page.close();
  return heap / 2 ** 20;
}

export async function contentHeap({ worlds, quick }) {
  const runs = quick ? 1 : 3;
  const full = await worlds.get('full');
  const empty = await worlds.get('empty');
  const bare = await launch(null);
  try {
    await routeLinkedIn(bare, { [PAGES.thread]: { fixture: 'thread-en.html' } });
    const res = { full: [], empty: [], without: [] };
    for (let i = 0; i < runs; i++) {
      res.full.push(await heapOfThread(full.context));
      res.empty.push(await heapOfThread(empty.context));
      res.without.push(await heapOfThread(bare));
    }
    const value = summarize(res.full);
    const base = summarize(res.without);
    return [
      row({
        id: 'content-heap',
        figure: `LinkedIn thread page JS heap after GC, with Relais, ${full.size.contacts} contacts / ${full.size.interactions} interactions`,
        unit: 'MB',
        value,
        baseline: { label: 'without Relais', value: base },
        ratio: { label: '+{} MB', value: value.median - base.median },
        budget: 'reported',
        notes: [`with Relais and an empty database: ${summarize(res.empty).median.toFixed(2)} MB`],
        raw: res,
      }),
    ];
  } finally {
    await bare.close();
  }
}
