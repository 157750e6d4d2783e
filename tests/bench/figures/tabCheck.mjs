// The pre-send check of one tab (checkConversation), the data behind the popup's checklist and the
// side panel: 10,000 contacts / 100,000 interactions vs. an empty database, in an extension page.
// It is part of both of those figures; alone it says how much of them is the engine and the database.
import { existsSync } from 'node:fs';
import { bundleForPage } from '../lib/bundle.mjs';
import { describeTop, profiled, topFunctions } from '../lib/profile.mjs';
import { summarize } from '../lib/stats.mjs';
import { notBuilt, row } from '../lib/table.mjs';
import { ANCHORS, PAGES } from '../lib/worlds.mjs';

const URL = `https://www.linkedin.com${PAGES.thread}`;
const DRAFT = 'Bonjour Daniel, Marc m’a conseillé de vous écrire. Pourriez-vous me recommander pour le poste de data engineer chez vous ? Je vous envoie mon CV.'.padEnd(600, ' Merci !');

async function timeIn(world, runs, { profile = false } = {}) {
  const page = await world.context.newPage();
  try {
    await page.goto(world.url('manifest.json'));
    await page.evaluate(await bundleForPage('tabCheck.ts'));
    const at = Date.now();
    const state = {
      status: { url: URL, recognised: true, pageKind: 'thread', at },
      draft: { surface: 'thread', text: DRAFT, recipients: [{ name: ANCHORS[0].name, profileUrl: ANCHORS[0].profileUrl }], threadUrl: URL, at },
    };
    const result = await page.evaluate(([s, u, n]) => globalThis.__relaisBenchTabCheck.run(s, u, n), [state, URL, runs]);
    if (profile) {
      const p = await profiled(world.context, page, () => page.evaluate(([s, u]) => globalThis.__relaisBenchTabCheck.run(s, u, 5), [state, URL]));
      result.profile = topFunctions(p.profile);
    }
    return result;
  } finally {
    await page.close();
  }
}

export async function tabCheck({ worlds, quick }) {
  const FIGURE = 'pre-send check of the tab (checkConversation: indexed reads + every rule), 600-char draft';
  if (!existsSync('utils/engine/check/checkConversation.ts')) return [notBuilt('tab-check', FIGURE, '—')];
  const runs = quick ? 3 : 20;
  const full = await worlds.get('full');
  const a = await timeIn(full, runs, { profile: !quick });
  const b = await timeIn(await worlds.get('empty'), runs);
  const value = summarize(a.ms);
  const base = summarize(b.ms);
  return [
    row({
      id: 'tab-check',
      figure: `${FIGURE}, ${full.size.contacts} contacts / ${full.size.interactions} interactions`,
      unit: 'ms',
      value,
      baseline: { label: 'empty database', value: base },
      ratio: { label: '{}× the empty database', value: value.median / base.median },
      budget: 'part of the popup (≤ 100 ms) and side panel (≤ 50 ms)',
      notes: [
        `found ${a.contacts} contact(s), ${a.findings} finding(s) (empty database: ${b.contacts}, ${b.findings}); page state ${a.page}; without the week's outreach (checkConversation's outreach: false, living-spam's counts): ${summarize(a.withoutOutreach).median.toFixed(1)} ms`,
        ...(a.profile ? [`profile of 6 checks (${a.profile.busyMs} ms on the CPU): self ${describeTop(a.profile.self)}; inclusive ${describeTop(a.profile.total.slice(1))}`] : []),
      ],
      raw: { full: a, empty: b },
    }),
    row({
      id: 'tab-check-warm',
      figure: `same check for each later draft of the conversation, the reads kept by the background (CheckCache), ${full.size.contacts} contacts / ${full.size.interactions} interactions`,
      unit: 'ms',
      value: summarize(a.warm),
      baseline: { label: 'empty database', value: summarize(b.warm) },
      ratio: { label: '{}× the first check', value: summarize(a.warm).median / value.median },
      budget: 'part of the side panel (≤ 50 ms)',
    }),
  ];
}
