// The due list for 10,000 contacts / 100,000 interactions (budget ≤ 100 ms), in the browser, in an
// extension page, on the extension's own IndexedDB: dueListQuery (candidates through indexes) vs. a
// full table scan feeding the same rules.
import { existsSync } from 'node:fs';
import { bundleForPage } from '../lib/bundle.mjs';
import { describeTop, profiled, topFunctions } from '../lib/profile.mjs';
import { summarize } from '../lib/stats.mjs';
import { notBuilt, row } from '../lib/table.mjs';

const FIGURE = 'due list, computed from indexes (dueListQuery), in an extension page';

export async function dueList({ worlds, quick }) {
  if (!existsSync('utils/engine/dueListQuery.ts')) return [notBuilt('due-list', FIGURE, '≤ 100 ms')];
  const code = await bundleForPage('dueList.ts');
  const world = await worlds.get('full');
  const page = await world.context.newPage();
  try {
    await page.goto(world.url('manifest.json'));
    await page.evaluate(code);
    await page.evaluate((now) => globalThis.__relaisBenchDue.run(now, 1), Date.now()); // warm-up: opens, JIT
    const res = await page.evaluate(([now, runs]) => globalThis.__relaisBenchDue.run(now, runs), [Date.now(), quick ? 3 : 15]);
    const prof = quick ? null : topFunctions((await profiled(world.context, page, () => page.evaluate((now) => globalThis.__relaisBenchDue.run(now, 3, 'indexed'), Date.now()))).profile);
    const a = summarize(res.indexed);
    const b = summarize(res.scan);
    return [
      row({
        id: 'due-list',
        figure: `${FIGURE}, ${world.size.contacts} contacts / ${world.size.interactions} interactions`,
        unit: 'ms',
        value: a,
        baseline: { label: 'full table scan, same rules', value: b },
        ratio: { label: '{}× faster than the scan', value: b.median / a.median },
        budget: '≤ 100 ms',
        ok: a.median <= 100,
        notes: [
          `${res.sizes.indexed} items due (scan: ${res.sizes.scan})${res.sizes.indexed !== res.sizes.scan ? ' — the two lists differ in length' : ''}`,
          ...(prof ? [`profile of 3 indexed queries (${prof.busyMs} ms on the CPU): self ${describeTop(prof.self)}; inclusive ${describeTop(prof.total.slice(1), 8)}`] : []),
        ],
        raw: res,
      }),
    ];
  } finally {
    await page.close();
  }
}
