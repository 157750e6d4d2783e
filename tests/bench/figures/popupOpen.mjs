// Popup: from opening to the checklist rendered, with 10,000 contacts / 100,000 interactions vs. an
// empty database (budget ≤ 100 ms), and the popup's JS heap in both.
//
// A LinkedIn thread tab holds a draft to Daniel Okafor (in the full database one of the busiest
// contacts, introduced by Marc Dupont). The popup is opened as a tab page, popup.html?tab=<id of
// the LinkedIn tab> (a popup opened as a tab would otherwise see itself as the active tab), and
// timed from navigation start to the frame that paints the checklist's first item; when the due
// list is painted and when the page stops changing are noted beside it.
import { BLANK_PAGE, hasPage } from '../lib/browser.mjs';
import { openAndSettle } from '../lib/renderTiming.mjs';
import { summarize } from '../lib/stats.mjs';
import { notBuilt, row } from '../lib/table.mjs';
import { heapAfterGc, PAGES } from '../lib/worlds.mjs';

const DRAFT = 'Bonjour Daniel, Marc m’a conseillé de vous écrire. Pourriez-vous me recommander pour le poste de data engineer chez vous ?';

/** A LinkedIn thread tab with a draft typed in it; its tab id, read from an extension page. */
export async function linkedinTabWithDraft(world, text = DRAFT) {
  const tab = await world.context.newPage();
  await tab.goto(`https://www.linkedin.com${PAGES.thread}`);
  await tab.locator('.msg-form__contenteditable').click();
  await tab.keyboard.insertText(text); // set-up, not measured: one input event is enough
  await tab.waitForTimeout(800); // the draft debounce, the background's write of the tab state
  const probe = await world.context.newPage();
  await probe.goto(world.url('manifest.json'));
  const tabId = await probe.evaluate(async () => (await chrome.tabs.query({ url: 'https://www.linkedin.com/*' }))[0]?.id);
  await probe.close();
  return { tab, tabId };
}

/** An empty page of the extension, opened the same way: what no extension page can beat here. */
async function openBlank(world) {
  const r = await openAndSettle(world.context, world.url(BLANK_PAGE), { quietMs: 100 });
  await r.page.close();
  return r.fcp;
}

async function openPopup(world, tabId) {
  const r = await openAndSettle(world.context, world.url(`popup.html?tab=${tabId}`));
  const heap = await heapAfterGc(world.context, r.page);
  const text = (await r.page.locator('body').innerText()).slice(0, 400);
  await r.page.close();
  return { ...r, page: undefined, heap, text };
}

export async function popupOpen({ ext, worlds, quick }) {
  const FIGURE = 'popup: open → checklist rendered';
  if (!hasPage(ext.dir, 'popup.html')) return [notBuilt('popup', FIGURE, '≤ 100 ms')];
  const full = await worlds.get('full');
  const empty = await worlds.get('empty');
  const tabs = { full: await linkedinTabWithDraft(full), empty: await linkedinTabWithDraft(empty) };
  const runs = quick ? 1 : 10;
  const res = { full: [], empty: [] };
  const blank = [];
  await openPopup(full, tabs.full.tabId); // warm: the first open compiles the popup's code
  await openPopup(empty, tabs.empty.tabId);
  for (let i = 0; i < runs; i++) {
    for (const kind of i % 2 ? ['empty', 'full'] : ['full', 'empty']) res[kind].push(await openPopup(kind === 'full' ? full : empty, tabs[kind].tabId));
    if (hasPage(ext.dir, BLANK_PAGE)) blank.push(await openBlank(full));
  }
  await tabs.full.tab.close();
  await tabs.empty.tab.close();
  const checklist = (list) => summarize(list.map((r) => r.painted?.checklist));
  const settled = checklist(res.full);
  const settledEmpty = checklist(res.empty);
  const ms = (x) => (x ? `${x.median.toFixed(0)} ms` : 'never');
  const heap = summarize(res.full.map((r) => r.heap / 2 ** 20));
  const heapEmpty = summarize(res.empty.map((r) => r.heap / 2 ** 20));
  const fcp = summarize(res.full.map((r) => r.fcp));
  const blankPaint = summarize(blank);
  const notReady = res.full.filter((r) => !r.ready).length;
  const size = `${full.size.contacts} contacts / ${full.size.interactions} interactions`;
  return [
    row({
      id: 'popup',
      figure: `${FIGURE} (first checklist item painted), ${size}`,
      unit: 'ms',
      value: settled,
      baseline: { label: 'empty database', value: settledEmpty },
      ratio: { label: '{}× the empty database', value: settled?.median / settledEmpty?.median },
      budget: '≤ 100 ms',
      ok: settled ? settled.median <= 100 : null,
      notes: [
        `a blank extension page paints at ${ms(blankPaint)} in the same run (the floor: a new tab and an empty document, no code of ours); first contentful paint ${ms(fcp)} (empty: ${ms(summarize(res.empty.map((r) => r.fcp)))}), so Relais's own part of the wait is ${fcp && blankPaint ? `${(fcp.median - blankPaint.median).toFixed(0)} ms` : 'unknown'} of it; due list painted ${ms(summarize(res.full.map((r) => r.painted?.dueItem)))}; last DOM change ${ms(summarize(res.full.map((r) => r.settled)))} (empty: ${ms(summarize(res.empty.map((r) => r.settled)))}); ${notReady ? `${notReady} opens never settled; ` : ''}what it showed: ${JSON.stringify(res.full.at(-1)?.text.replace(/\s+/g, ' ').slice(0, 160))}`,
      ],
      raw: res,
    }),
    row({
      id: 'popup-heap',
      figure: `popup JS heap after GC, ${size}`,
      unit: 'MB',
      value: heap,
      baseline: { label: 'empty database', value: heapEmpty },
      ratio: { label: '+{} MB', value: heap?.median - heapEmpty?.median },
      budget: 'reported',
    }),
  ];
}
