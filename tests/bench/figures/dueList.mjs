// The due list for 10,000 contacts / 100,000 interactions (budget ≤ 100 ms), in the browser, with
// the built extension, as each surface gets it: the popup (today's five people and the total, which
// the background keeps in storage.session), and the background's refresh after each change (the
// query for those five, grouped by person, and the total, the toolbar badge, the snapshot written) — each beside the same
// baseline from the same runs: a full table scan feeding the same rules. The popup opened on the
// full database is timed too, to its first due item painted.
import { existsSync } from 'node:fs';
import { bundleForPage } from '../lib/bundle.mjs';
import { BLANK_PAGE, hasPage } from '../lib/browser.mjs';
import { describeTop, profiled, topFunctions } from '../lib/profile.mjs';
import { openAndSettle } from '../lib/renderTiming.mjs';
import { summarize } from '../lib/stats.mjs';
import { formatSummary, notBuilt, row } from '../lib/table.mjs';

const POPUP = 'due list for the popup: today’s 5 people and the total, as the popup reads them (the background’s snapshot)';
const REFRESH = 'due list refresh behind the badge and the popup (refreshDue: dueListQuery, today’s 5 people, badge, snapshot)';

/** Opens the popup (as a tab, on itself: no LinkedIn tab, so only the due list reads anything) until its due list is painted. */
async function popupPaint(world, extDir) {
  const r = await openAndSettle(world.context, world.url('popup.html'), { selector: '[data-due-key]', quietMs: 300 });
  await r.page.close();
  const blank = hasPage(extDir, BLANK_PAGE) ? await openAndSettle(world.context, world.url(BLANK_PAGE), { quietMs: 100 }) : undefined;
  await blank?.page.close();
  return { due: r.painted?.dueItem, blank: blank?.fcp };
}

export async function dueList({ ext, worlds, quick }) {
  if (!existsSync('utils/reminders/dueSnapshot.ts')) return [notBuilt('due-list', POPUP, '≤ 100 ms')];
  const code = await bundleForPage('dueList.ts');
  const world = await worlds.get('full');
  const page = await world.context.newPage();
  try {
    await page.goto(world.url('manifest.json'));
    await page.evaluate(code);
    await page.evaluate(() => globalThis.__relaisBenchDue.run(1)); // warm-up: opens, JIT, and a snapshot of the seeded data
    const res = await page.evaluate((runs) => globalThis.__relaisBenchDue.run(runs), quick ? 3 : 15);
    const profileOf = async (path) => (quick ? null : topFunctions((await profiled(world.context, page, () => page.evaluate((p) => globalThis.__relaisBenchDue.run(3, p), path))).profile));
    const refreshProf = await profileOf('refresh');
    const opens = [];
    for (let i = 0; i < (quick ? 1 : 5); i++) opens.push(await popupPaint(world, ext.dir));
    const popup = summarize(res.ms.popup);
    const refresh = summarize(res.ms.refresh);
    const query = summarize(res.ms.query);
    const whole = summarize(res.ms.whole);
    const scan = summarize(res.ms.scan);
    const painted = summarize(opens.map((o) => o.due));
    const blank = summarize(opens.map((o) => o.blank));
    const s = res.sizes;
    const size = `${world.size.contacts} contacts / ${world.size.interactions} interactions`;
    const baseline = { label: 'full table scan, same rules', value: scan };
    const agree = s.popupTotal === s.scan && s.refresh === s.scan && s.query === s.scan && s.whole === s.scan && s.firstKeysAgree;
    return [
      row({
        id: 'due-list',
        figure: `${POPUP}, ${size}`,
        unit: 'ms',
        value: popup,
        baseline,
        ratio: { label: '{}× faster than the scan', value: scan.median / popup.median },
        budget: '≤ 100 ms',
        ok: popup.median <= 100,
        notes: [
          `${s.popupItems} people today, ${s.popupTotal} people due in all (refresh: ${s.refresh}; query: ${s.query}; whole list: ${s.whole}; scan: ${s.scan})${agree ? '' : ' — THE PATHS DISAGREE'}`,
          `popup opened as a tab on the full database: first due item painted ${formatSummary(painted, 'ms')} from navigation (a blank extension page’s first paint: ${formatSummary(blank, 'ms')})`,
          `without a snapshot (none yet, or the background silent 2.5 s) the popup runs the query itself: ${formatSummary(query, 'ms')}`,
        ],
        raw: { ...res, opens },
      }),
      row({
        id: 'due-refresh',
        figure: `${REFRESH}, ${size}`,
        unit: 'ms',
        value: refresh,
        baseline,
        ratio: { label: '{}× faster than the scan', value: scan.median / refresh.median },
        budget: '≤ 100 ms',
        ok: refresh.median <= 100,
        notes: [
          `${s.refresh} due; the query alone: ${formatSummary(query, 'ms')}; the whole list as entries (the dashboard's due column, no item made): ${formatSummary(whole, 'ms')}`,
          ...(refreshProf ? [`profile of 3 refreshes (${refreshProf.busyMs} ms on the CPU): self ${describeTop(refreshProf.self)}; inclusive ${describeTop(refreshProf.total.slice(1), 8)}`] : []),
        ],
      }),
    ];
  } finally {
    await page.close();
  }
}
