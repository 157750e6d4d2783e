// LinkedIn export import, 30,000 connections / 100,000 messages, through the options page as a
// user does it (the page's import worker, the real IndexedDB of a fresh profile). The Node timing on
// fake-indexeddb is tests/bench/generateExport.ts, run directly.
import { existsSync } from 'node:fs';
import { bundleForPage } from '../lib/bundle.mjs';
import { row, notBuilt } from '../lib/table.mjs';

const one = (x) => ({ n: 1, median: x, min: x, max: x, p10: x, p90: x });

async function optionsPage(world, code) {
  const page = await world.context.newPage();
  await page.goto(world.url('options.html'));
  await page.locator('#linkedin-import input[type="file"]').waitFor();
  await page.evaluate(code);
  return page;
}

export async function linkedinImport({ worlds, quick }) {
  const FIGURE = 'LinkedIn export import through the options page (ZIP → one write transaction)';
  if (!existsSync('utils/import/linkedin-export/runImport.ts') || !existsSync('tests/bench/generateExport.ts')) return [notBuilt('linkedin-import', FIGURE, 'reported')];
  const [connections, messages] = quick ? [1_000, 3_000] : [30_000, 100_000];
  const code = await bundleForPage('linkedinImport.ts');
  // A profile of its own: the other figures' empty database stays empty.
  const world = await worlds.get('import');
  const page = await optionsPage(world, code);
  try {
    const gen = await page.evaluate(([c, m]) => globalThis.__relaisBenchImport.generate(c, m), [connections, messages]);
    const dry = await page.evaluate((now) => globalThis.__relaisBenchImport.dryRun(now), Date.now());
    // Cancelled once the bar is in the write (past 60 %): the database must stay empty.
    const cancelled = await page.evaluate(() => globalThis.__relaisBenchImport.throughOptions(0.6));
    await page.reload();
    await page.locator('#linkedin-import input[type="file"]').waitFor();
    await page.evaluate(code);
    await page.evaluate(([c, m]) => globalThis.__relaisBenchImport.generate(c, m), [connections, messages]);
    const write = await page.evaluate(() => globalThis.__relaisBenchImport.throughOptions(null));
    if (write.error) throw new Error(`import failed: ${write.error}`);
    const r = { ...gen, dry, cancelled, write };
    return [
      row({
        id: 'linkedin-import',
        figure: `${FIGURE}, ${connections} connections / ${messages} messages (${(gen.zipBytes / 2 ** 20).toFixed(1)} MB zipped)`,
        unit: 's',
        value: one(write.ms / 1000),
        baseline: { label: 'dry run on the page (read + match, no write)', value: one(dry.ms / 1000) },
        ratio: { label: '{}× the dry run', value: write.ms / dry.ms },
        budget: '< 30 s; no task over 50 ms',
        ok: write.ms < 30_000 && write.longTasks === 0,
        notes: [
          `${write.contacts} contacts, ${write.written} rows in the database; on the page: longest task ${write.longest.toFixed(0)} ms, ${write.longTasks} tasks over 50 ms (dry run on the page: ${dry.longest.toFixed(0)} ms, ${dry.longTasks}); the progress bar moved ${write.progressMoves} times, never more than ${(write.longestWithoutMove / 1000).toFixed(2)} s apart`,
          `Cancel at ${Math.round(0.6 * 100)} % (in the write): answered in ${cancelled.cancel.answerMs.toFixed(0)} ms, "nothing was changed" shown after ${cancelled.cancel.cancelledMs.toFixed(0)} ms; rows in the database after it: ${cancelled.written}; longest task meanwhile ${cancelled.longest.toFixed(0)} ms`,
          'one run of each (an import takes long enough to average itself)',
        ],
        raw: r,
      }),
    ];
  } finally {
    await page.close();
  }
}
