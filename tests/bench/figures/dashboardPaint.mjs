// Dashboard: opening to its first contact rows painted, with 10,000 contacts (budget ≤ 500 ms),
// beside the dashboard on an empty database (the page alone: nothing to list); when everything
// (all contacts, the due list, the graph) has settled is noted.
import { hasPage } from '../lib/browser.mjs';
import { openAndSettle } from '../lib/renderTiming.mjs';
import { summarize } from '../lib/stats.mjs';
import { notBuilt, row } from '../lib/table.mjs';

async function open(world) {
  const r = await openAndSettle(world.context, world.url('dashboard.html'), { quietMs: 500 });
  const text = (await r.page.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 160);
  await r.page.close();
  return { fcp: r.fcp, settled: r.settled, rows: r.painted?.contactRow, ready: r.ready, mutations: r.mutations, text };
}

export async function dashboardPaint({ ext, worlds, quick }) {
  const FIGURE = 'dashboard: open → first contact rows painted';
  if (!hasPage(ext.dir, 'dashboard.html')) return [notBuilt('dashboard', FIGURE, '≤ 500 ms')];
  const full = await worlds.get('full');
  const empty = await worlds.get('empty');
  await open(full);
  await open(empty);
  const runs = quick ? 1 : 5;
  const res = { full: [], empty: [] };
  for (let i = 0; i < runs; i++) {
    res.full.push(await open(full));
    res.empty.push(await open(empty));
  }
  const value = summarize(res.full.map((r) => r.rows));
  const base = summarize(res.empty.map((r) => r.settled));
  const all = summarize(res.full.map((r) => r.settled));
  const fcp = summarize(res.full.map((r) => r.fcp));
  return [
    row({
      id: 'dashboard',
      figure: `${FIGURE}, ${full.size.contacts} contacts / ${full.size.interactions} interactions`,
      unit: 'ms',
      value,
      baseline: { label: 'empty database, page settled', value: base },
      ratio: { label: '{}× the empty dashboard', value: value?.median / base?.median },
      budget: '≤ 500 ms',
      ok: value ? value.median <= 500 : null,
      notes: [
        `first contentful paint ${fcp?.median.toFixed(0)} ms; everything settled (all contacts, due list, graph) ${all?.median.toFixed(0)} ms; ${res.full.filter((r) => !r.ready).length} opens never settled; showed: ${JSON.stringify(res.full.at(-1)?.text)}`,
      ],
      raw: res,
    }),
  ];
}
