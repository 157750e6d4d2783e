// The due list for 10,000 contacts / 100,000 interactions (budget ≤ 100 ms), in the browser, in an
// extension page, on the extension's own IndexedDB, as each surface asks for it: the popup (its
// first 12 items and the total), the toolbar badge (the count alone). Each beside the same baseline
// from the same runs: a full table scan feeding the same rules.
import { existsSync } from 'node:fs';
import { bundleForPage } from '../lib/bundle.mjs';
import { describeTop, profiled, topFunctions } from '../lib/profile.mjs';
import { summarize } from '../lib/stats.mjs';
import { formatSummary, notBuilt, row } from '../lib/table.mjs';

const FIGURE = 'due list for the popup: first 12 items and the total (dueListQuery, limit 12), in an extension page';
const BADGE = 'due count for the badge (dueCount: no item made), in an extension page';

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
    const profileOf = async (path) => (quick ? null : topFunctions((await profiled(world.context, page, () => page.evaluate(([now, p]) => globalThis.__relaisBenchDue.run(now, 3, p), [Date.now(), path]))).profile));
    const [popupProf, badgeProf] = [await profileOf('popup'), await profileOf('badge')];
    const popup = summarize(res.ms.popup);
    const badge = summarize(res.ms.badge);
    const whole = summarize(res.ms.whole);
    const scan = summarize(res.ms.scan);
    const s = res.sizes;
    const size = `${world.size.contacts} contacts / ${world.size.interactions} interactions`;
    const baseline = { label: 'full table scan, same rules', value: scan };
    const agree = s.popupTotal === s.scan && s.badge === s.scan && s.whole === s.scan && s.firstKeysAgree;
    const profNote = (label, prof) => (prof ? [`profile of 3 ${label} (${prof.busyMs} ms on the CPU): self ${describeTop(prof.self)}; inclusive ${describeTop(prof.total.slice(1), 8)}`] : []);
    return [
      row({
        id: 'due-list',
        figure: `${FIGURE}, ${size}`,
        unit: 'ms',
        value: popup,
        baseline,
        ratio: { label: '{}× faster than the scan', value: scan.median / popup.median },
        budget: '≤ 100 ms',
        ok: popup.median <= 100,
        notes: [
          `${s.popupItems} items made, total ${s.popupTotal} due (scan: ${s.scan}; badge: ${s.badge}; whole list: ${s.whole})${agree ? '' : ' — THE PATHS DISAGREE'}`,
          `the whole list through indexes (no limit, every item made: the dashboard's due column): ${formatSummary(whole, 'ms')}`,
          ...profNote('popup queries', popupProf),
        ],
        raw: res,
      }),
      row({
        id: 'due-count',
        figure: `${BADGE}, ${size}`,
        unit: 'ms',
        value: badge,
        baseline,
        ratio: { label: '{}× faster than the scan', value: scan.median / badge.median },
        budget: '≤ 100 ms',
        ok: badge.median <= 100,
        notes: [`${s.badge} due`, ...profNote('counts', badgeProf)],
      }),
    ];
  } finally {
    await page.close();
  }
}
