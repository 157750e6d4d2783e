// LinkedIn export import, 30,000 connections / 100,000 messages, in an extension page on the real
// IndexedDB (the Node timing on fake-indexeddb is tests/bench/generateExport.ts, run directly).
import { existsSync } from 'node:fs';
import { bundleForPage } from '../lib/bundle.mjs';
import { row, notBuilt } from '../lib/table.mjs';

const one = (x) => ({ n: 1, median: x, min: x, max: x, p10: x, p90: x });

export async function linkedinImport({ worlds, quick }) {
  const FIGURE = 'LinkedIn export import (ZIP → one write transaction), in an extension page';
  if (!existsSync('utils/import/linkedin-export/runImport.ts') || !existsSync('tests/bench/generateExport.ts')) return [notBuilt('linkedin-import', FIGURE, 'reported')];
  const [connections, messages] = quick ? [1_000, 3_000] : [30_000, 100_000];
  const code = await bundleForPage('linkedinImport.ts');
  const world = await worlds.get('empty');
  const page = await world.context.newPage();
  try {
    await page.goto(world.url('manifest.json'));
    await page.evaluate(code);
    const r = await page.evaluate(([c, m, now]) => globalThis.__relaisBenchImport.run(c, m, now), [connections, messages, Date.now()]);
    return [
      row({
        id: 'linkedin-import',
        figure: `${FIGURE}, ${connections} connections / ${messages} messages (${(r.zipBytes / 2 ** 20).toFixed(1)} MB zipped)`,
        unit: 's',
        value: one(r.write.ms / 1000),
        baseline: { label: 'dry run (read + match, no write)', value: one(r.dry.ms / 1000) },
        ratio: { label: '{}× the dry run', value: r.write.ms / r.dry.ms },
        budget: 'reported',
        notes: [`${r.write.created} contacts created, ${r.write.written} rows written; longest task ${r.write.longest.toFixed(0)} ms (${r.write.longTasks} tasks over 50 ms; dry run: ${r.dry.longest.toFixed(0)} ms, ${r.dry.longTasks}); one run (the import takes long enough to average itself)`],
        raw: r,
      }),
    ];
  } finally {
    await page.close();
  }
}
